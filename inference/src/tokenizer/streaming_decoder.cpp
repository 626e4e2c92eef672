// Streaming decode: bytes of each token are appended to a pending buffer; only complete UTF-8 characters
// leave it. Bytes that can never become a character are replaced by U+FFFD as soon as that is certain.
#include "qwendesk/errors.h"
#include "qwendesk/tokenizer.h"
#include "tokenizer/utf8.h"

namespace qwendesk {

StreamingDecoder::StreamingDecoder(std::shared_ptr<const Tokenizer> tokenizer, bool skip_special)
    : tokenizer_(std::move(tokenizer)), skip_special_(skip_special) {
    if (!tokenizer_) throw Error(ErrorKind::InvalidArgument, "StreamingDecoder needs a tokenizer");
}

std::string StreamingDecoder::push(TokenId id) {
    if (skip_special_ && tokenizer_->is_special(id)) return {};
    pending_ += tokenizer_->token_bytes(id);
    // Everything up to an incomplete-but-still-valid tail is final.
    std::size_t i = 0;
    std::string out;
    while (i < pending_.size()) {
        if (static_cast<unsigned char>(pending_[i]) < 0x80) {
            out += pending_[i++];
            continue;
        }
        if (tokenizer::utf8_is_incomplete_tail(pending_, i)) break;
        std::size_t subpart = 0;
        const std::size_t len = tokenizer::utf8_sequence_length(pending_, i, &subpart);
        if (len != 0) {
            out.append(pending_, i, len);
            i += len;
        } else {
            out += "\xEF\xBF\xBD";
            i += subpart;
        }
    }
    pending_.erase(0, i);
    return out;
}

std::string StreamingDecoder::flush() {
    std::string out = tokenizer::utf8_lossy(pending_);
    pending_.clear();
    return out;
}

void StreamingDecoder::reset() { pending_.clear(); }

}  // namespace qwendesk
