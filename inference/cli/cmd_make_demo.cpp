// qwendesk-cli make-demo --out DIR [--seed S]: writes the built-in demo model (random weights, real tokenizer).
#include <cstdio>

#include "args.h"
#include "commands.h"
#include "model/demo_model.h"
#include "qwendesk/bundled_resources.h"

namespace qwendesk::cli {

int run_make_demo(const CommandArgs& argv) {
    Args args(argv, {"--out", "--seed"}, {});
    const std::string out = args.require("--out");
    write_demo_model(utf8_path(out), static_cast<std::uint64_t>(args.get_int("--seed", 20260501)),
                     resources::qwen3_tokenizer_json());
    std::printf("demo model written to %s (random weights: it produces random text)\n", out.c_str());
    return 0;
}

}  // namespace qwendesk::cli
