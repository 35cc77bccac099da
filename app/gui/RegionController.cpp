#include "RegionController.h"

#include "Document.h"
#include "PlanEditCommand.h"
#include "perturb/PlanValidation.h"
#include "widgets/RegionStyle.h"

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QPainter>
#include <QUndoStack>
#include <algorithm>

namespace noiseloss {
namespace {
struct ToolInfo {
    RegionTool tool;
    const char* text;
    const char* shortcut;
};
constexpr ToolInfo kTools[] = {
    {RegionTool::Select, QT_TRANSLATE_NOOP("RegionController", "&Select"), "1"},
    {RegionTool::Noise, QT_TRANSLATE_NOOP("RegionController", "&Noise region"), "2"},
    {RegionTool::Delete, QT_TRANSLATE_NOOP("RegionController", "&Delete region"), "3"},
    {RegionTool::Shuffle, QT_TRANSLATE_NOOP("RegionController", "S&huffle region"), "4"},
    {RegionTool::Silence, QT_TRANSLATE_NOOP("RegionController", "Si&lence region"), "5"},
};

QIcon toolIcon(RegionTool tool) {
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const std::optional<RegionKind> kind = regionKindForTool(tool);
    if (!kind) {
        painter.setPen(QPen(QColor(0x55, 0x55, 0x55), 3));
        painter.drawLine(16, 5, 16, 27);
        painter.drawLine(10, 5, 22, 5);
        painter.drawLine(10, 27, 22, 27);
    } else {
        painter.setBrush(RegionStyle::color(*kind));
        painter.setPen(Qt::NoPen);
        painter.drawRoundedRect(QRectF(4, 6, 24, 20), 4, 4);
    }
    return QIcon(pixmap);
}
} // namespace

RegionController::RegionController(Document* document, QObject* parent)
    : QObject(parent), m_document(document), m_toolGroup(new QActionGroup(this)) {
    m_toolGroup->setExclusive(true);
    for (const ToolInfo& info : kTools) {
        auto* action = new QAction(toolIcon(info.tool),
                                   QCoreApplication::translate("RegionController", info.text), m_toolGroup);
        action->setCheckable(true);
        action->setShortcut(QKeySequence(QString::fromLatin1(info.shortcut)));
        action->setData(static_cast<int>(info.tool));
        action->setChecked(info.tool == m_tool);
        connect(action, &QAction::triggered, this, [this, tool = info.tool] { setTool(tool); });
    }
    m_deleteAction = new QAction(tr("Remove Selected Region"), this);
    m_deleteAction->setShortcuts({QKeySequence::Delete, QKeySequence(Qt::Key_Backspace)});
    m_deleteAction->setEnabled(false);
    connect(m_deleteAction, &QAction::triggered, this, &RegionController::removeSelectedRegion);
    m_undoAction = document->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = document->undoStack()->createRedoAction(this, tr("&Redo"));
    m_redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    connect(document, &Document::planChanged, this, [this](int selected) { selectRegion(selected); });
}

QAction* RegionController::toolAction(RegionTool tool) const {
    for (QAction* action : m_toolGroup->actions())
        if (action->data().toInt() == static_cast<int>(tool))
            return action;
    return nullptr;
}

void RegionController::setTool(RegionTool tool) {
    m_tool = tool;
    if (QAction* action = toolAction(tool))
        action->setChecked(true);
    emit toolChanged(tool);
}

void RegionController::selectRegion(int index) {
    const int count = static_cast<int>(m_document->plan().regions.size());
    m_selected = index >= 0 && index < count ? index : -1;
    m_deleteAction->setEnabled(m_selected >= 0);
    emit selectionChanged(m_selected);
}

Region RegionController::regionTemplate() const {
    Region region;
    region.kind = regionKindForTool(m_tool).value_or(RegionKind::Noise);
    region.levelDb = -12.0;
    region.seed = nextSeed();
    return region;
}

std::uint64_t RegionController::nextSeed() const {
    std::uint64_t seed = 1;
    for (const Region& region : m_document->plan().regions)
        seed = std::max(seed, region.seed + 1);
    return seed;
}

PerturbationPlan RegionController::withRegion(int index, const Region& edited, int& newIndex) const {
    PerturbationPlan plan = m_document->plan();
    if (index >= 0 && index < static_cast<int>(plan.regions.size()))
        plan.regions[static_cast<std::size_t>(index)] = edited;
    else
        plan.regions.push_back(edited);
    // Sort by start, remembering where the edited region went.
    std::vector<std::pair<Region, bool>> tagged;
    const int editedPosition = index >= 0 && index < static_cast<int>(plan.regions.size())
                                   ? index
                                   : static_cast<int>(plan.regions.size()) - 1;
    for (std::size_t i = 0; i < plan.regions.size(); ++i)
        tagged.emplace_back(plan.regions[i], static_cast<int>(i) == editedPosition);
    std::stable_sort(tagged.begin(), tagged.end(), [](const auto& a, const auto& b) {
        return a.first.startSeconds < b.first.startSeconds;
    });
    plan.regions.clear();
    for (std::size_t i = 0; i < tagged.size(); ++i) {
        plan.regions.push_back(tagged[i].first);
        if (tagged[i].second)
            newIndex = static_cast<int>(i);
    }
    return plan;
}

QString RegionController::refusalReason(const PerturbationPlan& candidate, int editedIndex) const {
    if (!m_document->hasAudio())
        return tr("Open an audio file before adding regions.");
    const double clip = m_document->durationSeconds();
    const std::vector<PlanProblem> before = validatePlan(m_document->plan(), clip, m_document->tokens());
    const std::vector<PlanProblem> after = validatePlan(candidate, clip, m_document->tokens());
    for (const PlanProblem& problem : after)
        if (problem.regionIndex == editedIndex || after.size() > before.size())
            return QString::fromStdString(problem.message);
    return {};
}

bool RegionController::apply(const PerturbationPlan& candidate, int editedIndex, const QString& text,
                             int mergeKey) {
    const QString reason = refusalReason(candidate, editedIndex);
    if (!reason.isEmpty()) {
        emit editRefused(tr("Edit refused: %1").arg(reason));
        return false;
    }
    if (candidate == m_document->plan())
        return true;
    m_document->undoStack()->push(new PlanEditCommand(m_document, m_document->plan(), candidate, m_selected,
                                                      editedIndex, text, mergeKey));
    return true;
}

bool RegionController::createRegion(const Region& requested) {
    Region region = requested;
    if (region.kind == RegionKind::Delete || region.kind == RegionKind::Silence)
        region.seed = 0; // nothing random: the plan format has no seed for these kinds
    int newIndex = -1;
    const PerturbationPlan candidate = withRegion(-1, region, newIndex);
    return apply(candidate, newIndex, tr("Add %1 region").arg(RegionStyle::kindName(region.kind)), 0);
}

bool RegionController::changeRegion(int index, const Region& region, int dragId, const QObject* source) {
    if (index < 0 || index >= static_cast<int>(m_document->plan().regions.size()))
        return false;
    int mergeKey = 0;
    if (dragId != 0) {
        if (source != m_dragSource || dragId != m_dragId) {
            m_dragSource = source;
            m_dragId = dragId;
            ++m_mergeKey;
        }
        mergeKey = m_mergeKey;
    }
    int newIndex = index;
    const PerturbationPlan candidate = withRegion(index, region, newIndex);
    const Region& old = m_document->plan().regions[static_cast<std::size_t>(index)];
    const bool moved =
        old.lengthSeconds() == region.lengthSeconds() && old.startSeconds != region.startSeconds;
    const bool resized = old.startSeconds != region.startSeconds || old.endSeconds != region.endSeconds;
    const QString text = moved     ? tr("Move %1 region").arg(RegionStyle::kindName(region.kind))
                         : resized ? tr("Resize %1 region").arg(RegionStyle::kindName(region.kind))
                                   : tr("Edit %1 region").arg(RegionStyle::kindName(region.kind));
    return apply(candidate, newIndex, text, mergeKey);
}

bool RegionController::editSelectedRegion(const Region& region) {
    return changeRegion(m_selected, region);
}

bool RegionController::removeSelectedRegion() {
    if (m_selected < 0)
        return false;
    PerturbationPlan candidate = m_document->plan();
    const Region removed = candidate.regions[static_cast<std::size_t>(m_selected)];
    candidate.regions.erase(candidate.regions.begin() + m_selected);
    m_document->undoStack()->push(
        new PlanEditCommand(m_document, m_document->plan(), candidate, m_selected, -1,
                            tr("Remove %1 region").arg(RegionStyle::kindName(removed.kind))));
    return true;
}

bool RegionController::replacePlan(const PerturbationPlan& plan, const QString& what) {
    if (!m_document->hasAudio())
        return false;
    const std::vector<PlanProblem> problems =
        validatePlan(plan, m_document->durationSeconds(), m_document->tokens());
    if (!problems.empty()) {
        emit editRefused(
            tr("%1 was not applied: %2").arg(what, QString::fromStdString(problems.front().message)));
        return false;
    }
    m_document->undoStack()->push(
        new PlanEditCommand(m_document, m_document->plan(), plan, m_selected, -1, tr("Load %1").arg(what)));
    return true;
}

} // namespace noiseloss
