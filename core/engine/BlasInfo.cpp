#include "engine/BlasInfo.h"

#include <dlfcn.h>

#include <climits>
#include <cstdlib>

namespace noiseloss {

std::string BlasInfo::describe() const {
    std::string name;
    switch (kind) {
    case Kind::OpenBlasPthread: name = "OpenBLAS (pthreads)"; break;
    case Kind::OpenBlasOpenMp: name = "OpenBLAS (OpenMP)"; break;
    case Kind::OpenBlasSerial: name = "OpenBLAS (serial)"; break;
    case Kind::Reference: name = "reference BLAS (slow)"; break;
    case Kind::Other: name = "BLAS"; break;
    case Kind::NotFound: return "BLAS: not found in this process";
    }
    std::string text = "BLAS: " + name + " from " + libraryPath;
    if (!config.empty())
        text += " [" + config + "]";
    return text;
}

BlasInfo detectBlas() {
    BlasInfo info;
    void* sgemm = dlsym(RTLD_DEFAULT, "sgemm_");
    if (!sgemm)
        return info;
    Dl_info symbolInfo{};
    if (dladdr(sgemm, &symbolInfo) == 0 || !symbolInfo.dli_fname)
        return info;
    char resolved[PATH_MAX];
    info.libraryPath = realpath(symbolInfo.dli_fname, resolved) ? resolved : symbolInfo.dli_fname;

    using ConfigFunction = char* (*)();
    if (auto getConfig = reinterpret_cast<ConfigFunction>(dlsym(RTLD_DEFAULT, "openblas_get_config")))
        info.config = getConfig();

    const std::string& path = info.libraryPath;
    auto contains = [&](const char* needle) { return path.find(needle) != std::string::npos; };
    if (contains("openblas") || !info.config.empty()) {
        if (contains("openmp") || info.config.find("USE_OPENMP") != std::string::npos)
            info.kind = BlasInfo::Kind::OpenBlasOpenMp;
        else if (contains("serial"))
            info.kind = BlasInfo::Kind::OpenBlasSerial;
        else
            info.kind = BlasInfo::Kind::OpenBlasPthread;
    } else if (contains("/blas/") || contains("libblas.so")) {
        info.kind = BlasInfo::Kind::Reference;
    } else {
        info.kind = BlasInfo::Kind::Other;
    }
    return info;
}

std::string blasWarning(const BlasInfo& info) {
    if (!info.isSlowReference())
        return {};
    return "warning: LibTorch is using the reference BLAS (" + info.libraryPath +
           "), about 12x slower than OpenBLAS. Install libopenblas0-pthread and select it with "
           "update-alternatives --config libblas.so.3-x86_64-linux-gnu.";
}

} // namespace noiseloss
