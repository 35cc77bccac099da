#include "engine/ScoreCache.h"

#include "engine/lm/ScoreCacheState.h"

namespace noiseloss {

ScoreCache::ScoreCache() : m_state(std::make_unique<ScoreCacheState>()) {}
ScoreCache::~ScoreCache() = default;
ScoreCache::ScoreCache(ScoreCache&&) noexcept = default;
ScoreCache& ScoreCache::operator=(ScoreCache&&) noexcept = default;

bool ScoreCache::empty() const {
    return !m_state || m_state->empty();
}

void ScoreCache::clear() {
    m_state = std::make_unique<ScoreCacheState>();
}

std::int64_t ScoreCache::reusedPositions() const {
    return m_state ? m_state->reusedPositions : 0;
}

std::int64_t ScoreCache::computedPositions() const {
    return m_state ? m_state->computedPositions : 0;
}

ScoreCacheState& ScoreCache::state() {
    if (!m_state)
        m_state = std::make_unique<ScoreCacheState>();
    return *m_state;
}

} // namespace noiseloss
