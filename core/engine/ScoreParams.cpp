#include "engine/ScoreParams.h"

#include "util/Error.h"

namespace noiseloss {

const char* alignmentName(Alignment alignment) {
    return alignment == Alignment::Delayed ? "delayed" : "noiseloss";
}

Alignment parseAlignment(const std::string& name) {
    if (name == "delayed")
        return Alignment::Delayed;
    if (name == "noiseloss")
        return Alignment::NoiseLoss;
    throw Error("unknown alignment \"" + name + "\" (expected delayed or noiseloss)");
}

} // namespace noiseloss
