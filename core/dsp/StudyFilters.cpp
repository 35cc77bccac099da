#include "dsp/StudyFilters.h"

#include "util/Error.h"

namespace noiseloss {

std::optional<IirFilter> studyFilterFor(NoiseColor color) {
    switch (color) {
    case NoiseColor::White:
        return std::nullopt;
    case NoiseColor::Pink:
        return IirFilter({0.245237, 0.245237}, {1.0, -0.509525});
    case NoiseColor::Brown:
        return IirFilter({0.0200834, 0.0401667, 0.0200834}, {1.0, -1.5610181, 0.6413515});
    case NoiseColor::Blue:
        return IirFilter({0.5, -0.5}, {1.0});
    case NoiseColor::Violet:
        break;
    }
    throw Error("noise method 'noiseloss': colour 'violet' is not defined by the study's filters "
                "(use method 'spectral')");
}

} // namespace noiseloss
