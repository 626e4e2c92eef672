// qwendesk-cli bench: prefill (ppN) and decode (tgN) speed, printed like llama-bench so the figures can be
// set side by side. Presets build random weights at the real shapes in memory.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <random>

#include <nlohmann/json.hpp>

#include "args.h"
#include "backends/backend.h"
#include "backends/cpu/cpu_features.h"
#include "commands.h"
#include "model/load_model.h"
#include "model/presets.h"
#include "model/quantize_model.h"
#include "model/qwen3_model.h"
#include "platform/system_memory.h"
#include "qwendesk/errors.h"
#include "runtime/kv_cache.h"
#include "runtime_args.h"

namespace qwendesk::cli {

namespace {

struct Summary {
    double median = 0, mean = 0, stddev = 0;
    std::vector<double> samples;
};

Summary summarise(std::vector<double> tps) {
    Summary s;
    s.samples = tps;
    std::sort(tps.begin(), tps.end());
    const std::size_t n = tps.size();
    s.median = n % 2 ? tps[n / 2] : 0.5 * (tps[n / 2 - 1] + tps[n / 2]);
    for (double v : tps) s.mean += v / static_cast<double>(n);
    for (double v : tps) s.stddev += (v - s.mean) * (v - s.mean);
    s.stddev = n > 1 ? std::sqrt(s.stddev / static_cast<double>(n - 1)) : 0;
    return s;
}

std::uint64_t parameter_count(const ModelConfig& c) {
    const std::uint64_t H = c.hidden_size, hd = c.head_dim;
    std::uint64_t per_layer = H * hd * (2ull * c.num_heads + 2ull * c.num_kv_heads);
    std::uint64_t total = static_cast<std::uint64_t>(c.vocab_size) * H * (c.tie_word_embeddings ? 1 : 2);
    for (int l = 0; l < c.num_layers; ++l)
        total += per_layer + (c.layer_is_moe(l) ? static_cast<std::uint64_t>(c.num_experts) * 3 * H * c.moe_intermediate_size + H * c.num_experts
                                                : 3ull * H * c.intermediate_size);
    return total;
}

}  // namespace

int run_bench(const CommandArgs& argv) {
    Args args(argv, {"--model", "--preset", "--quant", "-p", "-n", "-r", "--threads", "--seed", "--backend", "--gpu-layers", "--experts-on-cpu",
                     "--kv-type"},
              {"--json"});
    const int pp = static_cast<int>(args.get_int("-p", 512));
    const int tg = static_cast<int>(args.get_int("-n", 128));
    const int reps = static_cast<int>(args.get_int("-r", 5));
    const int threads = static_cast<int>(args.get_int("--threads", 0));
    if (pp < 0 || tg < 0 || reps <= 0 || (pp == 0 && tg == 0))
        throw Error(ErrorKind::InvalidArgument, "-p and -n must be non-negative (not both zero) and -r positive");
    if (args.has("--model") == args.has("--preset")) throw Error(ErrorKind::InvalidArgument, "give exactly one of --model or --preset");

    std::shared_ptr<ModelWeights> weights;
    std::string model_name;
    if (auto preset = args.get("--preset")) {
        const ModelConfig config = preset_config(*preset);
        const QuantMix mix = parse_quant_mix(args.get("--quant").value_or("BF16"));
        const std::uint64_t need = weight_bytes(config, mix);
        const auto memory = system_memory();
        if (memory.available_bytes && need > memory.available_bytes * 9 / 10)
            throw Error(ErrorKind::OutOfMemory, *preset + " in " + mix.name + " needs " + std::to_string(need >> 20) +
                                                    " MiB of weights; " + std::to_string(memory.available_bytes >> 20) +
                                                    " MiB are available");
        weights = random_weights(config, mix, static_cast<std::uint64_t>(args.get_int("--seed", 1)));
        model_name = *preset + " " + mix.name;
    } else {
        weights = load_model(utf8_path(*args.get("--model")));
        model_name = *args.get("--model");
        if (auto quant = args.get("--quant")) {
            weights = quantize_weights(weights, parse_quant_mix(*quant), threads);
            model_name += " as " + parse_quant_mix(*quant).name;
        }
    }
    ModelRuntime runtime = make_runtime(*weights, runtime_options(args, "cpu"));
    Backend* backend = runtime.primary.get();
    Qwen3Model model(weights, runtime.placement);
    const ModelConfig& c = model.config();
    KvCache cache = model.make_cache(std::max(pp, tg) + 1);
    std::mt19937 rng(7);
    std::uniform_int_distribution<int> token(0, std::min(c.vocab_size, 151643) - 1);
    std::vector<float> logits;
    using Clock = std::chrono::steady_clock;

    auto run_pp = [&] {
        std::vector<std::int32_t> prompt(static_cast<std::size_t>(pp));
        for (auto& t : prompt) t = token(rng);
        const auto start = Clock::now();
        model.forward(cache, prompt, 0, LogitsFor::LastToken, logits);
        return pp / std::chrono::duration<double>(Clock::now() - start).count();
    };
    auto run_tg = [&] {
        std::int32_t t = token(rng);
        const auto start = Clock::now();
        for (int i = 0; i < tg; ++i) {
            model.forward(cache, std::span<const std::int32_t>(&t, 1), i, LogitsFor::LastToken, logits);
            t = static_cast<std::int32_t>(std::max_element(logits.begin(), logits.end()) - logits.begin());
        }
        return tg / std::chrono::duration<double>(Clock::now() - start).count();
    };

    Summary pp_summary, tg_summary;
    if (pp > 0) {
        run_pp();  // warm-up: page in the weights, grow scratch buffers
        std::vector<double> v;
        for (int r = 0; r < reps; ++r) v.push_back(run_pp());
        pp_summary = summarise(v);
    }
    if (tg > 0) {
        if (pp == 0) run_tg();
        std::vector<double> v;
        for (int r = 0; r < reps; ++r) v.push_back(run_tg());
        tg_summary = summarise(v);
    }

    const double gib = static_cast<double>(weights->weight_bytes()) / (1024.0 * 1024.0 * 1024.0);
    const double params_b = static_cast<double>(parameter_count(c)) / 1e9;
    if (args.has("--json")) {
        nlohmann::ordered_json j = {{"model", model_name},
                                    {"size_gib", gib},
                                    {"params_b", params_b},
                                    {"backend", runtime.description},
                                    {"threads", backend->threads()},
                                    {"n_prompt", pp},
                                    {"n_gen", tg},
                                    {"repetitions", reps}};
        if (pp > 0) {
            j["pp_tps"] = pp_summary.median;
            j["pp_stddev"] = pp_summary.stddev;
            j["pp_samples"] = pp_summary.samples;
        }
        if (tg > 0) {
            j["tg_tps"] = tg_summary.median;
            j["tg_stddev"] = tg_summary.stddev;
            j["tg_samples"] = tg_summary.samples;
        }
        std::printf("%s\n", j.dump().c_str());
        return 0;
    }
    std::printf("| %-28s | %10s | %10s | %-18s | %7s | %8s | %20s |\n", "model", "size", "params", "backend", "threads", "test",
                "t/s (median ± sd)");
    std::printf("| %-28s | %10s | %10s | %-18s | %7s | %8s | %20s |\n", "----------------------------", "---------:", "---------:",
                "------------------", "------:", "-------:", "-------------------:");
    auto row = [&](const char* kind, int count, const Summary& s) {
        char test[32], tps[48], size[32], params[32];
        std::snprintf(test, sizeof test, "%s%d", kind, count);
        std::snprintf(tps, sizeof tps, "%.2f ± %.2f", s.median, s.stddev);
        std::snprintf(size, sizeof size, "%.2f GiB", gib);
        std::snprintf(params, sizeof params, "%.2f B", params_b);
        std::printf("| %-28s | %10s | %10s | %-18s | %7d | %8s | %20s |\n", model_name.c_str(), size, params, runtime.description.c_str(),
                    backend->threads(), test, tps);
    };
    if (pp > 0) row("pp", pp, pp_summary);
    if (tg > 0) row("tg", tg, tg_summary);
    return 0;
}

}  // namespace qwendesk::cli
