#pragma once

#include "analysis/TokenSpan.h"
#include "app/gui/grads/GradientMaps.h"
#include "widgets/heatmap/HeatmapParams.h"

#include <QPointer>
#include <QWidget>
#include <cstdint>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace noiseloss {

class GradientController;
class HeatmapView;
class TimeSync;

/// The gradient panel: run settings (targets, codebooks each / summed, method), Run / Cancel with a
/// progress bar and ETA, what to show (original, perturbed, perturbed − original), which tokens the
/// layer x module map averages (the token at the playhead or a Peak / Assimilation / Recovery band),
/// module or per-head columns, colour map, normalisation and log scale, and NPY / CSV export. It
/// draws the layer x module map itself and drives the layer x time map (a pane on the shared
/// timeline, owned by the window). Clicking a cell of the layer x time map moves the playhead to that
/// token and emits tokenActivated (the token inspector follows). The difference view switches to the
/// diverging colour map (symmetric limits). GUI thread only.
class GradientPanel : public QWidget {
    Q_OBJECT
public:
    GradientPanel(GradientController* controller, HeatmapView* timeMap, TimeSync* sync,
                  QWidget* parent = nullptr);

    HeatmapView* moduleMap() const { return m_moduleMap; }
    HeatmapView* timeMap() const;
    GradientView view() const;
    void setView(GradientView view);
    /// The original frame whose gradients the layer x module map shows in "token" mode.
    std::int64_t selectedFrame() const { return m_selectedFrame; }
    void setSelectedFrame(std::int64_t frame);

signals:
    void tokenActivated(std::int64_t frame);   ///< a layer x time cell was clicked (original frame)
    void exportRequested(const QString& kind); ///< "npy" or "csv"

private:
    QWidget* createRunRow();
    QWidget* createViewRow();
    void refresh();       ///< rebuilds both maps from the controller's data
    void refreshParams(); ///< colour map / normalisation / log changed
    TokenSpan selectedSpan(QString* label) const;
    HeatmapParams currentParams() const;

    QPointer<GradientController> m_controller;
    QPointer<HeatmapView> m_timeMap;
    QPointer<TimeSync> m_sync;
    HeatmapView* m_moduleMap;
    QLineEdit* m_targets = nullptr;
    QComboBox* m_codebooks = nullptr;
    QComboBox* m_method = nullptr;
    QPushButton* m_run = nullptr;
    QPushButton* m_cancel = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QComboBox* m_view = nullptr;
    QComboBox* m_tokens = nullptr;
    QComboBox* m_columns = nullptr;
    QComboBox* m_colourMap = nullptr;
    QComboBox* m_normalisation = nullptr;
    QCheckBox* m_log = nullptr;
    std::int64_t m_selectedFrame = 0;
    bool m_tokensChosen = false; ///< the token/band choice was made by the researcher (or a click)
};

} // namespace noiseloss
