#pragma once

#include "perturb/PerturbationPlan.h"

#include <QUndoCommand>

namespace noiseloss {

class Document;

/// One undoable edit of the plan: stores the plan before and after (plans are small) and the region
/// to select after redo and after undo. Commands with the same non-zero `mergeKey` (one mouse drag)
/// merge into one undo step. GUI thread only.
class PlanEditCommand : public QUndoCommand {
public:
    static constexpr int kCommandId = 0x4e4c; ///< QUndoCommand::id() for mergeable edits

    PlanEditCommand(Document* document, PerturbationPlan before, PerturbationPlan after, int selectBefore,
                    int selectAfter, const QString& text, int mergeKey = 0);

    void redo() override;
    void undo() override;
    int id() const override { return m_mergeKey != 0 ? kCommandId : -1; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    Document* m_document;
    PerturbationPlan m_before;
    PerturbationPlan m_after;
    int m_selectBefore;
    int m_selectAfter;
    int m_mergeKey;
};

} // namespace noiseloss
