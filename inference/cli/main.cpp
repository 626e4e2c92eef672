// qwendesk-cli: the engine from the command line. `qwendesk-cli help` lists the subcommands.
#include <cstdio>
#include <cstring>
#include <exception>
#include <string>
#include <vector>

#include "commands.h"
#include "qwendesk/errors.h"

#ifdef _WIN32
#include <windows.h>
#include <shellapi.h>
#endif

namespace {

// The arguments as UTF-8, which is what the subcommands (and utf8_path) expect. Windows hands main() its
// argv in the ANSI code page, which cannot hold most of Unicode (a model folder named 模型 arrives as ??),
// so there the UTF-16 command line is split and converted instead.
std::vector<std::string> utf8_arguments(int argc, char** argv) {
#ifdef _WIN32
    int n = 0;
    if (LPWSTR* wide = CommandLineToArgvW(GetCommandLineW(), &n)) {
        std::vector<std::string> out;
        for (int i = 0; i < n; ++i) {
            const int len = WideCharToMultiByte(CP_UTF8, 0, wide[i], -1, nullptr, 0, nullptr, nullptr);
            std::string arg(static_cast<std::size_t>(len > 0 ? len : 1), '\0');
            if (len > 0) WideCharToMultiByte(CP_UTF8, 0, wide[i], -1, arg.data(), len, nullptr, nullptr);
            arg.resize(arg.size() - 1);  // the converted terminator
            out.push_back(std::move(arg));
        }
        LocalFree(wide);
        return out;
    }
#endif
    return std::vector<std::string>(argv, argv + argc);
}

struct Subcommand {
    const char* name;
    const char* usage;
    int (*run)(const qwendesk::cli::CommandArgs&);
};

const Subcommand kSubcommands[] = {
    {"tokenize", "tokenize --tokenizer PATH --jsonl            (stdin: JSON strings, stdout: id arrays)",
     qwendesk::cli::run_tokenize},
    {"render", "render --tokenizer DIR --conversation FILE [--enable-thinking true|false] [--no-generation-prompt]",
     qwendesk::cli::run_render},
    {"logits", "logits --model PATH --tokens \"ID ID ...\" --out FILE.f32 [--backend cpu] [--threads N]",
     qwendesk::cli::run_logits},
    {"generate",
     "generate --model PATH --prompt TEXT [--think|--no-think] [--greedy] [--max-tokens N] [--seed S]\n"
     "           [--system TEXT] [--thinking-budget N] [--tokenizer PATH] [--threads N] [--convert TYPE] [--backend cpu|vulkan]",
     qwendesk::cli::run_generate},
    {"bench",
     "bench --model PATH | --preset qwen3-0.6b|qwen3-8b|qwen3-30b-a3b [--quant TYPE] [-p 512] [-n 128] [-r 5]\n"
     "           [--threads N] [--json]",
     qwendesk::cli::run_bench},
    {"export-gguf", "export-gguf (--model PATH | --preset NAME) [--quant TYPE] --out FILE.gguf   (llama.cpp-compatible GGUF)",
     qwendesk::cli::run_export_gguf},
    {"make-demo", "make-demo --out DIR [--seed S]               (writes the built-in random-weight demo model)",
     qwendesk::cli::run_make_demo},
    {"devices", "devices [--json]                                (CPU, CUDA and Vulkan devices found on this machine)",
     qwendesk::cli::run_devices},
    {"plan",
     "plan --model PATH | --preset NAME --quant TYPE | --recommend [--ctx N] [--min-ctx N] [--kv-type f32|f16]\n"
     "           [--backend cpu|cuda|vulkan] [--device N|NAME] [--assume \"gpu=NAME:8GiB,ram=32GiB\"]\n"
     "           [--backends cpu,cuda,vulkan] [--json]",
     qwendesk::cli::run_plan},
    {"serve",
     "serve --model PATH|demo [--host 127.0.0.1] [--port 8080] [--api-key KEY] [--queue 8] [--ctx N]\n"
     "           [--served-model-name NAME] [--threads N]  (OpenAI-compatible server: /v1/chat/completions)",
     qwendesk::cli::run_serve},
};

void print_usage(FILE* to) {
    std::fprintf(to, "qwendesk-cli: Qwen3 inference on this machine\n\nusage:\n");
    for (const auto& c : kSubcommands) std::fprintf(to, "  qwendesk-cli %s\n", c.usage);
}

}  // namespace

int main(int argc, char** argv) {
#ifdef _WIN32
    SetConsoleOutputCP(CP_UTF8);  // our output is UTF-8
#endif
    const std::vector<std::string> args = utf8_arguments(argc, argv);
    if (args.size() < 2 || args[1] == "help" || args[1] == "--help") {
        print_usage(args.size() < 2 ? stderr : stdout);
        return args.size() < 2 ? 2 : 0;
    }
    std::vector<std::string> rest(args.begin() + 2, args.end());
    for (const auto& c : kSubcommands) {
        if (args[1] != c.name) continue;
        try {
            return c.run(rest);
        } catch (const qwendesk::Error& e) {
            std::fprintf(stderr, "qwendesk-cli %s: %s: %s\n", c.name, qwendesk::to_string(e.kind()), e.what());
            return e.kind() == qwendesk::ErrorKind::InvalidArgument ? 2 : 1;
        } catch (const std::exception& e) {
            std::fprintf(stderr, "qwendesk-cli %s: %s\n", c.name, e.what());
            return 1;
        }
    }
    std::fprintf(stderr, "qwendesk-cli: unknown command '%s'\n\n", args[1].c_str());
    print_usage(stderr);
    return 2;
}
