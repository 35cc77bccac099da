#include "widgets/PaneStack.h"

#include "widgets/TimeRuler.h"
#include "widgets/TimeSync.h"

#include <QScrollBar>
#include <QSplitter>
#include <QVBoxLayout>
#include <cmath>

namespace noiseloss {
namespace {
constexpr double kScrollUnitsPerSecond = 1000.0;
}

PaneStack::PaneStack(TimeSync* sync, QWidget* parent)
    : QWidget(parent), m_sync(sync), m_ruler(new TimeRuler(this)),
      m_splitter(new QSplitter(Qt::Vertical, this)), m_scrollBar(new QScrollBar(Qt::Horizontal, this)) {
    m_ruler->setTimeSync(sync);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setHandleWidth(3);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_ruler);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_scrollBar);
    connect(sync, &TimeSync::visibleRangeChanged, this, &PaneStack::updateScrollBar);
    connect(sync, &TimeSync::durationChanged, this, &PaneStack::updateScrollBar);
    connect(m_scrollBar, &QScrollBar::valueChanged, this, [this](int value) {
        if (m_updatingScrollBar)
            return;
        const double start = value / kScrollUnitsPerSecond;
        m_sync->setVisibleRange(start, start + m_sync->visibleLengthSeconds());
    });
    updateScrollBar();
}

void PaneStack::addPane(QWidget* pane, int stretch) {
    m_splitter->addWidget(pane);
    m_splitter->setStretchFactor(m_splitter->count() - 1, stretch);
}

void PaneStack::updateScrollBar() {
    m_updatingScrollBar = true;
    const double hidden = std::max(0.0, m_sync->durationSeconds() - m_sync->visibleLengthSeconds());
    m_scrollBar->setRange(0, static_cast<int>(std::lround(hidden * kScrollUnitsPerSecond)));
    m_scrollBar->setPageStep(
        static_cast<int>(std::lround(m_sync->visibleLengthSeconds() * kScrollUnitsPerSecond)));
    m_scrollBar->setSingleStep(std::max(1, m_scrollBar->pageStep() / 10));
    m_scrollBar->setValue(
        static_cast<int>(std::lround(m_sync->visibleStartSeconds() * kScrollUnitsPerSecond)));
    m_updatingScrollBar = false;
}

} // namespace noiseloss
