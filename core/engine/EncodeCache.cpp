#include "engine/EncodeCache.h"

#include "engine/codec/EncodeCacheState.h"
#include "engine/codec/IncrementalEncoder.h"

namespace noiseloss {

EncodeCache::EncodeCache() : m_state(std::make_unique<EncodeCacheState>()) {}
EncodeCache::~EncodeCache() = default;
EncodeCache::EncodeCache(const EncodeCache& other)
    : m_state(std::make_unique<EncodeCacheState>(other.m_state ? *other.m_state : EncodeCacheState{})) {}
EncodeCache& EncodeCache::operator=(const EncodeCache& other) {
    if (this != &other)
        m_state = std::make_unique<EncodeCacheState>(other.m_state ? *other.m_state : EncodeCacheState{});
    return *this;
}
EncodeCache::EncodeCache(EncodeCache&&) noexcept = default;
EncodeCache& EncodeCache::operator=(EncodeCache&&) noexcept = default;

bool EncodeCache::empty() const {
    return !m_state || m_state->empty();
}

void EncodeCache::clear() {
    m_state = std::make_unique<EncodeCacheState>();
}

std::int64_t EncodeCache::sharedPrefixSamples(const std::vector<float>& samples) const {
    if (empty() || m_state->samples.size() != samples.size())
        return 0;
    return noiseloss::sharedPrefixSamples(m_state->samples, samples);
}

std::int64_t EncodeCache::reusedFrames() const {
    return m_state ? m_state->reusedFrames : 0;
}

std::int64_t EncodeCache::computedFrames() const {
    return m_state ? m_state->computedFrames : 0;
}

EncodeCacheState& EncodeCache::state() {
    if (!m_state)
        m_state = std::make_unique<EncodeCacheState>();
    return *m_state;
}

} // namespace noiseloss
