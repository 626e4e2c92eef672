// What the processor can do, read once with CPUID (x86-64) so kernels can be chosen at run time.
#pragma once

namespace qwendesk::cpu {

struct CpuFeatures {
    bool avx2 = false;     // AVX2 + FMA + F16C
    bool avx512 = false;   // AVX-512 F, BW, VL, DQ
    bool avx512_vnni = false;
    bool avx512_bf16 = false;
    bool avx512_vbmi = false;  // vpermb / vpermi2b (byte permutes)
    const char* best_name() const;
};

const CpuFeatures& cpu_features();

}  // namespace qwendesk::cpu
