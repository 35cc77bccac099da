#pragma once

#include <QColor>
#include <QString>
#include <array>

namespace noiseloss {

/// A 256-entry colour table. Sequential perceptual maps (viridis, magma, cividis) are interpolated
/// from a dozen published anchor colours; the diverging map (ColorBrewer RdBu, blue - white - red)
/// is meant for signed data drawn with symmetric limits. Immutable; the tables are built once.
class ColourMap {
public:
    enum Name { Viridis, Magma, Cividis, Diverging };

    static const ColourMap& get(Name name);
    static QString displayName(Name name);

    /// Colour at t in [0, 1] (clamped).
    QRgb at(double t) const;
    bool diverging() const { return m_diverging; }

private:
    ColourMap(std::initializer_list<QRgb> anchors, bool diverging);

    std::array<QRgb, 256> m_table{};
    bool m_diverging = false;
};

} // namespace noiseloss
