// Scale searches shared by the quantisers of formats/quant (internal). Our own least-squares fits:
// try a range of candidate scales, round, solve for the best scale (and offset) for those codes, and
// keep the candidate with the smallest squared error.
#pragma once

#include <cmath>

#include "formats/quant/quant_impl.h"

namespace qwendesk::quant {

// Signed element of largest magnitude.
inline float signed_absmax(const float* x, int n) {
    float amax = 0.0f, max = 0.0f;
    for (int j = 0; j < n; ++j) {
        const float a = std::fabs(x[j]);
        if (a > amax) {
            amax = a;
            max = x[j];
        }
    }
    return max;
}

// Affine fit x ~= scale * q - min_neg with q in 0..nmax, scale >= 0, min_neg >= 0 (the range always
// includes zero, as the K-quant formats assume).
inline void fit_affine(const float* x, int n, int nmax, float& scale, float& min_neg) {
    float mn = x[0], mx = x[0];
    for (int j = 1; j < n; ++j) {
        mn = std::fmin(mn, x[j]);
        mx = std::fmax(mx, x[j]);
    }
    if (mn > 0.0f) mn = 0.0f;
    scale = 0.0f;
    min_neg = -mn;
    if (!(mx > mn) || !std::isfinite(mx - mn)) return;
    float best_err = INFINITY;
    for (int step = -10; step <= 10; ++step) {
        const float iscale = (static_cast<float>(nmax) + 0.1f * static_cast<float>(step)) / (mx - mn);
        double sq = 0, sq2 = 0, sx = 0, sxq = 0;
        int qv[256];
        for (int j = 0; j < n; ++j) {
            qv[j] = clamp_int(round_int(iscale * (x[j] - mn)), 0, nmax);
            sq += qv[j];
            sq2 += static_cast<double>(qv[j]) * qv[j];
            sx += x[j];
            sxq += static_cast<double>(x[j]) * qv[j];
        }
        const double det = n * sq2 - sq * sq;
        if (det <= 0) continue;
        double a = (n * sxq - sx * sq) / det;
        double b = (sq2 * sx - sq * sxq) / det;
        if (b > 0) {  // offset must be <= 0: refit the scale alone
            b = 0;
            a = sxq / sq2;
        }
        if (a <= 0) continue;
        double err = 0;
        for (int j = 0; j < n; ++j) {
            const double e = a * qv[j] + b - x[j];
            err += e * e;
        }
        if (err < best_err) {
            best_err = static_cast<float>(err);
            scale = static_cast<float>(a);
            min_neg = static_cast<float>(-b);
        }
    }
    if (best_err == INFINITY) {
        scale = (mx - mn) / static_cast<float>(nmax);
        min_neg = -mn;
    }
}

// Symmetric fit x ~= scale * q with q in -nmax..nmax-1; the scale is signed (the element of largest
// magnitude maps towards -nmax, which has one more level than the positive side).
inline float fit_symmetric(const float* x, int n, int nmax) {
    const float max = signed_absmax(x, n);
    if (max == 0.0f || !std::isfinite(max)) return 0.0f;
    float best_err = INFINITY, best = -max / static_cast<float>(nmax);
    for (int step = -10; step <= 10; ++step) {
        const float iscale = -(static_cast<float>(nmax) + 0.1f * static_cast<float>(step)) / max;
        double sxq = 0, sq2 = 0;
        int qv[256];
        for (int j = 0; j < n; ++j) {
            qv[j] = clamp_int(round_int(iscale * x[j]), -nmax, nmax - 1);
            sxq += static_cast<double>(x[j]) * qv[j];
            sq2 += static_cast<double>(qv[j]) * qv[j];
        }
        if (sq2 <= 0) continue;
        const double a = sxq / sq2;
        double err = 0;
        for (int j = 0; j < n; ++j) {
            const double e = a * qv[j] - x[j];
            err += e * e;
        }
        if (err < best_err) {
            best_err = static_cast<float>(err);
            best = static_cast<float>(a);
        }
    }
    return best;
}

}  // namespace qwendesk::quant
