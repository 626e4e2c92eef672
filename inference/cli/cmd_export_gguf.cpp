// qwendesk-cli export-gguf (--model PATH | --preset NAME) [--quant TYPE] --out FILE.gguf
// Writes a model as GGUF with llama.cpp's names and metadata: a Hugging Face checkpoint converted (and
// optionally quantised), or random weights at a preset's shapes for side-by-side benchmarks with llama.cpp.
#include <cstdio>

#include "args.h"
#include "commands.h"
#include "model/export_gguf.h"
#include "model/load_model.h"
#include "model/presets.h"
#include "model/quantize_model.h"
#include "platform/mapped_file.h"
#include "qwendesk/bundled_resources.h"
#include "qwendesk/errors.h"
#include "tokenizer/tokenizer_json.h"

namespace qwendesk::cli {

int run_export_gguf(const CommandArgs& argv) {
    Args args(argv, {"--model", "--preset", "--quant", "--out", "--seed", "--tokenizer"}, {});
    if (args.has("--model") == args.has("--preset")) throw Error(ErrorKind::InvalidArgument, "give exactly one of --model or --preset");
    const auto out = utf8_path(args.require("--out"));
    std::shared_ptr<ModelWeights> weights;
    std::string tokenizer_json;
    if (auto preset = args.get("--preset")) {
        weights = random_weights(preset_config(*preset), parse_quant_mix(args.get("--quant").value_or("BF16")),
                                 static_cast<std::uint64_t>(args.get_int("--seed", 1)));
        weights->source = *preset + " (random weights)";
    } else {
        const auto model = utf8_path(*args.get("--model"));
        weights = load_model(model);
        if (auto quant = args.get("--quant")) weights = quantize_weights(weights, parse_quant_mix(*quant));
        const auto beside = (std::filesystem::is_directory(model) ? model : model.parent_path()) / "tokenizer.json";
        if (std::filesystem::exists(beside)) tokenizer_json = read_text_file(beside);
    }
    if (auto t = args.get("--tokenizer")) tokenizer_json = read_text_file(utf8_path(*t));
    if (tokenizer_json.empty()) tokenizer_json = resources::qwen3_tokenizer_json();
    const TokenizerSpec spec = tokenizer::parse_tokenizer_json(tokenizer_json, "tokenizer");
    export_gguf(*weights, &spec, weights->chat_template, out);
    std::printf("wrote %s\n", args.require("--out").c_str());
    return 0;
}

}  // namespace qwendesk::cli
