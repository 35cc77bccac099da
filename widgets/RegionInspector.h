#pragma once

#include "perturb/PerturbationPlan.h"
#include "perturb/TokenTimeMap.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace noiseloss {

/// Edits one region: start/end (typed in seconds or token frames), seed and label, and the kind's
/// parameters (noise: colour, method, mode, level mode and level in dBFS or dB SNR; shuffle: scheme,
/// block length in tokens, fraction). Every committed field edit emits regionEdited() with the whole
/// new region; the owner validates it and calls setRegion() with what was accepted (or the old
/// region when refused). GUI thread only.
class RegionInspector : public QWidget {
    Q_OBJECT
public:
    enum class TimeUnit { Seconds, Tokens };

    explicit RegionInspector(QWidget* parent = nullptr);

    /// Shows `region` (none: the form is disabled with a hint).
    void setRegion(const std::optional<Region>& region);
    std::optional<Region> region() const { return m_region; }
    void setTokenTimeMap(const TokenTimeMap& tokens);
    void setTimeUnit(TimeUnit unit);

signals:
    void regionEdited(const noiseloss::Region& region);

private:
    void buildForm();
    void refresh();
    void commit();
    Region regionFromForm() const;

    std::optional<Region> m_region;
    TokenTimeMap m_tokens;
    TimeUnit m_unit = TimeUnit::Seconds;
    bool m_refreshing = false;

    QLabel* m_hint = nullptr;
    QWidget* m_form = nullptr;
    QLabel* m_kind = nullptr;
    QComboBox* m_unitBox = nullptr;
    QDoubleSpinBox* m_start = nullptr;
    QDoubleSpinBox* m_end = nullptr;
    QLabel* m_length = nullptr;
    QSpinBox* m_seed = nullptr;
    QLineEdit* m_label = nullptr;
    QGroupBox* m_noiseGroup = nullptr;
    QComboBox* m_color = nullptr;
    QComboBox* m_method = nullptr;
    QComboBox* m_mode = nullptr;
    QComboBox* m_levelMode = nullptr;
    QDoubleSpinBox* m_level = nullptr;
    QGroupBox* m_shuffleGroup = nullptr;
    QComboBox* m_scheme = nullptr;
    QSpinBox* m_blockTokens = nullptr;
    QDoubleSpinBox* m_fraction = nullptr;
};

} // namespace noiseloss
