#include "engine/grads/GradientTypes.h"

#include "util/Error.h"

namespace noiseloss {

GradientParams defaultGradientParams() {
    return GradientParams{};
}

const char* gradientMethodName(GradientMethod method) {
    return method == GradientMethod::Naive ? "naive" : "fast";
}

GradientMethod parseGradientMethod(const std::string& name) {
    if (name == "fast")
        return GradientMethod::Fast;
    if (name == "naive")
        return GradientMethod::Naive;
    throw Error("unknown gradient method '" + name + "' (use fast or naive)");
}

} // namespace noiseloss
