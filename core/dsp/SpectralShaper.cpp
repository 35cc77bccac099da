#include "dsp/SpectralShaper.h"

#include "util/Error.h"

#include <cmath>
#include <complex>
#include <fftw3.h>
#include <memory>
#include <mutex>

namespace noiseloss {
namespace {

/// FFTW's planner is not thread-safe: plans are made and destroyed under this lock.
std::mutex& fftwPlannerMutex() {
    static std::mutex mutex;
    return mutex;
}

struct FftwFree {
    void operator()(void* pointer) const { fftw_free(pointer); }
};

bool isSevenSmooth(std::size_t n) {
    for (std::size_t factor : {2u, 3u, 5u, 7u})
        while (n % factor == 0)
            n /= factor;
    return n == 1;
}

} // namespace

SpectralShaper::SpectralShaper(double powerExponent) : m_powerExponent(powerExponent) {}

std::size_t SpectralShaper::fastTransformLength(std::size_t n) {
    std::size_t length = n < 1 ? 1 : n;
    while (!isSevenSmooth(length))
        ++length;
    return length;
}

std::vector<double> SpectralShaper::shape(const std::vector<double>& input) const {
    if (input.size() < 2)
        return input;
    const std::size_t length = fastTransformLength(input.size());
    const std::size_t bins = length / 2 + 1;
    std::unique_ptr<double, FftwFree> time(static_cast<double*>(fftw_malloc(sizeof(double) * length)));
    std::unique_ptr<fftw_complex, FftwFree> spectrum(
        static_cast<fftw_complex*>(fftw_malloc(sizeof(fftw_complex) * bins)));
    if (!time || !spectrum)
        throw Error("spectral noise shaping: out of memory for a " + std::to_string(length) + "-point FFT");

    fftw_plan forward = nullptr;
    fftw_plan inverse = nullptr;
    {
        std::lock_guard lock(fftwPlannerMutex());
        const int n = static_cast<int>(length);
        forward = fftw_plan_dft_r2c_1d(n, time.get(), spectrum.get(), FFTW_ESTIMATE);
        inverse = fftw_plan_dft_c2r_1d(n, spectrum.get(), time.get(), FFTW_ESTIMATE);
    }
    std::copy(input.begin(), input.end(), time.get());
    std::fill(time.get() + input.size(), time.get() + length, 0.0);
    fftw_execute(forward);

    spectrum.get()[0][0] = 0.0;
    spectrum.get()[0][1] = 0.0;
    const double amplitudeExponent = m_powerExponent / 2.0;
    for (std::size_t k = 1; k < bins; ++k) {
        const double gain = std::pow(static_cast<double>(k), amplitudeExponent) / static_cast<double>(length);
        spectrum.get()[k][0] *= gain;
        spectrum.get()[k][1] *= gain;
    }
    fftw_execute(inverse);
    std::vector<double> output(time.get(), time.get() + input.size());
    {
        std::lock_guard lock(fftwPlannerMutex());
        fftw_destroy_plan(forward);
        fftw_destroy_plan(inverse);
    }
    return output;
}

} // namespace noiseloss
