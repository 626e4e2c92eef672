// F16 rows widened with F16C (vcvtph2ps, exact for every half value, like formats/quant/half.h): AWQ
// checkpoints keep the embedding and lm_head in F16, and the output matrix is read for every token.
#include <immintrin.h>

#include <cstddef>
#include <cstdint>

namespace qwendesk::cpu {

void f16_to_f32_avx512(const std::uint8_t* src, float* dst, std::size_t n) {
    std::size_t i = 0;
    for (; i + 16 <= n; i += 16)
        _mm512_storeu_ps(dst + i, _mm512_cvtph_ps(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(src + 2 * i))));
    for (; i < n; ++i) {
        unsigned short h;
        __builtin_memcpy(&h, src + 2 * i, 2);
        dst[i] = _cvtsh_ss(h);
    }
}

}  // namespace qwendesk::cpu
