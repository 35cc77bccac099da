#include "dsp/IirFilter.h"

#include "util/Error.h"

#include <cstddef>

namespace noiseloss {

IirFilter::IirFilter(std::vector<double> feedforward, std::vector<double> feedback)
    : m_b(std::move(feedforward)), m_a(std::move(feedback)) {
    if (m_b.empty() || m_a.empty())
        throw Error("IIR filter: coefficient lists b and a must not be empty");
    if (m_a[0] == 0.0)
        throw Error("IIR filter: a[0] must not be zero");
    const double a0 = m_a[0];
    for (double& value : m_b)
        value /= a0;
    for (double& value : m_a)
        value /= a0;
}

std::vector<double> IirFilter::filter(const std::vector<double>& input) const {
    std::vector<double> output(input.size());
    for (std::size_t n = 0; n < input.size(); ++n) {
        double acc = 0.0;
        for (std::size_t k = 0; k < m_b.size() && k <= n; ++k)
            acc += m_b[k] * input[n - k];
        for (std::size_t k = 1; k < m_a.size() && k <= n; ++k)
            acc -= m_a[k] * output[n - k];
        output[n] = acc;
    }
    return output;
}

} // namespace noiseloss
