#include "engine/EngineLog.h"

#include "engine/BlasInfo.h"

#include <sstream>

namespace noiseloss {

std::string describeLoadedModel(const MusicModel& model) {
    const ModelInfo& info = model.info();
    std::ostringstream out;
    out << "model: " << info.folder.string() << " (" << info.modelType;
    if (info.hasLanguageModel)
        out << ", decoder " << info.layers << " layers x d " << info.dModel << ", " << info.heads << " heads";
    out << ", " << info.codebooks << " codebooks x " << info.codebookSize
        << (info.hasCodec ? ", EnCodec" : ", no codec") << ", config " << info.configHash << ")\n";
    const BlasInfo blas = detectBlas();
    out << "engine: device " << model.options().device << ", " << at::get_num_threads() << " threads, linear "
        << (model.options().oneDnnLinear && model.options().device == "cpu" ? "oneDNN" : "dense") << ", "
        << blas.describe();
    const std::string warning = blasWarning(blas);
    if (!warning.empty())
        out << "\nwarning: " << warning;
    return out.str();
}

} // namespace noiseloss
