#pragma once

#include <QImage>
#include <QPointer>
#include <QWidget>
#include <memory>
#include <vector>

namespace noiseloss {

class TimeSync;

/// A spectrogram pane following a TimeSync: one FFT (kWindowSamples, Hann) per pixel column centred
/// on the column's time, magnitude in dB mapped through a perceptual colour map (magma-like) from
/// kFloorDb to 0 dBFS, frequency axis linear from 0 to Nyquist. Only the visible range is computed,
/// so cost follows the widget width, not the clip length; the image is cached until the range,
/// size or signal changes. GUI thread only (FFTW planning is not thread-safe).
class SpectrogramView : public QWidget {
    Q_OBJECT
public:
    static constexpr int kWindowSamples = 1024;
    static constexpr double kFloorDb = -100.0;

    explicit SpectrogramView(QWidget* parent = nullptr);
    ~SpectrogramView() override;

    void setTimeSync(TimeSync* sync); ///< null: a private TimeSync
    void setSamples(std::shared_ptr<const std::vector<float>> samples, int sampleRate);
    void setTitle(const QString& title);

    QSize sizeHint() const override { return {640, 120}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QImage computeImage(int columns, int rows) const;

    QPointer<TimeSync> m_sync;
    std::shared_ptr<const std::vector<float>> m_samples;
    int m_sampleRate = 32000;
    QString m_title;
    QImage m_cache;
    QString m_cacheKey;
};

} // namespace noiseloss
