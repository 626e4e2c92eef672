// One model across two backends (issue #13): a layer split (layers [0, N) on the "GPU" backend, the rest on the
// CPU) and an expert split (a MoE layer's experts on the CPU). Every split must give the logits of the
// single-backend run, prefill and decode through the KV cache, on the fixture models.
//
// The GPU side is the Vulkan backend (lavapipe in CI; QWENDESK_REQUIRE_VULKAN=1 turns its absence into a
// failure) and, always, a second CPU backend, which exercises the crossings on any machine.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <nlohmann/json.hpp>

#include "backends/backend.h"
#include "backends/vulkan/vulkan_backend.h"
#include "fixtures.h"
#include "model/load_gguf_model.h"
#include "model/load_safetensors_model.h"
#include "model/qwen3_model.h"
#include "qwendesk/errors.h"
#include "runtime/model_runtime.h"

using namespace qwendesk;

namespace {

// The float reference path on both sides, so a split changes nothing but where ops run.
std::unique_ptr<Backend> reference_cpu() { return make_cpu_backend(CpuBackendOptions{2, /*integer_kernels=*/false}); }

bool vulkan_required() {
    const char* v = std::getenv("QWENDESK_REQUIRE_VULKAN");
    return v && *v && std::string(v) != "0";
}

// All-position logits of a prompt, then four greedy decode steps through the KV cache (their logits appended).
std::vector<float> run(Qwen3Model& model, const std::vector<int>& tokens) {
    const int V = model.config().vocab_size;
    KvCache cache = model.make_cache(static_cast<int>(tokens.size()) + 4);
    std::vector<float> all, step;
    model.forward(cache, tokens, 0, LogitsFor::AllTokens, all);
    int pos = static_cast<int>(tokens.size());
    int next = static_cast<int>(std::max_element(all.end() - V, all.end()) - (all.end() - V));
    for (int s = 0; s < 4; ++s, ++pos) {
        model.forward(cache, std::span<const int>(&next, 1), pos, LogitsFor::LastToken, step);
        all.insert(all.end(), step.begin(), step.end());
        next = static_cast<int>(std::max_element(step.begin(), step.end()) - step.begin());
    }
    return all;
}

double relative_l2(const std::vector<float>& a, const std::vector<float>& b) {
    EXPECT_EQ(a.size(), b.size());
    double num = 0, den = 0;
    for (std::size_t i = 0; i < a.size() && i < b.size(); ++i) {
        num += (static_cast<double>(a[i]) - b[i]) * (static_cast<double>(a[i]) - b[i]);
        den += static_cast<double>(b[i]) * b[i];
    }
    return std::sqrt(num / den);
}

std::vector<int> first_prompt(const std::filesystem::path& golden) {
    auto j = nlohmann::json::parse(test::read_file(golden));
    return j["prompts"][1]["tokens"].get<std::vector<int>>();
}

enum class GpuSide { SecondCpu, Vulkan };

class ModelSplit : public ::testing::TestWithParam<GpuSide> {
protected:
    // The backend standing in for the GPU, or null when the test must skip.
    std::unique_ptr<Backend> gpu_side(std::string& why) {
        if (GetParam() == GpuSide::SecondCpu) return reference_cpu();
        try {
            VulkanBackendOptions o;
            o.kv_f16 = false;  // the float32 cache, so the split changes nothing but where ops run
            return make_vulkan_backend(o);
        } catch (const Error& e) {
            why = e.what();
            return nullptr;
        }
    }
};

#define QWENDESK_GPU_SIDE_OR_SKIP(var)                                                     \
    std::string var##_why;                                                                 \
    auto var = gpu_side(var##_why);                                                        \
    if (!var) {                                                                            \
        if (vulkan_required()) FAIL() << "QWENDESK_REQUIRE_VULKAN is set: " << var##_why; \
        GTEST_SKIP() << "no Vulkan backend: " << var##_why;                                \
    }

TEST_P(ModelSplit, DenseLayerSplitAtEveryLayerEqualsOneBackend) {
    QWENDESK_REQUIRE_FIXTURE(dir, "models/qwen3-tiny-dense");
    QWENDESK_GPU_SIDE_OR_SKIP(gpu);
    auto weights = load_safetensors_model(dir);
    const auto tokens = first_prompt(dir / "golden.json");
    auto cpu = reference_cpu();
    Qwen3Model whole(weights, *cpu);
    const std::vector<float> expected = run(whole, tokens);
    const int layers = weights->config.num_layers;
    double worst = 0;
    for (int n = 0; n <= layers; ++n) {
        SCOPED_TRACE("gpu_layers = " + std::to_string(n));
        Qwen3Model split(weights, ModelPlacement{gpu.get(), cpu.get(), n, {}});
        EXPECT_EQ(&split.layer_backend(0), n > 0 ? gpu.get() : cpu.get());
        EXPECT_EQ(&split.layer_backend(layers - 1), n == layers ? gpu.get() : cpu.get());
        const double e = relative_l2(run(split, tokens), expected);
        worst = std::max(worst, e);
        EXPECT_LE(e, 1e-4);
    }
    std::printf("  dense, %d split points on %s + cpu: worst relative L2 against one backend %.2e\n", layers + 1,
                gpu->name().c_str(), worst);
}

TEST_P(ModelSplit, MoeExpertsOnTheCpuEqualOneBackend) {
    QWENDESK_REQUIRE_FIXTURE(dir, "models/qwen3-tiny-moe");
    QWENDESK_GPU_SIDE_OR_SKIP(gpu);
    auto weights = load_safetensors_model(dir);
    const auto tokens = first_prompt(dir / "golden.json");
    auto cpu = reference_cpu();
    Qwen3Model whole(weights, *cpu);
    const std::vector<float> expected = run(whole, tokens);
    const int layers = weights->config.num_layers;
    std::vector<bool> moe_layers(static_cast<std::size_t>(layers));
    for (int l = 0; l < layers; ++l) moe_layers[static_cast<std::size_t>(l)] = weights->layers[static_cast<std::size_t>(l)].is_moe;
    std::vector<bool> only_last(static_cast<std::size_t>(layers), false);
    only_last.back() = moe_layers.back();
    struct Case {
        const char* what;
        int gpu_layers;
        std::vector<bool> experts;
    } cases[] = {{"every layer's experts on the CPU", -1, moe_layers},
                 {"the last layer's experts on the CPU", -1, only_last},
                 {"a layer split plus experts on the CPU", layers / 2, moe_layers}};
    for (Case& c : cases) {
        SCOPED_TRACE(c.what);
        if (c.gpu_layers >= 0)
            for (int l = c.gpu_layers; l < layers; ++l) c.experts[static_cast<std::size_t>(l)] = false;
        Qwen3Model split(weights, ModelPlacement{gpu.get(), cpu.get(), c.gpu_layers, c.experts});
        const double e = relative_l2(run(split, tokens), expected);
        EXPECT_LE(e, 1e-4);
        std::printf("  MoE, %s on %s + cpu: relative L2 against one backend %.2e\n", c.what, gpu->name().c_str(), e);
    }
}

// A quantised GGUF through the runtime's own flags, as `--gpu-layers` / `--experts-on-cpu` give them.
TEST_P(ModelSplit, QuantisedGgufThroughTheRuntimeFlags) {
    QWENDESK_REQUIRE_FIXTURE(gguf, "gguf/qwen3-tiny-moe-q8_0.gguf");
    QWENDESK_REQUIRE_FIXTURE(golden, "models/qwen3-tiny-moe/golden.json");
    if (GetParam() == GpuSide::Vulkan) {
        QWENDESK_GPU_SIDE_OR_SKIP(probe);
    }
    std::shared_ptr<ModelWeights> weights = load_gguf_model(gguf);
    const auto tokens = first_prompt(golden);
    RuntimeOptions one;
    one.integer_kernels = false;
    one.threads = 2;
    one.backend = GetParam() == GpuSide::Vulkan ? "vulkan" : "cpu";
    one.kv_type = "f32";
    ModelRuntime single = make_runtime(*weights, one);
    Qwen3Model whole(weights, single.placement);
    const std::vector<float> expected = run(whole, tokens);
    if (GetParam() == GpuSide::SecondCpu) GTEST_SKIP() << "the flags split only towards a GPU backend";
    RuntimeOptions split = one;
    split.experts_on_cpu = "all";
    split.gpu_layers = weights->config.num_layers - 1;
    ModelRuntime rt = make_runtime(*weights, split);
    EXPECT_NE(rt.description.find("experts of"), std::string::npos) << rt.description;
    Qwen3Model model(weights, rt.placement);
    const double e = relative_l2(run(model, tokens), expected);
    EXPECT_LE(e, 1e-4);
    std::printf("  Q8_0 MoE, %s: relative L2 against one backend %.2e\n", rt.description.c_str(), e);
}

INSTANTIATE_TEST_SUITE_P(Backends, ModelSplit, ::testing::Values(GpuSide::SecondCpu, GpuSide::Vulkan),
                         [](const auto& info) { return info.param == GpuSide::Vulkan ? "VulkanPlusCpu" : "CpuPlusCpu"; });

void expect_invalid(const std::function<void()>& f, const std::string& mentions) {
    try {
        f();
        ADD_FAILURE() << "expected InvalidArgument mentioning " << mentions;
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), ErrorKind::InvalidArgument) << e.what();
        EXPECT_NE(std::string(e.what()).find(mentions), std::string::npos) << e.what();
    }
}

TEST(ModelSplitErrors, SplitsThatDoNotFitTheModelAreClearErrors) {
    QWENDESK_REQUIRE_FIXTURE(dense_dir, "models/qwen3-tiny-dense");
    QWENDESK_REQUIRE_FIXTURE(moe_dir, "models/qwen3-tiny-moe");
    auto dense = load_safetensors_model(dense_dir);
    auto moe = load_safetensors_model(moe_dir);
    auto cpu = reference_cpu();
    const int layers = dense->config.num_layers;
    expect_invalid([&] { Qwen3Model m(dense, ModelPlacement{cpu.get(), cpu.get(), layers + 1, {}}); }, "layers");
    expect_invalid([&] { Qwen3Model m(dense, ModelPlacement{cpu.get(), nullptr, 1, {}}); }, "second backend");
    std::vector<bool> all(static_cast<std::size_t>(layers), true);
    expect_invalid([&] { Qwen3Model m(dense, ModelPlacement{cpu.get(), cpu.get(), -1, all}); }, "no experts");

    RuntimeOptions o;
    o.experts_on_cpu = "all";
    expect_invalid([&] { make_runtime(*dense, o); }, "dense");
    o.experts_on_cpu = "0-";
    expect_invalid([&] { make_runtime(*moe, o); }, "0-");
    o.experts_on_cpu = "0-999";
    expect_invalid([&] { make_runtime(*moe, o); }, "outside");
    o.experts_on_cpu = "";
    o.gpu_layers = 999;
    expect_invalid([&] { make_runtime(*moe, o); }, "999");
    o.gpu_layers = 1;
    expect_invalid([&] { make_runtime(*moe, o); }, "choose --backend vulkan or cuda");
    o.backend = "tpu";
    expect_invalid([&] { make_runtime(*moe, o); }, "unknown backend");
}

// A buffer of one backend handed to another is caught, never read as the wrong kind of memory.
TEST(ModelSplitErrors, ABufferOfAnotherBackendIsRejected) {
    auto a = make_cpu_backend(1), b = make_cpu_backend(1);
    auto buffer = a->allocate(8);
    std::vector<float> host(8, 1.0f);
    try {
        b->upload(DevicePtr{buffer.get(), 0}, host.data(), host.size());
        FAIL() << "expected an error";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), ErrorKind::Internal);
        EXPECT_NE(std::string(e.what()).find("another backend"), std::string::npos) << e.what();
    }
    EXPECT_THROW(a->upload(DevicePtr{buffer.get(), 4}, host.data(), 5), Error);  // past the end
}

}  // namespace
