#include "experiment/RecipeHash.h"

#include "noiseloss/BuildInfo.h"

#include <cstdint>
#include <cstdio>

namespace noiseloss {

nlohmann::json experimentRecipe(const std::string& clipHash, const std::string& modelHash,
                                const nlohmann::json& perturbation, const nlohmann::json& settings) {
    return {{"clip_hash", clipHash},
            {"model_hash", modelHash},
            {"perturbation", perturbation},
            {"settings", settings},
            {"version", {{"app", build::kVersion}, {"recipe", kExperimentRecipeVersion}}}};
}

std::string recipeHash(const nlohmann::json& recipe) {
    std::uint64_t hash = 0xcbf29ce484222325ULL;
    for (unsigned char byte : recipe.dump()) {
        hash ^= byte;
        hash *= 0x100000001b3ULL;
    }
    char text[17];
    std::snprintf(text, sizeof(text), "%016llx", static_cast<unsigned long long>(hash));
    return text;
}

} // namespace noiseloss
