#pragma once

#include "perturb/PerturbationPlan.h"
#include "widgets/RegionTool.h"

#include <QObject>

class QAction;
class QActionGroup;

namespace noiseloss {

class Document;

/// Holds the region-editing actions (tools, delete, undo/redo) and turns edit requests from the
/// views and the inspector into PlanEditCommands. Every request is validated against the clip
/// (validatePlan): an invalid edit is refused, the plan stays as it was and editRefused() says why.
/// Drag requests carrying the same (source, dragId) merge into one undo step. GUI thread only.
class RegionController : public QObject {
    Q_OBJECT
public:
    explicit RegionController(Document* document, QObject* parent = nullptr);

    QActionGroup* toolActions() const { return m_toolGroup; }
    QAction* toolAction(RegionTool tool) const;
    QAction* deleteRegionAction() const { return m_deleteAction; }
    QAction* undoAction() const { return m_undoAction; }
    QAction* redoAction() const { return m_redoAction; }

    RegionTool tool() const { return m_tool; }
    void setTool(RegionTool tool);
    int selectedRegion() const { return m_selected; }
    void selectRegion(int index);
    /// Parameters for new regions: level, colour, etc. (the kind comes from the tool).
    Region regionTemplate() const;

    /// Each returns whether the edit was applied.
    bool createRegion(const Region& region);
    bool changeRegion(int index, const Region& region, int dragId = 0, const QObject* source = nullptr);
    bool editSelectedRegion(const Region& region);
    bool removeSelectedRegion();
    /// Replaces the whole plan in one undoable step (e.g. a plan file opened from the command line).
    bool replacePlan(const PerturbationPlan& plan, const QString& what);

signals:
    void toolChanged(noiseloss::RegionTool tool);
    void selectionChanged(int index);
    void editRefused(const QString& reason);

private:
    /// The plan with `edited` in place of region `index` (or added when index < 0), sorted by start;
    /// `newIndex` receives the edited region's position in the sorted plan.
    PerturbationPlan withRegion(int index, const Region& edited, int& newIndex) const;
    /// Empty when `candidate` may replace the current plan, else the reason.
    QString refusalReason(const PerturbationPlan& candidate, int editedIndex) const;
    bool apply(const PerturbationPlan& candidate, int editedIndex, const QString& text, int mergeKey);
    std::uint64_t nextSeed() const;

    Document* m_document;
    RegionTool m_tool = RegionTool::Select;
    int m_selected = -1;
    QActionGroup* m_toolGroup;
    QAction* m_deleteAction;
    QAction* m_undoAction;
    QAction* m_redoAction;
    const QObject* m_dragSource = nullptr;
    int m_dragId = 0;
    int m_mergeKey = 0;
};

} // namespace noiseloss
