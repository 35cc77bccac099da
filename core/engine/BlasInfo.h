#pragma once

#include <string>

namespace noiseloss {

/// Which BLAS library LibTorch's GEMMs go through in this process (Debian's libtorch calls the
/// system libblas.so.3, selected by update-alternatives). Reference BLAS is ~12x slower than
/// OpenBLAS on the same machine, so the app logs this at start-up and warns about it.
struct BlasInfo {
    enum class Kind { OpenBlasPthread, OpenBlasOpenMp, OpenBlasSerial, Reference, Other, NotFound };
    Kind kind = Kind::NotFound;
    std::string libraryPath; ///< resolved file that provides sgemm_, empty if not found
    std::string config;      ///< openblas_get_config() when available

    bool isSlowReference() const { return kind == Kind::Reference; }
    std::string describe() const; ///< one line for logs, e.g. "OpenBLAS (pthreads) ... "
};

/// Inspects the running process. Thread-safe; cheap (dlsym + realpath).
BlasInfo detectBlas();

/// A one-line warning when the BLAS is the slow reference implementation, else an empty string.
std::string blasWarning(const BlasInfo& info);

} // namespace noiseloss
