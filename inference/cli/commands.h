// qwendesk-cli subcommands, one file each (cmd_<name>.cpp). Each takes the arguments after its name and
// returns the process exit code; errors are thrown as qwendesk::Error and reported by main().
#pragma once

#include <string>
#include <vector>

namespace qwendesk::cli {

using CommandArgs = std::vector<std::string>;

int run_tokenize(const CommandArgs& args);
int run_render(const CommandArgs& args);
int run_logits(const CommandArgs& args);
int run_generate(const CommandArgs& args);
int run_bench(const CommandArgs& args);
int run_make_demo(const CommandArgs& args);
int run_export_gguf(const CommandArgs& args);
int run_devices(const CommandArgs& args);
int run_plan(const CommandArgs& args);
int run_serve(const CommandArgs& args);

}  // namespace qwendesk::cli
