// qwendesk-cli generate --model PATH --prompt TEXT [--think|--no-think] [--greedy] [--max-tokens N] [--seed S]
// Streams the reply to stdout, the thinking first (between <think> and </think> lines) when thinking is on.
#include <cstdio>

#include "args.h"
#include "commands.h"
#include "qwendesk/bundled_resources.h"
#include "qwendesk/engine.h"
#include "qwendesk/errors.h"

namespace qwendesk::cli {

int run_generate(const CommandArgs& argv) {
    Args args(argv,
              {"--model", "--prompt", "--system", "--max-tokens", "--seed", "--thinking-budget", "--tokenizer", "--threads",
               "--ctx", "--convert", "--temperature", "--top-p", "--top-k", "--min-p", "--presence-penalty", "--repetition-penalty", "--backend",
               "--gpu-layers", "--experts-on-cpu"},
              {"--think", "--no-think", "--greedy", "--stats"});
    EngineOptions options;
    options.model = utf8_path(args.require("--model"));
    if (auto t = args.get("--tokenizer")) options.tokenizer = utf8_path(*t);
    options.threads = static_cast<int>(args.get_int("--threads", 0));
    options.context_length = static_cast<int>(args.get_int("--ctx", 8192));
    options.backend = args.get("--backend").value_or("auto");
    options.gpu_layers = static_cast<int>(args.get_int("--gpu-layers", -1));
    options.experts_on_cpu = args.get("--experts-on-cpu").value_or("");
    options.convert = args.get("--convert");
    const std::string prompt = args.require("--prompt");
    if (prompt.find_first_not_of(" \t\r\n") == std::string::npos)
        throw Error(ErrorKind::InvalidArgument, "--prompt is empty");
    if (args.has("--think") && args.has("--no-think")) throw Error(ErrorKind::InvalidArgument, "--think and --no-think exclude each other");

    auto engine = Engine::load(options, resources::qwen3_tokenizer());

    GenerationRequest request;
    // Thinking is on unless --no-think, or the prompt ends with Qwen3's /no_think soft switch.
    request.enable_thinking = !args.has("--no-think");
    const bool soft_no_think = !args.has("--think") && prompt.find("/no_think") != std::string::npos;
    request.sampling = (request.enable_thinking && !soft_no_think) ? SamplingParams::thinking_preset()
                                                                   : SamplingParams::non_thinking_preset();
    if (args.has("--greedy")) request.sampling.greedy = true;
    request.sampling.temperature = static_cast<float>(args.get_double("--temperature", request.sampling.temperature));
    request.sampling.top_p = static_cast<float>(args.get_double("--top-p", request.sampling.top_p));
    request.sampling.top_k = static_cast<int>(args.get_int("--top-k", request.sampling.top_k));
    request.sampling.min_p = static_cast<float>(args.get_double("--min-p", request.sampling.min_p));
    request.sampling.presence_penalty = static_cast<float>(args.get_double("--presence-penalty", 0.0));
    request.sampling.repetition_penalty = static_cast<float>(args.get_double("--repetition-penalty", 1.0));
    if (auto s = args.get("--seed")) request.sampling.seed = static_cast<std::uint64_t>(args.get_int("--seed", 0));
    request.max_tokens = static_cast<int>(args.get_int("--max-tokens", 1024));
    if (auto b = args.get("--thinking-budget")) request.thinking_budget = static_cast<int>(args.get_int("--thinking-budget", 0));
    request.conversation = {{"messages", nlohmann::ordered_json::array()}};
    if (auto system = args.get("--system")) request.conversation["messages"].push_back({{"role", "system"}, {"content", *system}});
    request.conversation["messages"].push_back({{"role", "user"}, {"content", prompt}});

    bool thinking_open = false;
    auto result = engine->generate(request, [&](const GenerationEvent& e) {
        if (e.kind == EventKind::Thinking && !thinking_open) {
            std::fputs("<think>\n", stdout);
            thinking_open = true;
        } else if (e.kind == EventKind::Answer && thinking_open) {
            std::fputs("\n</think>\n\n", stdout);
            thinking_open = false;
        }
        std::fwrite(e.text.data(), 1, e.text.size(), stdout);
        std::fflush(stdout);
    });
    if (thinking_open) std::fputs("\n</think>\n", stdout);
    std::fputs("\n", stdout);
    const auto& s = result.stats;
    if (args.has("--stats") || result.finish != FinishReason::Stop)
        std::fprintf(stderr, "[%s] prompt %d tokens (%d reused, %.1f t/s), generated %d tokens (%.1f t/s), context %d/%d\n",
                     to_string(result.finish), s.prompt_tokens, s.reused_prompt_tokens, s.prefill_tokens_per_second(),
                     s.generated_tokens, s.decode_tokens_per_second(), s.context_used, s.context_length);
    return 0;
}

}  // namespace qwendesk::cli
