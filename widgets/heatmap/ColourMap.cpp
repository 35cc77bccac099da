#include "widgets/heatmap/ColourMap.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <vector>

namespace noiseloss {

ColourMap::ColourMap(std::initializer_list<QRgb> anchors, bool diverging) : m_diverging(diverging) {
    const std::vector<QRgb> points(anchors);
    const double segments = static_cast<double>(points.size() - 1);
    for (int i = 0; i < 256; ++i) {
        const double position = i / 255.0 * segments;
        const std::size_t lower = std::min(static_cast<std::size_t>(position), points.size() - 2);
        const double f = position - static_cast<double>(lower);
        const auto mix = [&](int a, int b) {
            return static_cast<int>(std::lround(a + (b - a) * f));
        };
        const QRgb a = points[lower], b = points[lower + 1];
        m_table[static_cast<std::size_t>(i)] =
            qRgb(mix(qRed(a), qRed(b)), mix(qGreen(a), qGreen(b)), mix(qBlue(a), qBlue(b)));
    }
}

const ColourMap& ColourMap::get(Name name) {
    // Anchors: matplotlib's viridis / magma / cividis sampled at equal steps, ColorBrewer RdBu (9 classes).
    static const ColourMap kViridis({0x440154, 0x482475, 0x414487, 0x355f8d, 0x2a788e, 0x21918c, 0x22a884,
                                     0x44bf70, 0x7ad151, 0xbddf26, 0xfde725},
                                    false);
    static const ColourMap kMagma({0x000004, 0x140e36, 0x3b0f70, 0x641a80, 0x8c2981, 0xb73779, 0xde4968,
                                   0xf7705c, 0xfe9f6d, 0xfecf92, 0xfcfdbf},
                                  false);
    static const ColourMap kCividis(
        {0x00224e, 0x123570, 0x3b496c, 0x575d6d, 0x707173, 0x8a8779, 0xa69d75, 0xc4b56c, 0xe4cf5b, 0xfee838},
        false);
    static const ColourMap kDiverging(
        {0x2166ac, 0x4393c3, 0x92c5de, 0xd1e5f0, 0xf7f7f7, 0xfddbc7, 0xf4a582, 0xd6604d, 0xb2182b}, true);
    switch (name) {
    case Magma:
        return kMagma;
    case Cividis:
        return kCividis;
    case Diverging:
        return kDiverging;
    case Viridis:
        break;
    }
    return kViridis;
}

QString ColourMap::displayName(Name name) {
    switch (name) {
    case Magma:
        return QStringLiteral("magma");
    case Cividis:
        return QStringLiteral("cividis");
    case Diverging:
        return QCoreApplication::translate("ColourMap", "diverging (blue-white-red)");
    case Viridis:
        break;
    }
    return QStringLiteral("viridis");
}

QRgb ColourMap::at(double t) const {
    const double clamped = std::isfinite(t) ? std::clamp(t, 0.0, 1.0) : 0.0;
    return m_table[static_cast<std::size_t>(std::lround(clamped * 255.0))];
}

} // namespace noiseloss
