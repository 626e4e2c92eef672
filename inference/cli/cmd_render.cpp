// qwendesk-cli render: prints the prompt a conversation renders to with a model's chat template.
//   render --tokenizer DIR --conversation FILE [--enable-thinking true|false] [--no-generation-prompt]
// DIR holds tokenizer_config.json (or is that file); FILE is {"messages": [...], "tools"?: [...]}.
// The prompt goes to stdout exactly, with no newline added.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#ifdef _WIN32
#include <fcntl.h>
#include <io.h>
#endif

#include "args.h"
#include "commands.h"
#include "qwendesk/chat_template.h"
#include "qwendesk/errors.h"

namespace qwendesk::cli {

int run_render(const CommandArgs& argv) {
    const Args args(argv, {"--tokenizer", "--conversation", "--enable-thinking"}, {"--no-generation-prompt"});
    const std::filesystem::path tokenizer = args.require("--tokenizer");
    const std::filesystem::path conversation_file = args.require("--conversation");

    ChatRenderOptions options;
    options.add_generation_prompt = !args.has("--no-generation-prompt");
    if (auto thinking = args.get("--enable-thinking")) {
        if (*thinking == "true") options.enable_thinking = true;
        else if (*thinking == "false") options.enable_thinking = false;
        else throw Error(ErrorKind::InvalidArgument, "--enable-thinking expects true or false, got '" + *thinking + "'");
    }

    std::ifstream in(conversation_file, std::ios::binary);
    if (!in) throw Error(ErrorKind::FileNotFound, "cannot open conversation file " + conversation_file.string());
    std::ostringstream text;
    text << in.rdbuf();
    const auto conversation = nlohmann::ordered_json::parse(text.str(), nullptr, false);
    if (conversation.is_discarded())
        throw Error(ErrorKind::InvalidArgument, conversation_file.string() + " is not valid JSON");

    const auto tmpl = ChatTemplate::from_tokenizer_config(tokenizer);
    const std::string prompt = tmpl->render(conversation, options);
#ifdef _WIN32
    _setmode(_fileno(stdout), _O_BINARY);  // the prompt's "\n" must not become "\r\n"
#endif
    if (!prompt.empty() && std::fwrite(prompt.data(), 1, prompt.size(), stdout) != prompt.size())
        throw Error(ErrorKind::Internal, "cannot write the prompt to stdout");
    std::fflush(stdout);
    return 0;
}

}  // namespace qwendesk::cli
