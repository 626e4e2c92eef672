// Qwen's official FP8 and AWQ Hugging Face checkpoints (issue #11), on ../shared/fixtures/hf-quantized (see its
// README for the formats, goldens and tolerances): the e4m3 decoder, AWQ unpacking against the format's
// definition, the repacked weights against the raw tensors, the float32 path and the fast kernels against the
// goldens, the kernels against each other, the memory planner, the CLI, and every malformed-input error.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <random>

#include <nlohmann/json.hpp>

#include "backends/backend.h"
#include "backends/cpu/quant_matmul.h"
#include "fixtures.h"
#include "reference_run.h"
#include "formats/quant/dequantize.h"
#include "formats/quant/e4m3.h"
#include "formats/quant/half.h"
#include "formats/quant/quantize.h"
#include "formats/safetensors.h"
#include "formats/safetensors_writer.h"
#include "model/hf_quantized.h"
#include "model/load_safetensors_model.h"
#include "model/quantize_model.h"
#include "model/qwen3_model.h"
#include "qwendesk/errors.h"
#include "qwendesk/hardware.h"
#include "runtime/kv_cache.h"

using namespace qwendesk;
using qwendesk::test::Agreement;
using qwendesk::test::argmax;
using qwendesk::test::median;

namespace {

// ---- e4m3 -------------------------------------------------------------------------------------------------

// The format's definition, written independently of the engine's decoder (double arithmetic, pow).
double e4m3_reference(int code) {
    const int s = code >> 7, e = (code >> 3) & 15, m = code & 7;
    if (e == 15 && m == 7) return NAN;
    const double mag = e == 0 ? m * std::pow(2.0, -9) : (1.0 + m / 8.0) * std::pow(2.0, e - 7);
    return s ? -mag : mag;
}

TEST(E4m3, DecodesAll256Codes) {
    int nans = 0;
    for (int c = 0; c < 256; ++c) {
        const float got = e4m3_to_f32(static_cast<std::uint8_t>(c));
        const double want = e4m3_reference(c);
        if (std::isnan(want)) {
            EXPECT_TRUE(std::isnan(got)) << "code " << c;
            ++nans;
            continue;
        }
        EXPECT_EQ(static_cast<double>(got), want) << "code " << c;
        EXPECT_EQ(std::signbit(got), c >= 128) << "code " << c;  // 0x80 is -0
        EXPECT_FALSE(std::isinf(got));
    }
    EXPECT_EQ(nans, 2);  // 0x7F and 0xFF only: no infinities
    EXPECT_EQ(e4m3_to_f32(0x7E), 448.0f);
    EXPECT_EQ(e4m3_to_f32(0x01), std::ldexp(1.0f, -9));
    EXPECT_EQ(e4m3_to_f32(0x08), std::ldexp(1.0f, -6));
    EXPECT_EQ(e4m3_to_f32(0x38), 1.0f);
}

TEST(E4m3, EncoderRoundTripsAndRoundsToEven) {
    for (int c = 0; c < 256; ++c) {
        if ((c & 0x7F) == 0x7F) continue;
        const float v = e4m3_to_f32(static_cast<std::uint8_t>(c));
        EXPECT_EQ(f32_to_e4m3(v), c) << "code " << c;
    }
    // Midpoints between neighbouring positive codes go to the even code.
    for (int c = 0; c < 0x7E; ++c) {
        const float mid = 0.5f * (e4m3_to_f32(static_cast<std::uint8_t>(c)) + e4m3_to_f32(static_cast<std::uint8_t>(c + 1)));
        EXPECT_EQ(f32_to_e4m3(mid), (c % 2 == 0) ? c : c + 1) << "midpoint after code " << c;
    }
    EXPECT_EQ(f32_to_e4m3(1e6f), 0x7E);  // saturates, never NaN
    EXPECT_EQ(f32_to_e4m3(-1e6f), 0xFE);
    EXPECT_EQ(f32_to_e4m3(NAN), 0x7F);
}

TEST(E4m3, BlockDequantisationIsCodeTimesScale) {
    std::vector<std::uint8_t> row(2 * 132);
    for (int b = 0; b < 2; ++b) {
        store_f32le(row.data() + 132 * b, b ? 0.0078125f : 3.0f);
        for (int i = 0; i < 128; ++i) row[132 * b + 4 + i] = static_cast<std::uint8_t>(128 * b + i);
    }
    std::vector<float> out(256);
    dequantize_row(DType::F8_E4M3_B128, row.data(), out.data(), 256);
    for (int c = 0; c < 256; ++c) {
        const double want = e4m3_reference(c) * (c >= 128 ? 0.0078125 : 3.0);
        if (std::isnan(want)) EXPECT_TRUE(std::isnan(out[c]));
        else EXPECT_EQ(static_cast<double>(out[c]), want) << c;
    }
}

// ---- AWQ unpacking ----------------------------------------------------------------------------------------

// README: nibble i of word j holds column 8j + ORDER[i], ORDER = [0, 2, 4, 6, 1, 3, 5, 7], by a scalar bit loop.
int awq_reference(std::uint32_t word, int column) {
    static const int order[8] = {0, 2, 4, 6, 1, 3, 5, 7};
    for (int i = 0; i < 8; ++i)
        if (order[i] == column) {
            int v = 0;
            for (int bit = 0; bit < 4; ++bit) v |= static_cast<int>((word >> (4 * i + bit)) & 1u) << bit;
            return v;
        }
    return -1;
}

TEST(Awq, UnpacksAutoAwqOrder) {
    for (int c = 0; c < 8; ++c) EXPECT_EQ(awq_unpack(0x75316420u, c), c);
    std::mt19937 rng(5);
    for (int trial = 0; trial < 1000; ++trial) {
        const std::uint32_t w = rng();
        for (int c = 0; c < 8; ++c) EXPECT_EQ(awq_unpack(w, c), awq_reference(w, c));
    }
}

TEST(Awq, BlockRoundTripAndExactDequantisation) {
    for (DType type : {DType::AWQ4_G128, DType::AWQ4_G32}) {
        std::mt19937 rng(9);
        std::normal_distribution<float> normal(0, 1);
        std::vector<float> x(256), y(256), z(256);
        for (auto& v : x) v = normal(rng);
        std::vector<std::uint8_t> q(*row_bytes(type, 256));
        quantize_row(type, x.data(), q.data(), 256);
        dequantize_row(type, q.data(), y.data(), 256);
        const std::size_t block = dtype_info(type)->block_elements, bytes = dtype_info(type)->block_bytes;
        double err = 0, norm = 0;
        for (std::size_t i = 0; i < 256; ++i) {
            const std::uint8_t* blk = q.data() + i / block * bytes;
            const float scale = f16_to_f32(load_u16le(blk));
            // (q - z) * s with q read back through the element's documented position.
            const std::size_t j = i % block;
            const std::size_t byte = block == 32 ? j % 16 : 32 * (j / 64) + j % 32;
            const int shift = block == 32 ? (j < 16 ? 0 : 4) : ((j % 64) < 32 ? 0 : 4);
            const int code = (blk[4 + byte] >> shift) & 15;
            z[i] = static_cast<float>(code - blk[2]) * scale;
            EXPECT_EQ(y[i], z[i]) << dtype_name(type) << " element " << i;
            err += (y[i] - x[i]) * (y[i] - x[i]);
            norm += x[i] * x[i];
        }
        EXPECT_LT(std::sqrt(err / norm), 0.12) << dtype_name(type);
    }
}

// ---- fixtures: repacked weights against the raw tensors ----------------------------------------------------

struct Fixture {
    const char* folder;
    bool moe;
    bool fp8;
};

const Fixture kFixtures[] = {{"qwen3-small-fp8", false, true}, {"qwen3-tiny-moe-fp8", true, true}, {"qwen3-small-awq", false, false}};

// Every quantised Linear of a loaded model with its module name.
std::vector<std::pair<std::string, WeightMatrix>> linears(const ModelWeights& w) {
    std::vector<std::pair<std::string, WeightMatrix>> out;
    for (std::size_t l = 0; l < w.layers.size(); ++l) {
        const auto& L = w.layers[l];
        const std::string p = "model.layers." + std::to_string(l) + ".";
        out.push_back({p + "self_attn.q_proj", L.q});
        out.push_back({p + "self_attn.k_proj", L.k});
        out.push_back({p + "self_attn.v_proj", L.v});
        out.push_back({p + "self_attn.o_proj", L.o});
        if (L.is_moe) {
            for (std::size_t e = 0; e < L.expert_gate.size(); ++e) {
                const std::string ep = p + "mlp.experts." + std::to_string(e) + ".";
                out.push_back({ep + "gate_proj", L.expert_gate[e]});
                out.push_back({ep + "up_proj", L.expert_up[e]});
                out.push_back({ep + "down_proj", L.expert_down[e]});
            }
        } else {
            out.push_back({p + "mlp.gate_proj", L.gate});
            out.push_back({p + "mlp.up_proj", L.up});
            out.push_back({p + "mlp.down_proj", L.down});
        }
    }
    return out;
}

TEST(HfQuantizedFixtures, RepackedWeightsEqualTheFormatsDefinition) {
    for (const auto& fx : kFixtures) {
        QWENDESK_REQUIRE_FIXTURE(dir, std::string("hf-quantized/") + fx.folder);
        auto w = load_safetensors_model(dir);
        SafetensorsCheckpoint ckpt(dir);
        int matrices = 0;
        for (const auto& [module, m] : linears(*w)) {
            EXPECT_EQ(m.dtype, fx.fp8 ? (m.cols % 128 ? DType::F8_E4M3_B16 : DType::F8_E4M3_B128) : DType::AWQ4_G128) << module;
            std::vector<float> row(static_cast<std::size_t>(m.cols));
            if (fx.fp8) {
                const TensorView& q = ckpt.get(module + ".weight");
                const TensorView& s = ckpt.get(module + ".weight_scale_inv");
                const std::int64_t sk = s.shape[1];
                for (std::int64_t n = 0; n < m.rows; ++n) {
                    dequantize_row(m.dtype, m.row(n), row.data(), row.size());
                    for (std::int64_t k = 0; k < m.cols; ++k) {
                        const double scale = bf16_to_f32(load_u16le(s.data + 2 * ((n / 128) * sk + k / 128)));
                        const double want = e4m3_reference(q.data[n * m.cols + k]) * scale;
                        ASSERT_EQ(static_cast<double>(row[static_cast<std::size_t>(k)]), want) << module << " [" << n << ", " << k << "]";
                    }
                }
            } else {
                const TensorView& qw = ckpt.get(module + ".qweight");
                const TensorView& qz = ckpt.get(module + ".qzeros");
                const TensorView& sc = ckpt.get(module + ".scales");
                const std::int64_t N = m.rows, G = 128;
                for (std::int64_t n = 0; n < N; ++n) {
                    dequantize_row(m.dtype, m.row(n), row.data(), row.size());
                    for (std::int64_t k = 0; k < m.cols; ++k) {
                        const int q = awq_reference(load_u32le(qw.data + 4 * (k * (N / 8) + n / 8)), static_cast<int>(n % 8));
                        const int z = awq_reference(load_u32le(qz.data + 4 * ((k / G) * (N / 8) + n / 8)), static_cast<int>(n % 8));
                        const float s = f16_to_f32(load_u16le(sc.data + 2 * ((k / G) * N + n)));
                        ASSERT_EQ(row[static_cast<std::size_t>(k)], static_cast<float>(q - z) * s) << module << " [" << n << ", " << k << "]";
                    }
                }
            }
            ++matrices;
        }
        EXPECT_EQ(matrices, fx.moe ? 2 * (4 + 8 * 3) : 2 * 7) << fx.folder;
        // Unquantised modules stay in their stored type.
        EXPECT_EQ(w->lm_head.dtype, fx.fp8 ? DType::BF16 : DType::F16);
        if (fx.moe) EXPECT_EQ(w->layers[0].router.dtype, DType::BF16);
    }
}

// ---- goldens ----------------------------------------------------------------------------------------------

double max_of(const std::vector<double>& v) { return *std::max_element(v.begin(), v.end()); }

class HfGolden : public ::testing::TestWithParam<Fixture> {};

// The float32 path (integer_kernels off: rows exactly dequantised) reproduces the float64 goldens.
TEST_P(HfGolden, Float32PathOnExactWeights) {
    const Fixture fx = GetParam();
    QWENDESK_REQUIRE_FIXTURE(dir, std::string("hf-quantized/") + fx.folder);
    auto backend = make_cpu_backend(CpuBackendOptions{2, /*integer_kernels=*/false});
    Agreement a = test::run_reference(load_safetensors_model(dir), dir / "golden.json", *backend);
    for (double e : a.rel_l2) EXPECT_LE(e, 1e-4);
    EXPECT_EQ(a.top1_equal, a.positions);
    EXPECT_EQ(a.greedy_equal, 6);
    std::printf("  %s float32 path: rel L2 max %.2e, top-1 %d/%d, greedy16 %d/6\n", fx.folder, max_of(a.rel_l2), a.top1_equal,
                a.positions, a.greedy_equal);
}

// The fast kernels. FP8: float32 activations (e4m3 widened exactly in registers), so the float32 bounds hold.
// AWQ: int8 activations per 32 (the GGUF 4-bit kernels' scheme): README bound 5e-2 median, top-1 >= 95 %.
TEST_P(HfGolden, FastKernels) {
    const Fixture fx = GetParam();
    QWENDESK_REQUIRE_FIXTURE(dir, std::string("hf-quantized/") + fx.folder);
    auto backend = make_cpu_backend(CpuBackendOptions{2, /*integer_kernels=*/true});
    Agreement a = test::run_reference(load_safetensors_model(dir), dir / "golden.json", *backend);
    if (fx.fp8) {
        for (double e : a.rel_l2) EXPECT_LE(e, 1e-4);
        EXPECT_EQ(a.top1_equal, a.positions);
        EXPECT_EQ(a.greedy_equal, 6);
    } else {
        EXPECT_LE(median(a.rel_l2), 5e-2);
        EXPECT_GE(a.top1_equal, 0.95 * a.positions);
    }
    std::printf("  %s fast kernels: rel L2 median %.2e max %.2e, top-1 %d/%d, greedy16 %d/6\n", fx.folder, median(a.rel_l2),
                max_of(a.rel_l2), a.top1_equal, a.positions, a.greedy_equal);
}

// --convert q8_0 at load: the GGUF Q8_0 integer kernels (int8 activations) stay within the int8 bounds.
TEST_P(HfGolden, ConvertedToQ8_0AtLoad) {
    const Fixture fx = GetParam();
    QWENDESK_REQUIRE_FIXTURE(dir, std::string("hf-quantized/") + fx.folder);
    auto converted = quantize_weights(load_safetensors_model(dir), parse_quant_mix("q8_0"), 2);
    EXPECT_EQ(converted->layers[0].q.dtype, DType::Q8_0);
    auto backend = make_cpu_backend(CpuBackendOptions{2, /*integer_kernels=*/true});
    Agreement a = test::run_reference(converted, dir / "golden.json", *backend);
    EXPECT_LE(median(a.rel_l2), 5e-2);
    EXPECT_GE(a.top1_equal, (fx.moe ? 0.85 : 0.95) * a.positions);
    std::printf("  %s as Q8_0: rel L2 median %.2e max %.2e, top-1 %d/%d\n", fx.folder, median(a.rel_l2), max_of(a.rel_l2),
                a.top1_equal, a.positions);
}

INSTANTIATE_TEST_SUITE_P(Fixtures, HfGolden, ::testing::ValuesIn(kFixtures),
                         [](const auto& info) {
                             std::string n = info.param.folder;
                             std::replace(n.begin(), n.end(), '-', '_');
                             return n;
                         });

// ---- kernels ----------------------------------------------------------------------------------------------

double exact_dot(const std::vector<float>& w, const std::vector<float>& x, double& norm) {
    double s = 0;
    norm = 0;
    for (std::size_t i = 0; i < w.size(); ++i) {
        s += static_cast<double>(w[i]) * x[i];
        norm += std::fabs(static_cast<double>(w[i]) * x[i]);
    }
    return s;
}

TEST(HfQuantKernels, AwqIntegerDotAgreesWithExactAndAcrossInstructionSets) {
    using namespace qwendesk::cpu;
    for (DType type : {DType::AWQ4_G128, DType::AWQ4_G32}) {
        std::mt19937 rng(77);
        std::normal_distribution<float> normal(0, 1);
        for (std::size_t cols : {128u, 256u, 288u, 1536u}) {
            if (cols % dtype_info(type)->block_elements) continue;
            for (int trial = 0; trial < 10; ++trial) {
                std::vector<float> w(cols), x(cols), we(cols);
                for (auto& v : w) v = normal(rng) * 0.05f + 0.01f;
                for (auto& v : x) v = normal(rng) * (trial % 2 ? 10.0f : 0.1f);
                std::vector<std::uint8_t> row(*row_bytes(type, cols));
                quantize_row(type, w.data(), row.data(), cols);
                dequantize_row(type, row.data(), we.data(), cols);
                double norm;
                const double exact = exact_dot(we, x, norm);
                QuantizedActivations act;
                act.quantize(x.data(), 1, cols);
                float portable = 0;
                portable_quant_kernels().for_type(type)(row.data(), act.rows(), 1, cols, &portable);
                EXPECT_NEAR(portable, exact, 0.02 * norm) << dtype_name(type) << " cols " << cols;
                if (const QuantDotKernels* simd = avx512_quant_kernels(); simd && &best_quant_kernels() == simd) {
                    float fast[6];
                    const QuantizedRow one = act.rows()[0];
                    const QuantizedRow six[6] = {one, one, one, one, one, one};
                    simd->for_type(type)(row.data(), six, 6, cols, fast);
                    for (float f : fast) EXPECT_NEAR(f, portable, 1e-5 * norm + 1e-6) << dtype_name(type) << " AVX-512, cols " << cols;
                }
            }
        }
    }
}

// The exact-widening kernels (portable, AVX-512 fp16 bits) within float32 rounding of the exact dot; the
// AVX512-BF16 + VBMI kernel (bf16 weights, activations split into bf16 hi + lo: each activation carries at most
// 2^-16 relative error) within 2^-16 of the sum of |products| on top of that. Odd shapes: B16 rows whose length is
// not a multiple of 64 (partial groups of four blocks), every token count 1..9 (the 4-token kernel, then 1-3).
TEST(HfQuantKernels, Fp8FloatDotAgreesWithExactAndAcrossInstructionSets) {
    using namespace qwendesk::cpu;
    for (DType type : {DType::F8_E4M3_B128, DType::F8_E4M3_B16}) {
        std::mt19937 rng(78);
        std::normal_distribution<float> normal(0, 1);
        for (std::size_t cols : {16u, 48u, 80u, 128u, 208u, 384u, 1536u, 1664u}) {
            if (cols % dtype_info(type)->block_elements) continue;
            for (int n_tokens : {1, 2, 3, 4, 5, 6, 7, 9}) {
                std::vector<float> w(cols), x(n_tokens * cols), we(cols);
                for (auto& v : w) v = normal(rng) * 0.05f;
                w[3] = 1e-6f;  // an e4m3 subnormal after scaling
                for (auto& v : x) v = normal(rng) * (n_tokens % 2 ? 1.0f : 1e3f);
                std::vector<std::uint8_t> row(*row_bytes(type, cols));
                quantize_row(type, w.data(), row.data(), cols);
                dequantize_row(type, row.data(), we.data(), cols);
                const FloatDot bf16 = fp8_bf16_available() ? fp8_bf16_float_dot(type) : nullptr;
                for (FloatDot dot : {fp8_portable_dot(type), fp8_avx512_dot(type), bf16}) {
                    if (!dot) continue;
                    const double tol = dot == bf16 ? std::ldexp(1.0, -16) + 1e-6 : 1e-6;
                    std::vector<float> out(n_tokens);
                    dot(row.data(), x.data(), n_tokens, cols, out.data());
                    for (int t = 0; t < n_tokens; ++t) {
                        double norm;
                        const double exact = exact_dot(we, std::vector<float>(x.begin() + t * cols, x.begin() + (t + 1) * cols), norm);
                        EXPECT_NEAR(out[t], exact, tol * norm + 1e-9)
                            << dtype_name(type) << " cols " << cols << " tokens " << n_tokens << " token " << t
                            << (dot == bf16 ? " (bf16 kernel)" : "");
                    }
                }
            }
        }
    }
}

// Every non-NaN e4m3 code through the bf16 kernel's byte tables (sign, subnormals, zero, the largest 448): a row
// of one-hot activations reads each weight back exactly (x = 1 is exact in bf16, lo = 0).
TEST(HfQuantKernels, Fp8Bf16KernelDecodesEveryCode) {
    using namespace qwendesk::cpu;
    if (!fp8_bf16_available()) GTEST_SKIP() << "no AVX512-BF16 + VBMI here";
    for (DType type : {DType::F8_E4M3_B128, DType::F8_E4M3_B16}) {
        const std::size_t cols = 256, block = dtype_info(type)->block_elements;
        std::vector<std::uint8_t> row(*row_bytes(type, cols));
        const float scale = 0.75f;
        for (std::size_t b = 0; b < cols / block; ++b) {
            std::memcpy(row.data() + b * (4 + block), &scale, 4);
            for (std::size_t i = 0; i < block; ++i) row[b * (4 + block) + 4 + i] = static_cast<std::uint8_t>(b * block + i);
        }
        row[(0x7F / block) * (4 + block) + 4 + 0x7F % block] = 0;  // the two NaN codes
        row[(0xFF / block) * (4 + block) + 4 + 0xFF % block] = 0;
        std::vector<float> x(cols * 5, 0.0f), out(5);
        for (std::size_t c0 = 0; c0 < cols; c0 += 5) {
            std::fill(x.begin(), x.end(), 0.0f);
            for (std::size_t t = 0; t < 5 && c0 + t < cols; ++t) x[t * cols + c0 + t] = 1.0f;
            fp8_bf16_float_dot(type)(row.data(), x.data(), 5, cols, out.data());
            for (std::size_t t = 0; t < 5 && c0 + t < cols; ++t) {
                const std::size_t c = c0 + t;
                const std::uint8_t code = (c == 0x7F || c == 0xFF) ? 0 : static_cast<std::uint8_t>(c);
                EXPECT_EQ(out[t], e4m3_to_f32(code) * scale) << dtype_name(type) << " code " << c;
            }
        }
    }
}

// ---- the planner, the CLI ---------------------------------------------------------------------------------

TEST(HfQuantizedFixtures, PlannerCountsTheRepackedBytes) {
    for (const auto& fx : kFixtures) {
        QWENDESK_REQUIRE_FIXTURE(dir, std::string("hf-quantized/") + fx.folder);
        const auto f = hw::footprint_from_file(dir);
        auto w = load_safetensors_model(dir);
        std::uint64_t linear_bytes = 0;
        for (const auto& [module, m] : linears(*w)) linear_bytes += static_cast<std::uint64_t>(m.rows) * m.row_bytes;
        // The planner's total = the repacked matrices + the unquantised tensors as stored (norms in BF16/F16,
        // which the engine widens to float: a few KB).
        std::uint64_t plain = 0;
        SafetensorsCheckpoint ckpt(dir);
        for (const auto& [name, t] : ckpt.tensors())
            if (!hf_quantized_tensor_bytes(t, w->config.quantization)) plain += t.nbytes;
        EXPECT_EQ(f.weight_bytes, linear_bytes + plain) << fx.folder;
        EXPECT_EQ(f.quant, fx.fp8 ? "FP8 e4m3 128x128" : "AWQ 4-bit g128");
    }
}

int run_cli(const std::string& args, std::string* out = nullptr) {
    const std::string cmd = std::string("\"") + QWENDESK_CLI_PATH + "\" " + args + " 2>&1";
    FILE* p = popen(cmd.c_str(), "r");
    if (!p) return -1;
    char buf[4096];
    std::string text;
    while (std::size_t n = std::fread(buf, 1, sizeof buf, p)) text.append(buf, n);
    if (out) *out = text;
    return pclose(p);
}

TEST(HfQuantizedCli, LogitsAcceptsTheFolders) {
    for (const auto& fx : kFixtures) {
        QWENDESK_REQUIRE_FIXTURE(dir, std::string("hf-quantized/") + fx.folder);
        auto golden = nlohmann::json::parse(test::read_file(dir / "golden.json"));
        const auto tokens = golden["prompts"][2]["tokens"].get<std::vector<int>>();
        const auto last = golden["prompts"][2]["last_logits"].get<std::vector<double>>();
        std::string list;
        for (int t : tokens) list += std::to_string(t) + " ";
        for (const char* convert : {"", " --convert q8_0"}) {
            const auto out = std::filesystem::temp_directory_path() / "qwendesk-hfq-logits.f32";
            std::string text;
            ASSERT_EQ(run_cli("logits --model \"" + dir.string() + "\" --tokens \"" + list + "\" --threads 2 --out \"" + out.string() +
                                  "\"" + convert,
                              &text),
                      0)
                << text;
            std::ifstream in(out, std::ios::binary);
            std::vector<float> got(last.size());
            in.read(reinterpret_cast<char*>(got.data()), static_cast<std::streamsize>(got.size() * 4));
            ASSERT_TRUE(in) << fx.folder;
            double num = 0, den = 0;
            for (std::size_t i = 0; i < got.size(); ++i) {
                num += (got[i] - last[i]) * (got[i] - last[i]);
                den += last[i] * last[i];
            }
            EXPECT_LE(std::sqrt(num / den), *convert ? 5e-2 : (fx.fp8 ? 1e-4 : 5e-2)) << fx.folder << convert;
            std::filesystem::remove(out);
        }
    }
}

// ---- malformed input --------------------------------------------------------------------------------------

HfQuantization parse(const std::string& text) { return parse_hf_quantization(nlohmann::json::parse(text), "config.json"); }

void expect_error(const std::function<void()>& f, ErrorKind kind, const std::vector<std::string>& mentions) {
    try {
        f();
        ADD_FAILURE() << "no error; expected one mentioning " << mentions[0];
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), kind) << e.what();
        for (const auto& m : mentions) EXPECT_NE(std::string(e.what()).find(m), std::string::npos) << e.what() << " should mention " << m;
    }
}

TEST(HfQuantizationConfig, AcceptsQwensConfigs) {
    auto f = parse(R"({"activation_scheme": "dynamic", "fmt": "e4m3", "quant_method": "fp8", "weight_block_size": [128, 128]})");
    EXPECT_EQ(f.method, HfQuantization::Method::Fp8);
    EXPECT_EQ(f.block_n, 128);
    auto a = parse(R"({"bits": 4, "group_size": 128, "modules_to_not_convert": null, "quant_method": "awq", "version": "gemm", "zero_point": true})");
    EXPECT_EQ(a.method, HfQuantization::Method::Awq);
    EXPECT_EQ(a.group_size, 128);
    EXPECT_EQ(parse(R"({"bits": 4, "group_size": 64, "quant_method": "awq", "version": "GEMM", "zero_point": true})").group_size, 64);
}

TEST(HfQuantizationConfig, NamesWhatIsUnsupported) {
    const ErrorKind U = ErrorKind::Unsupported;
    expect_error([] { parse(R"({"bits": 4, "group_size": 128, "quant_method": "gptq", "desc_act": false})"); }, U, {"gptq"});
    expect_error([] { parse(R"({"quant_method": "bitsandbytes"})"); }, U, {"bitsandbytes"});
    expect_error([] { parse(R"({"bits": 8, "group_size": 128, "quant_method": "awq", "version": "gemm", "zero_point": true})"); }, U, {"8 bits"});
    expect_error([] { parse(R"({"bits": 4, "group_size": 128, "quant_method": "awq", "version": "gemv", "zero_point": true})"); }, U, {"gemv"});
    expect_error([] { parse(R"({"bits": 4, "group_size": 128, "quant_method": "awq", "version": "gemm", "zero_point": false})"); }, U, {"zero_point"});
    expect_error([] { parse(R"({"bits": 4, "group_size": 48, "quant_method": "awq", "version": "gemm", "zero_point": true})"); }, U, {"group_size 48"});
    expect_error([] { parse(R"({"bits": 4, "group_size": -1, "quant_method": "awq", "version": "gemm", "zero_point": true})"); }, U, {"group_size -1"});
    expect_error([] { parse(R"({"fmt": "e5m2", "quant_method": "fp8", "weight_block_size": [128, 128]})"); }, U, {"e5m2"});
    expect_error([] { parse(R"({"activation_scheme": "static", "quant_method": "fp8", "weight_block_size": [128, 128]})"); }, U, {"static"});
    expect_error([] { parse(R"({"activation_scheme": "dynamic", "quant_method": "fp8"})"); }, U, {"weight_block_size"});
    expect_error([] { parse(R"({"quant_method": "fp8", "weight_block_size": [64, 64]})"); }, U, {"[64,64]"});
    expect_error([] { parse(R"({"quant_method": "fp8", "weight_block_size": "big"})"); }, ErrorKind::CorruptFile, {"weight_block_size"});
}

// A copy of a fixture folder with config.json edited and tensors dropped or replaced.
std::filesystem::path mutated(const std::filesystem::path& src, const std::string& name,
                              const std::function<void(nlohmann::json&)>& edit_config,
                              const std::function<bool(TensorToWrite&)>& keep_tensor) {
    const auto dir = std::filesystem::temp_directory_path() / ("qwendesk-hfq-" + name);
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    auto config = nlohmann::json::parse(test::read_file(src / "config.json"));
    edit_config(config);
    std::ofstream(dir / "config.json") << config.dump(2);
    SafetensorsCheckpoint ckpt(src);
    std::vector<TensorToWrite> tensors;
    for (const auto& [n, t] : ckpt.tensors()) {
        TensorToWrite w{n, t.dtype, t.shape, std::vector<std::uint8_t>(t.data, t.data + t.nbytes)};
        if (keep_tensor(w)) tensors.push_back(std::move(w));
    }
    write_safetensors(dir / "model.safetensors", tensors);
    return dir;
}

void no_edit(nlohmann::json&) {}

TEST(HfQuantizedErrors, NameTheTensor) {
    QWENDESK_REQUIRE_FIXTURE(fp8, "hf-quantized/qwen3-small-fp8");
    QWENDESK_REQUIRE_FIXTURE(awq, "hf-quantized/qwen3-small-awq");
    const ErrorKind C = ErrorKind::CorruptFile;
    const std::string q1 = "model.layers.1.self_attn.q_proj";
    auto load = [](const std::filesystem::path& d) { return [d] { load_safetensors_model(d); }; };

    auto d = mutated(fp8, "no-scale", no_edit, [&](TensorToWrite& t) { return t.name != q1 + ".weight_scale_inv"; });
    expect_error(load(d), C, {q1 + ".weight_scale_inv", "missing"});
    d = mutated(fp8, "scale-shape", no_edit, [&](TensorToWrite& t) {
        if (t.name == q1 + ".weight_scale_inv") t.shape = {4, 1};  // same bytes, another grid
        return true;
    });
    expect_error(load(d), C, {q1 + ".weight_scale_inv", "[4, 1]", "[2, 2]"});
    d = mutated(fp8, "weight-shape", no_edit, [&](TensorToWrite& t) {
        if (t.name == q1 + ".weight") t.shape = {128, 512};
        return true;
    });
    expect_error(load(d), C, {q1 + ".weight"});
    d = mutated(fp8, "no-config", [](nlohmann::json& c) { c.erase("quantization_config"); }, [](TensorToWrite&) { return true; });
    expect_error(load(d), ErrorKind::Unsupported, {"F8_E4M3", "quantization_config"});

    d = mutated(awq, "no-zeros", no_edit, [&](TensorToWrite& t) { return t.name != q1 + ".qzeros"; });
    expect_error(load(d), C, {q1 + ".qzeros", "missing"});
    d = mutated(awq, "no-scales", no_edit, [&](TensorToWrite& t) { return t.name != q1 + ".scales"; });
    expect_error(load(d), C, {q1 + ".scales", "missing"});
    d = mutated(awq, "no-qweight", no_edit, [&](TensorToWrite& t) { return t.name != q1 + ".qweight"; });
    expect_error(load(d), C, {q1 + ".qweight", "missing"});
    d = mutated(awq, "scales-shape", no_edit, [&](TensorToWrite& t) {
        if (t.name == q1 + ".scales") t.shape = {1, 512};
        return true;
    });
    expect_error(load(d), C, {q1 + ".scales", "[1, 512]"});
    d = mutated(awq, "qweight-dtype", no_edit, [&](TensorToWrite& t) {
        if (t.name == q1 + ".qweight") {
            t.dtype = DType::F32;
        }
        return true;
    });
    expect_error(load(d), C, {q1 + ".qweight", "I32"});
    // group_size 512 does not divide hidden 256 (the first AWQ matrix met is layer 0's q_proj).
    d = mutated(awq, "group-512", [](nlohmann::json& c) { c["quantization_config"]["group_size"] = 512; }, [](TensorToWrite&) { return true; });
    expect_error(load(d), C, {"group_size 512", "model.layers.0.self_attn.q_proj.qweight"});
    d = mutated(awq, "gptq", [](nlohmann::json& c) { c["quantization_config"]["quant_method"] = "gptq"; }, [](TensorToWrite&) { return true; });
    expect_error(load(d), ErrorKind::Unsupported, {"gptq"});
    for (const char* n : {"no-scale", "scale-shape", "weight-shape", "no-config", "no-zeros", "no-scales", "no-qweight", "scales-shape",
                          "qweight-dtype", "group-512", "gptq"})
        std::filesystem::remove_all(std::filesystem::temp_directory_path() / (std::string("qwendesk-hfq-") + n));
}

}  // namespace
