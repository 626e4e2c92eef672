#include "qwendesk/errors.h"
#include "qwendesk/tokenizer.h"
namespace qwendesk {
std::shared_ptr<const Tokenizer> Tokenizer::from_json_text(std::string_view, const std::string&) {
    throw Error(ErrorKind::Unsupported, "tokenizer not built yet");
}
}  // namespace qwendesk
