#include "widgets/SpectrogramView.h"

#include "widgets/TimeSync.h"

#include <QPainter>
#include <algorithm>
#include <array>
#include <cmath>
#include <fftw3.h>
#include <numbers>

namespace noiseloss {
namespace {
/// Magma-like sequential colour map through a few anchor colours, t in [0, 1].
QRgb colourFor(double t) {
    static constexpr std::array<std::array<double, 3>, 6> kAnchors{
        {{0, 0, 4}, {40, 11, 84}, {101, 21, 110}, {183, 55, 121}, {252, 137, 97}, {252, 253, 191}}};
    t = std::clamp(t, 0.0, 1.0) * (kAnchors.size() - 1);
    const auto index = std::min<std::size_t>(static_cast<std::size_t>(t), kAnchors.size() - 2);
    const double f = t - index;
    auto mix = [&](int c) {
        return static_cast<int>(kAnchors[index][c] * (1 - f) + kAnchors[index + 1][c] * f);
    };
    return qRgb(mix(0), mix(1), mix(2));
}
} // namespace

SpectrogramView::SpectrogramView(QWidget* parent) : QWidget(parent) {
    setAttribute(Qt::WA_OpaquePaintEvent);
    setTimeSync(nullptr);
}

SpectrogramView::~SpectrogramView() = default;

void SpectrogramView::setTimeSync(TimeSync* sync) {
    if (m_sync)
        disconnect(m_sync, nullptr, this, nullptr);
    m_sync = sync ? sync : new TimeSync(this);
    connect(m_sync, &TimeSync::visibleRangeChanged, this, [this] { update(); });
    connect(m_sync, &TimeSync::playheadChanged, this, [this] { update(); });
    update();
}

void SpectrogramView::setSamples(std::shared_ptr<const std::vector<float>> samples, int sampleRate) {
    m_samples = std::move(samples);
    m_sampleRate = sampleRate > 0 ? sampleRate : 32000;
    m_cacheKey.clear();
    update();
}

void SpectrogramView::setTitle(const QString& title) {
    m_title = title;
    update();
}

QImage SpectrogramView::computeImage(int columns, int rows) const {
    QImage image(columns, rows, QImage::Format_RGB32);
    image.fill(colourFor(0.0));
    const int bins = kWindowSamples / 2 + 1;
    float* input = fftwf_alloc_real(kWindowSamples);
    fftwf_complex* output = fftwf_alloc_complex(static_cast<std::size_t>(bins));
    fftwf_plan plan = fftwf_plan_dft_r2c_1d(kWindowSamples, input, output, FFTW_ESTIMATE);
    std::vector<float> window(kWindowSamples);
    double windowSum = 0.0;
    for (int i = 0; i < kWindowSamples; ++i) {
        window[i] =
            static_cast<float>(0.5 - 0.5 * std::cos(2.0 * std::numbers::pi * i / (kWindowSamples - 1)));
        windowSum += window[i];
    }
    const std::vector<float>& samples = *m_samples;
    const auto size = static_cast<std::int64_t>(samples.size());
    const double secondsPerColumn = m_sync->visibleLengthSeconds() / columns;
    std::vector<double> magnitudes(static_cast<std::size_t>(bins));
    for (int column = 0; column < columns; ++column) {
        const double centre =
            (m_sync->visibleStartSeconds() + (column + 0.5) * secondsPerColumn) * m_sampleRate;
        const auto first = static_cast<std::int64_t>(centre) - kWindowSamples / 2;
        if (first + kWindowSamples <= 0 || first >= size)
            continue;
        for (int i = 0; i < kWindowSamples; ++i) {
            const std::int64_t index = first + i;
            input[i] =
                index >= 0 && index < size ? samples[static_cast<std::size_t>(index)] * window[i] : 0.0f;
        }
        fftwf_execute(plan);
        for (int bin = 0; bin < bins; ++bin)
            magnitudes[bin] = std::hypot(output[bin][0], output[bin][1]) * 2.0 / windowSum;
        for (int row = 0; row < rows; ++row) {
            const int bin = std::min(bins - 1, static_cast<int>((rows - 1 - row + 0.5) * bins / rows));
            const double db = 20.0 * std::log10(std::max(magnitudes[bin], 1e-12));
            image.setPixel(column, row, colourFor((db - kFloorDb) / -kFloorDb));
        }
    }
    fftwf_destroy_plan(plan);
    fftwf_free(output);
    fftwf_free(input);
    return image;
}

void SpectrogramView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.fillRect(rect(), QColor(0, 0, 4));
    if (m_samples && !m_samples->empty() && width() > 0 && height() > 0) {
        const double ratio = devicePixelRatioF();
        const int columns = std::max(1, static_cast<int>(width() * ratio / 2));
        const int rows = std::max(1, std::min(256, static_cast<int>(height() * ratio / 2)));
        const QString key = QStringLiteral("%1:%2:%3:%4")
                                .arg(m_sync->visibleStartSeconds(), 0, 'g', 12)
                                .arg(m_sync->visibleEndSeconds(), 0, 'g', 12)
                                .arg(columns)
                                .arg(rows);
        if (key != m_cacheKey) {
            m_cache = computeImage(columns, rows);
            m_cacheKey = key;
        }
        painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
        painter.drawImage(rect(), m_cache);
    }
    const double x = (m_sync->playheadSeconds() - m_sync->visibleStartSeconds()) /
                     m_sync->visibleLengthSeconds() * width();
    painter.setPen(QPen(QColor(0xE5, 0x39, 0x35), 1.5));
    painter.drawLine(QPointF(x, 0), QPointF(x, height()));
    if (!m_title.isEmpty()) {
        painter.setPen(Qt::white);
        painter.drawText(QRect(8, 4, width() - 16, fontMetrics().height() + 4),
                         Qt::AlignLeft | Qt::AlignVCenter, m_title);
    }
}

} // namespace noiseloss
