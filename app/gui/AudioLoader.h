#pragma once

#include "Document.h"

#include <QFutureWatcher>
#include <QObject>

namespace noiseloss {

/// Decodes, downmixes and resamples a clip to Document::kModelSampleRate and hashes the file, on a
/// QtConcurrent worker so the window stays responsive. A request while one is running supersedes it
/// (the earlier result is dropped). Signals arrive on the GUI thread; call from the GUI thread only.
class AudioLoader : public QObject {
    Q_OBJECT
public:
    explicit AudioLoader(QObject* parent = nullptr);
    ~AudioLoader() override;

    void load(const QString& path);
    /// True from load() until the result (or failure) has been emitted on the GUI thread.
    bool isBusy() const { return m_running; }

    /// The work itself, synchronous: throws Error with a researcher-readable message.
    static LoadedAudio loadNow(const QString& path);

signals:
    void loaded(const noiseloss::LoadedAudio& audio);
    void failed(const QString& path, const QString& message);

private:
    struct Outcome {
        LoadedAudio audio;
        QString error;
    };
    QFutureWatcher<Outcome> m_watcher;
    QString m_path;
    int m_generation = 0;
    bool m_running = false;
};

} // namespace noiseloss
