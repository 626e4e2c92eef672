// qwendesk-cli logits --model PATH --tokens "ID ID ..." --out FILE.f32 [--backend cpu|vulkan|cuda] [--threads N] [--convert TYPE]
//                     [--gpu-layers N] [--experts-on-cpu all|LAYERS] [--kv-type auto|f16|f32]
// --convert re-quantises the weights at load (q8_0, q4_k_m, ..., or f32 for exactly dequantised weights).
// Writes the last position's logits as little-endian float32 to FILE and prints, as one JSON array, the
// top-8 [id, logit] pairs of every position.
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <numeric>
#include <sstream>

#include <nlohmann/json.hpp>

#include "args.h"
#include "backends/backend.h"
#include "commands.h"
#include "model/load_model.h"
#include "model/quantize_model.h"
#include "model/qwen3_model.h"
#include "qwendesk/errors.h"
#include "runtime/kv_cache.h"
#include "runtime_args.h"
#include "runtime/model_runtime.h"

namespace qwendesk::cli {

namespace {

std::vector<std::int32_t> parse_tokens(const std::string& text) {
    std::vector<std::int32_t> ids;
    std::istringstream in(text);
    std::string word;
    while (in >> word) {
        try {
            std::size_t used = 0;
            long long v = std::stoll(word, &used);
            if (used != word.size() || v < 0 || v > 0x7fffffff) throw std::invalid_argument(word);
            ids.push_back(static_cast<std::int32_t>(v));
        } catch (const std::exception&) {
            throw Error(ErrorKind::InvalidArgument, "--tokens: '" + word + "' is not a token id");
        }
    }
    if (ids.empty()) throw Error(ErrorKind::InvalidArgument, "--tokens is empty: give at least one token id");
    return ids;
}

}  // namespace

int run_logits(const CommandArgs& argv) {
    Args args(argv, {"--model", "--tokens", "--out", "--backend", "--threads", "--convert", "--gpu-layers", "--experts-on-cpu", "--kv-type"}, {});
    const auto tokens = parse_tokens(args.require("--tokens"));
    const auto out_path = utf8_path(args.require("--out"));

    std::shared_ptr<ModelWeights> weights = load_model(utf8_path(args.require("--model")));
    if (auto convert = args.get("--convert"))
        weights = quantize_weights(weights, parse_quant_mix(*convert), static_cast<int>(args.get_int("--threads", 0)));
    ModelRuntime runtime = make_runtime(*weights, runtime_options(args, "cpu"));
    Qwen3Model model(weights, runtime.placement);
    KvCache cache = model.make_cache(static_cast<int>(tokens.size()));
    std::vector<float> logits;
    model.forward(cache, tokens, 0, LogitsFor::AllTokens, logits);

    const std::size_t V = static_cast<std::size_t>(model.config().vocab_size);
    {
        std::ofstream out(out_path, std::ios::binary | std::ios::trunc);
        // float32 little-endian: every platform QwenDesk targets is little-endian.
        out.write(reinterpret_cast<const char*>(logits.data() + (tokens.size() - 1) * V), static_cast<std::streamsize>(V * sizeof(float)));
        if (!out) throw Error(ErrorKind::FileNotFound, "cannot write " + args.require("--out"));
    }
    nlohmann::json positions = nlohmann::json::array();
    std::vector<int> order(V);
    for (std::size_t t = 0; t < tokens.size(); ++t) {
        const float* row = logits.data() + t * V;
        std::iota(order.begin(), order.end(), 0);
        const std::size_t k = std::min<std::size_t>(8, V);
        std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(k), order.end(),
                          [&](int a, int b) { return row[a] > row[b] || (row[a] == row[b] && a < b); });
        nlohmann::json top = nlohmann::json::array();
        for (std::size_t i = 0; i < k; ++i) top.push_back({order[i], row[order[i]]});
        positions.push_back(std::move(top));
    }
    std::printf("%s\n", positions.dump().c_str());
    return 0;
}

}  // namespace qwendesk::cli
