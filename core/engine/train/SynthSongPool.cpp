#include "engine/train/SynthSongPool.h"

#include "synth/SongRenderer.h"

#include <algorithm>

namespace noiseloss {

std::uint64_t trainingSongSeed(std::uint64_t runSeed, int index) {
    SynthRandom random(runSeed * 0x2545F4914F6CDD1Dull + static_cast<std::uint64_t>(index));
    return random.nextBits() % kFirstHeldOutSeed;
}

SynthSongPool::SynthSongPool(std::uint64_t runSeed, int firstIndex, int count, double seconds) {
    m_songs.reserve(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i)
        m_songs.push_back(
            renderSong(randomSongParams(trainingSongSeed(runSeed, firstIndex + i), seconds)).samples);
}

std::vector<float> SynthSongPool::randomSegments(SynthRandom& random, int count,
                                                 std::int64_t lengthSamples) const {
    std::vector<float> out(static_cast<std::size_t>(count * lengthSamples), 0.0f);
    for (int i = 0; i < count; ++i) {
        const auto& song = m_songs[static_cast<std::size_t>(random.below(size()))];
        const auto songLength = static_cast<std::int64_t>(song.size());
        const std::int64_t room = std::max<std::int64_t>(0, songLength - lengthSamples);
        const std::int64_t start =
            room > 0 ? static_cast<std::int64_t>(random.uniform() * static_cast<double>(room)) : 0;
        const std::int64_t copied = std::min(lengthSamples, songLength - start);
        std::copy_n(song.begin() + start, copied, out.begin() + i * lengthSamples);
    }
    return out;
}

} // namespace noiseloss
