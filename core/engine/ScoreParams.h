#pragma once

#include "engine/EngineTypes.h"

#include <string>

namespace noiseloss {

/// Settings of one teacher-forced scoring run (MusicModel::score). Plain value.
struct ScoreParams {
    Alignment alignment = Alignment::Delayed; ///< see EngineTypes.h and musicgen-encodec.md section 5
    bool computeTop5 = true;                  ///< fill ScoreResult::top5 (K x columns x 5)
};

/// The defaults: delayed alignment (the model's true likelihood), top-5 on.
inline ScoreParams defaultScoreParams() {
    return {};
}

/// "delayed" / "noiseloss" <-> Alignment. parseAlignment throws Error for anything else.
const char* alignmentName(Alignment alignment);
Alignment parseAlignment(const std::string& name);

} // namespace noiseloss
