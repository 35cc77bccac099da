#include "widgets/RegionInspector.h"

#include "widgets/RegionStyle.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>
#include <cmath>
#include <limits>

namespace noiseloss {
namespace {
template <typename Enum> void addItem(QComboBox* box, const QString& text, Enum value) {
    box->addItem(text, static_cast<int>(value));
}
template <typename Enum> Enum itemValue(const QComboBox* box) {
    return static_cast<Enum>(box->currentData().toInt());
}
template <typename Enum> void selectItem(QComboBox* box, Enum value) {
    box->setCurrentIndex(box->findData(static_cast<int>(value)));
}
} // namespace

RegionInspector::RegionInspector(QWidget* parent) : QWidget(parent) {
    buildForm();
    refresh();
}

void RegionInspector::buildForm() {
    auto* outer = new QVBoxLayout(this);
    m_hint = new QLabel(
        tr("Select a region to edit it, or drag on the waveform with a region tool to create one."), this);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    outer->addWidget(m_hint);
    m_form = new QWidget(this);
    auto* form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    m_kind = new QLabel(m_form);
    m_unitBox = new QComboBox(m_form);
    addItem(m_unitBox, tr("seconds"), TimeUnit::Seconds);
    addItem(m_unitBox, tr("token frames"), TimeUnit::Tokens);
    m_start = new QDoubleSpinBox(m_form);
    m_end = new QDoubleSpinBox(m_form);
    for (QDoubleSpinBox* box : {m_start, m_end}) {
        box->setRange(0.0, 1e7);
        box->setKeyboardTracking(false);
    }
    m_length = new QLabel(m_form);
    m_seed = new QSpinBox(m_form);
    m_seed->setRange(0, std::numeric_limits<int>::max());
    m_seed->setKeyboardTracking(false);
    m_label = new QLineEdit(m_form);
    m_label->setPlaceholderText(tr("optional"));
    form->addRow(tr("Kind"), m_kind);
    form->addRow(tr("Units"), m_unitBox);
    form->addRow(tr("Start"), m_start);
    form->addRow(tr("End"), m_end);
    form->addRow(tr("Length"), m_length);
    form->addRow(tr("Seed"), m_seed);
    form->addRow(tr("Label"), m_label);

    m_noiseGroup = new QGroupBox(tr("Noise"), m_form);
    auto* noiseForm = new QFormLayout(m_noiseGroup);
    m_color = new QComboBox(m_noiseGroup);
    for (NoiseColor color :
         {NoiseColor::White, NoiseColor::Pink, NoiseColor::Brown, NoiseColor::Blue, NoiseColor::Violet})
        addItem(m_color, RegionStyle::colorName(color), color);
    m_method = new QComboBox(m_noiseGroup);
    addItem(m_method, tr("Study filters (NoiseLoss)"), NoiseMethod::NoiseLoss);
    addItem(m_method, tr("Exact spectral slope"), NoiseMethod::Spectral);
    m_mode = new QComboBox(m_noiseGroup);
    addItem(m_mode, tr("Replace (hard splice)"), NoiseMode::Replace);
    addItem(m_mode, tr("Mix (add to signal)"), NoiseMode::Mix);
    m_levelMode = new QComboBox(m_noiseGroup);
    addItem(m_levelMode, tr("Absolute level (dBFS RMS)"), LevelMode::AbsoluteDbfs);
    addItem(m_levelMode, tr("SNR to the segment (dB)"), LevelMode::SnrSegment);
    addItem(m_levelMode, tr("SNR to the whole clip (dB)"), LevelMode::SnrClip);
    m_level = new QDoubleSpinBox(m_noiseGroup);
    m_level->setRange(-120.0, 60.0);
    m_level->setDecimals(1);
    m_level->setKeyboardTracking(false);
    noiseForm->addRow(tr("Colour"), m_color);
    noiseForm->addRow(tr("Method"), m_method);
    noiseForm->addRow(tr("Mode"), m_mode);
    noiseForm->addRow(tr("Level as"), m_levelMode);
    noiseForm->addRow(tr("Level"), m_level);
    form->addRow(m_noiseGroup);

    m_shuffleGroup = new QGroupBox(tr("Shuffle"), m_form);
    auto* shuffleForm = new QFormLayout(m_shuffleGroup);
    m_scheme = new QComboBox(m_shuffleGroup);
    addItem(m_scheme, tr("Swap adjacent blocks"), ShuffleScheme::AdjacentSwap);
    addItem(m_scheme, tr("Random adjacent pairs"), ShuffleScheme::RandomPairs);
    m_blockTokens = new QSpinBox(m_shuffleGroup);
    m_blockTokens->setRange(1, 10000);
    m_blockTokens->setSuffix(tr(" tokens"));
    m_blockTokens->setKeyboardTracking(false);
    m_fraction = new QDoubleSpinBox(m_shuffleGroup);
    m_fraction->setRange(0.01, 1.0);
    m_fraction->setSingleStep(0.05);
    m_fraction->setKeyboardTracking(false);
    shuffleForm->addRow(tr("Scheme"), m_scheme);
    shuffleForm->addRow(tr("Block length"), m_blockTokens);
    shuffleForm->addRow(tr("Fraction covered"), m_fraction);
    form->addRow(m_shuffleGroup);
    outer->addWidget(m_form);
    outer->addStretch(1);

    connect(m_unitBox, &QComboBox::currentIndexChanged, this,
            [this] { setTimeUnit(itemValue<TimeUnit>(m_unitBox)); });
    for (QDoubleSpinBox* box : {m_start, m_end, m_level, m_fraction})
        connect(box, &QDoubleSpinBox::valueChanged, this, &RegionInspector::commit);
    for (QSpinBox* box : {m_seed, m_blockTokens})
        connect(box, &QSpinBox::valueChanged, this, &RegionInspector::commit);
    for (QComboBox* box : {m_color, m_method, m_mode, m_levelMode, m_scheme})
        connect(box, &QComboBox::currentIndexChanged, this, &RegionInspector::commit);
    connect(m_label, &QLineEdit::editingFinished, this, &RegionInspector::commit);
}

void RegionInspector::setRegion(const std::optional<Region>& region) {
    m_region = region;
    refresh();
}

void RegionInspector::setTokenTimeMap(const TokenTimeMap& tokens) {
    m_tokens = tokens;
    refresh();
}

void RegionInspector::setTimeUnit(TimeUnit unit) {
    m_unit = unit;
    refresh();
}

void RegionInspector::refresh() {
    m_refreshing = true;
    m_hint->setVisible(!m_region);
    m_form->setVisible(m_region.has_value());
    selectItem(m_unitBox, m_unit);
    const bool tokens = m_unit == TimeUnit::Tokens;
    for (QDoubleSpinBox* box : {m_start, m_end}) {
        box->setDecimals(tokens ? 0 : 3);
        box->setSingleStep(tokens ? 1.0 : 0.02);
        box->setSuffix(tokens ? QString() : tr(" s"));
    }
    if (m_region) {
        const Region& region = *m_region;
        const double scale = tokens ? m_tokens.framesPerSecond() : 1.0;
        m_kind->setText(QStringLiteral("<b style='color:%1'>■</b> %2")
                            .arg(RegionStyle::color(region.kind).name(), RegionStyle::kindName(region.kind)));
        m_start->setValue(region.startSeconds * scale);
        m_end->setValue(region.endSeconds * scale);
        m_length->setText(tr("%1 s = %2 tokens")
                              .arg(region.lengthSeconds(), 0, 'f', 3)
                              .arg(region.lengthSeconds() * m_tokens.framesPerSecond(), 0, 'f', 1));
        m_seed->setValue(
            static_cast<int>(std::min<std::uint64_t>(region.seed, std::numeric_limits<int>::max())));
        m_label->setText(QString::fromStdString(region.label));
        selectItem(m_color, region.color);
        selectItem(m_method, region.method);
        selectItem(m_mode, region.mode);
        selectItem(m_levelMode, region.levelMode);
        m_level->setValue(region.levelDb);
        m_level->setSuffix(region.levelMode == LevelMode::AbsoluteDbfs ? tr(" dBFS") : tr(" dB SNR"));
        selectItem(m_scheme, region.scheme);
        m_blockTokens->setValue(region.blockTokens);
        m_fraction->setValue(region.fraction);
        m_fraction->setEnabled(region.scheme == ShuffleScheme::RandomPairs);
        m_noiseGroup->setVisible(region.kind == RegionKind::Noise);
        m_shuffleGroup->setVisible(region.kind == RegionKind::Shuffle);
    }
    m_refreshing = false;
}

Region RegionInspector::regionFromForm() const {
    Region region = *m_region;
    const double scale = m_unit == TimeUnit::Tokens ? m_tokens.framesPerSecond() : 1.0;
    // Only fields the user changed are taken from the spin boxes, so rounding of the display never
    // moves an edge the user did not touch.
    const double shownStart = region.startSeconds * scale;
    const double shownEnd = region.endSeconds * scale;
    if (std::abs(m_start->value() - shownStart) > 0.5 * std::pow(10.0, -m_start->decimals()))
        region.startSeconds = m_start->value() / scale;
    if (std::abs(m_end->value() - shownEnd) > 0.5 * std::pow(10.0, -m_end->decimals()))
        region.endSeconds = m_end->value() / scale;
    region.seed = static_cast<std::uint64_t>(m_seed->value());
    region.label = m_label->text().toStdString();
    region.color = itemValue<NoiseColor>(m_color);
    region.method = itemValue<NoiseMethod>(m_method);
    region.mode = itemValue<NoiseMode>(m_mode);
    region.levelMode = itemValue<LevelMode>(m_levelMode);
    region.levelDb = m_level->value();
    region.scheme = itemValue<ShuffleScheme>(m_scheme);
    region.blockTokens = m_blockTokens->value();
    region.fraction = m_fraction->value();
    return region;
}

void RegionInspector::commit() {
    if (m_refreshing || !m_region)
        return;
    const Region edited = regionFromForm();
    if (edited == *m_region)
        return;
    emit regionEdited(edited);
}

} // namespace noiseloss
