#include "Document.h"

#include <QUndoStack>

namespace noiseloss {

Document::Document(QObject* parent) : QObject(parent), m_undoStack(new QUndoStack(this)) {}

void Document::setAudio(LoadedAudio audio) {
    m_audio = std::move(audio);
    m_undoStack->clear();
    m_plan = PerturbationPlan{};
    emit audioChanged();
    emit planChanged(-1);
}

void Document::setPlan(const PerturbationPlan& plan, int selectedRegion) {
    m_plan = plan;
    emit planChanged(selectedRegion);
}

} // namespace noiseloss
