#include "model/rope.h"

#include <algorithm>
#include <cmath>

namespace qwendesk {

namespace {

constexpr double kPi = 3.14159265358979323846;

// The dimension at which a frequency completes `rotations` turns over the original context.
double correction_dim(double rotations, int dim, double base, double max_positions) {
    return (dim * std::log(max_positions / (rotations * 2 * kPi))) / (2 * std::log(base));
}

}  // namespace

RopeTable::RopeTable(const ModelConfig& c) {
    const int dim = c.head_dim, half = dim / 2;
    inv_freq_.resize(static_cast<std::size_t>(half));
    for (int i = 0; i < half; ++i) inv_freq_[i] = 1.0 / std::pow(c.rope_theta, (2.0 * i) / dim);
    if (!c.rope_scaling.yarn || c.rope_scaling.factor <= 1.0) return;

    const auto& ys = c.rope_scaling;
    const double orig = static_cast<double>(ys.original_max_position);
    double low = std::floor(correction_dim(ys.beta_fast, dim, c.rope_theta, orig));
    double high = std::ceil(correction_dim(ys.beta_slow, dim, c.rope_theta, orig));
    low = std::max(low, 0.0);
    high = std::min(high, static_cast<double>(dim - 1));
    if (low == high) high += 0.001;
    for (int i = 0; i < half; ++i) {
        const double ramp = std::clamp((i - low) / (high - low), 0.0, 1.0);
        const double extrapolation_weight = 1.0 - ramp;
        const double extrapolated = inv_freq_[i], interpolated = inv_freq_[i] / ys.factor;
        inv_freq_[i] = interpolated * (1.0 - extrapolation_weight) + extrapolated * extrapolation_weight;
    }
    attention_factor_ = ys.attention_factor ? *ys.attention_factor : 0.1 * std::log(ys.factor) + 1.0;
}

void RopeTable::fill(int start_pos, int n_tokens, std::vector<float>& cos, std::vector<float>& sin) const {
    const std::size_t half = inv_freq_.size();
    cos.resize(half * static_cast<std::size_t>(n_tokens));
    sin.resize(half * static_cast<std::size_t>(n_tokens));
    for (int t = 0; t < n_tokens; ++t)
        for (std::size_t i = 0; i < half; ++i) {
            const double angle = static_cast<double>(start_pos + t) * inv_freq_[i];
            cos[t * half + i] = static_cast<float>(std::cos(angle) * attention_factor_);
            sin[t * half + i] = static_cast<float>(std::sin(angle) * attention_factor_);
        }
}

}  // namespace qwendesk
