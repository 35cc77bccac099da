#pragma once

#include <vector>

namespace noiseloss {

/// A direct-form IIR filter given by its difference equation, as scipy.signal.lfilter computes it:
///   a[0] y[n] = sum_k b[k] x[n-k] - sum_{k>=1} a[k] y[n-k]
/// Single pass, zero initial state. Coefficients are dimensionless (normalised frequency).
/// A value type; each filter() call starts from zero state, so one instance may be shared.
class IirFilter {
public:
    /// Throws Error when b or a is empty or a[0] == 0.
    IirFilter(std::vector<double> feedforward, std::vector<double> feedback);

    /// Filters `input` from zero state and returns the output (same length).
    std::vector<double> filter(const std::vector<double>& input) const;

    const std::vector<double>& feedforward() const { return m_b; }
    const std::vector<double>& feedback() const { return m_a; }

private:
    std::vector<double> m_b;
    std::vector<double> m_a; ///< normalised so m_a[0] == 1
};

} // namespace noiseloss
