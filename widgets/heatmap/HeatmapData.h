#pragma once

#include <QString>
#include <QStringList>
#include <cmath>
#include <vector>

namespace noiseloss {

/// What a heatmap draws: rows x columns values, row-major, NaN = no value (drawn as background).
/// Columns may be a timeline (secondsPerColumn > 0): column j covers
/// [firstColumnSeconds + j * secondsPerColumn, + secondsPerColumn), e.g. tokens at 50 per second.
struct HeatmapData {
    int rows = 0;
    int columns = 0;
    std::vector<float> values;
    QStringList rowLabels;    ///< optional, one per row (e.g. "emb", "L1", ...)
    QStringList columnLabels; ///< optional, one per column (e.g. "q_proj"); unused on a timeline
    QString valueName;        ///< for the readout and the colour bar, e.g. "||dl/dh||"
    double firstColumnSeconds = 0.0;
    double secondsPerColumn = 0.0; ///< 0 = categorical columns

    float at(int row, int column) const { return values[static_cast<std::size_t>(row) * columns + column]; }
    bool isTimeline() const { return secondsPerColumn > 0.0; }
    bool isValid() const {
        return rows > 0 && columns > 0 && values.size() == static_cast<std::size_t>(rows) * columns;
    }
};

} // namespace noiseloss
