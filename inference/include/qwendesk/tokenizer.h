// Qwen3's byte-level BPE tokenizer, built from a Hugging Face tokenizer.json or from GGUF metadata.
// Pipeline stages are named as tokenizer.json names them: normalizer (NFC), pre_tokenizer (Qwen2 split regex,
// then ByteLevel), model (BPE with merge ranks), decoder (ByteLevel). Added tokens are matched in raw text first.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace qwendesk {

using TokenId = std::int32_t;

// What a tokenizer is made of, independent of the file it came from (tokenizer.json or GGUF).
struct TokenizerSpec {
    std::vector<std::string> vocab;                            // id -> token text in GPT-2 byte-to-unicode form
    std::vector<std::pair<std::string, std::string>> merges;   // in rank order
    struct Added {
        TokenId id;
        std::string content;  // raw text, matched verbatim in input
        bool special;         // true: skipped by decode(skip_special=true)
    };
    std::vector<Added> added;
};

class Tokenizer {
public:
    // From a tokenizer.json file, or a directory that holds one. Throws qwendesk::Error naming the problem.
    static std::shared_ptr<const Tokenizer> from_file(const std::filesystem::path& path);
    // From the text of a tokenizer.json (for bundled resources).
    static std::shared_ptr<const Tokenizer> from_json_text(std::string_view json_text, const std::string& origin);
    static std::shared_ptr<const Tokenizer> from_spec(TokenizerSpec spec);

    virtual ~Tokenizer() = default;

    virtual std::vector<TokenId> encode(std::string_view text) const = 0;
    // Decodes ids to text; ids without a token (e.g. 151669..151935 in Qwen3) decode to nothing. Bytes that
    // do not form valid UTF-8 are replaced by U+FFFD as Hugging Face does.
    virtual std::string decode(const std::vector<TokenId>& ids, bool skip_special = false) const = 0;
    // The raw bytes of one token (empty for unknown ids).
    virtual std::string token_bytes(TokenId id) const = 0;
    virtual std::optional<TokenId> token_id(std::string_view token_text) const = 0;
    virtual bool is_special(TokenId id) const = 0;
    virtual std::size_t vocab_size() const = 0;  // highest known id + 1
};

// Turns a stream of ids into text without ever emitting half a UTF-8 character: incomplete trailing bytes are
// held until a later token completes them. Invalid sequences that can never complete become U+FFFD.
class StreamingDecoder {
public:
    explicit StreamingDecoder(std::shared_ptr<const Tokenizer> tokenizer, bool skip_special = false);
    // Returns the text that became complete with this token (possibly empty).
    std::string push(TokenId id);
    // Returns whatever is still held, with U+FFFD for incomplete bytes (call at the end of a stream).
    std::string flush();
    void reset();

private:
    std::shared_ptr<const Tokenizer> tokenizer_;
    bool skip_special_;
    std::string pending_;
};

}  // namespace qwendesk
