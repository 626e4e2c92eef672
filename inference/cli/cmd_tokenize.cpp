// qwendesk-cli tokenize --tokenizer PATH --jsonl
// Reads one JSON string per stdin line and writes the JSON array of its token ids per stdout line (added
// tokens written in the text, such as <|im_start|>, become their single ids). Output is flushed per line.
#include <nlohmann/json.hpp>

#include <cstdio>
#include <iostream>
#include <string>

#include "args.h"
#include "commands.h"
#include "qwendesk/errors.h"
#include "qwendesk/tokenizer.h"

namespace qwendesk::cli {

int run_tokenize(const CommandArgs& argv) {
    const Args args(argv, {"--tokenizer"}, {"--jsonl"});
    const std::string path = args.require("--tokenizer");
    if (!args.has("--jsonl"))
        throw Error(ErrorKind::InvalidArgument, "tokenize needs --jsonl (stdin: one JSON string per line)");
    const auto tokenizer = Tokenizer::from_file(path);

    std::ios::sync_with_stdio(false);
    std::string line;
    std::string out;
    for (std::size_t line_no = 1; std::getline(std::cin, line); ++line_no) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        const nlohmann::json value = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
        if (value.is_discarded() || !value.is_string()) {
            std::fprintf(stderr, "qwendesk-cli tokenize: stdin line %zu is not a JSON string: %.80s\n", line_no,
                         line.c_str());
            return 1;
        }
        const auto ids = tokenizer->encode(value.get_ref<const std::string&>());
        out.assign("[");
        for (std::size_t i = 0; i < ids.size(); ++i) {
            if (i) out += ',';
            out += std::to_string(ids[i]);
        }
        out += "]\n";
        std::fwrite(out.data(), 1, out.size(), stdout);
        std::fflush(stdout);
    }
    return 0;
}

}  // namespace qwendesk::cli
