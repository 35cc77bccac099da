#include "PlanEditCommand.h"

#include "Document.h"

namespace noiseloss {

PlanEditCommand::PlanEditCommand(Document* document, PerturbationPlan before, PerturbationPlan after,
                                 int selectBefore, int selectAfter, const QString& text, int mergeKey)
    : QUndoCommand(text), m_document(document), m_before(std::move(before)), m_after(std::move(after)),
      m_selectBefore(selectBefore), m_selectAfter(selectAfter), m_mergeKey(mergeKey) {}

void PlanEditCommand::redo() {
    m_document->setPlan(m_after, m_selectAfter);
}

void PlanEditCommand::undo() {
    m_document->setPlan(m_before, m_selectBefore);
}

bool PlanEditCommand::mergeWith(const QUndoCommand* other) {
    const auto* edit = dynamic_cast<const PlanEditCommand*>(other);
    if (!edit || edit->m_mergeKey != m_mergeKey || m_mergeKey == 0)
        return false;
    m_after = edit->m_after;
    m_selectAfter = edit->m_selectAfter;
    return true;
}

} // namespace noiseloss
