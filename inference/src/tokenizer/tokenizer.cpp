// The Qwen tokenizer: added-token split, NFC, Qwen2 split regex, byte-level BPE; decoding via the byte table.
#include "qwendesk/tokenizer.h"
#include "platform/paths.h"

#include <algorithm>
#include <unordered_map>

#include "platform/mapped_file.h"
#include "qwendesk/errors.h"
#include "tokenizer/added_vocabulary.h"
#include "tokenizer/bpe_model.h"
#include "tokenizer/byte_level.h"
#include "tokenizer/pre_tokenizer.h"
#include "tokenizer/tokenizer_json.h"
#include "tokenizer/utf8.h"

namespace qwendesk {

namespace {

using tokenizer::AddedVocabulary;
using tokenizer::BpeModel;

constexpr std::size_t kMaxVocab = std::size_t{1} << 24;

// Builds the token-text index before the BPE model needs it (member initialisation order).
std::unordered_map<std::string_view, TokenId> index_vocab(const std::vector<std::string>& vocab) {
    std::unordered_map<std::string_view, TokenId> index;
    index.reserve(vocab.size());
    for (std::size_t id = 0; id < vocab.size(); ++id) {
        if (!vocab[id].empty()) index.emplace(vocab[id], static_cast<TokenId>(id));  // first id of a repeated text wins
    }
    return index;
}

std::vector<TokenizerSpec::Added> checked_added(std::vector<TokenizerSpec::Added> added, const std::string& origin) {
    for (const auto& a : added) {
        if (a.id < 0 || static_cast<std::size_t>(a.id) >= kMaxVocab)
            throw Error(ErrorKind::CorruptFile, origin + ": added token \"" + a.content + "\" has an invalid id " +
                                                    std::to_string(a.id));
    }
    return added;
}

class QwenTokenizer final : public Tokenizer {
public:
    QwenTokenizer(TokenizerSpec spec, const std::string& origin)
        : vocab_(std::move(spec.vocab)),
          text_to_id_(index_vocab(vocab_)),
          bpe_(text_to_id_, spec.merges, origin),
          added_(checked_added(std::move(spec.added), origin)) {
        if (vocab_.size() > kMaxVocab)
            throw Error(ErrorKind::CorruptFile, origin + ": vocabulary of " + std::to_string(vocab_.size()) +
                                                    " tokens is above the limit");
        if (text_to_id_.empty()) throw Error(ErrorKind::CorruptFile, origin + ": the vocabulary is empty");
        std::size_t size = vocab_.size();
        while (size > 0 && vocab_[size - 1].empty()) --size;
        for (const auto& a : added_.all()) size = std::max(size, static_cast<std::size_t>(a.id) + 1);
        vocab_size_ = size;

        // Raw bytes of every id, in one buffer; added tokens take precedence over vocabulary entries.
        kind_.assign(size, Kind::None);
        offsets_.assign(size + 1, 0);
        std::vector<const TokenizerSpec::Added*> added_at(size, nullptr);
        for (const auto& a : added_.all()) {
            if (!added_at[a.id]) added_at[a.id] = &a;
        }
        for (std::size_t id = 0; id < size; ++id) {
            offsets_[id] = static_cast<std::uint32_t>(bytes_.size());
            if (const auto* a = added_at[id]) {
                bytes_ += tokenizer::token_text_to_bytes(a->content);
                kind_[id] = a->special ? Kind::Special : Kind::Added;
            } else if (id < vocab_.size() && !vocab_[id].empty()) {
                bytes_ += tokenizer::token_text_to_bytes(vocab_[id]);
                kind_[id] = Kind::Regular;
            }
            if (bytes_.size() > 0xFFFFFFF0u) throw Error(ErrorKind::CorruptFile, origin + ": vocabulary too large");
        }
        offsets_[size] = static_cast<std::uint32_t>(bytes_.size());
    }

    std::vector<TokenId> encode(std::string_view text) const override {
        std::string repaired;
        if (!tokenizer::utf8_is_valid(text)) {
            repaired = tokenizer::utf8_lossy(text);
            text = repaired;
        }
        std::vector<TokenId> ids;
        ids.reserve(text.size() / 3 + 4);
        for (const auto& seg : added_.split(text)) {
            if (seg.id >= 0) {
                ids.push_back(seg.id);
                continue;
            }
            const std::string normalized = tokenizer::nfc_normalize(text.substr(seg.begin, seg.end - seg.begin));
            const std::string_view norm(normalized);
            for (const auto& piece : tokenizer::qwen2_split(norm))
                bpe_.encode_piece(norm.substr(piece.begin, piece.end - piece.begin), ids);
        }
        return ids;
    }

    std::string decode(const std::vector<TokenId>& ids, bool skip_special) const override {
        std::string raw;
        for (TokenId id : ids) append_bytes(id, skip_special, raw);
        return tokenizer::utf8_lossy(raw);
    }

    std::string token_bytes(TokenId id) const override {
        std::string out;
        append_bytes(id, false, out);
        return out;
    }

    std::optional<TokenId> token_id(std::string_view token_text) const override {
        if (auto id = added_.by_content(token_text)) return id;
        auto it = text_to_id_.find(token_text);
        if (it == text_to_id_.end()) return std::nullopt;
        return it->second;
    }

    bool is_special(TokenId id) const override { return known(id) && kind_[id] == Kind::Special; }

    std::size_t vocab_size() const override { return vocab_size_; }

    // Appends the raw bytes of one id (nothing for unknown ids, or special ones when skipping them).
    void append_bytes(TokenId id, bool skip_special, std::string& out) const {
        if (!known(id) || kind_[id] == Kind::None) return;
        if (skip_special && kind_[id] == Kind::Special) return;
        out.append(bytes_, offsets_[id], offsets_[id + 1] - offsets_[id]);
    }

private:
    enum class Kind : std::uint8_t { None, Regular, Added, Special };

    bool known(TokenId id) const { return id >= 0 && static_cast<std::size_t>(id) < vocab_size_; }

    std::vector<std::string> vocab_;
    std::unordered_map<std::string_view, TokenId> text_to_id_;  // views into vocab_
    BpeModel bpe_;
    AddedVocabulary added_;
    std::size_t vocab_size_ = 0;
    std::vector<Kind> kind_;
    std::string bytes_;
    std::vector<std::uint32_t> offsets_;
};

}  // namespace

std::shared_ptr<const Tokenizer> Tokenizer::from_spec(TokenizerSpec spec) {
    return std::make_shared<const QwenTokenizer>(std::move(spec), "tokenizer spec");
}

std::shared_ptr<const Tokenizer> Tokenizer::from_json_text(std::string_view json_text, const std::string& origin) {
    return std::make_shared<const QwenTokenizer>(tokenizer::parse_tokenizer_json(json_text, origin), origin);
}

std::shared_ptr<const Tokenizer> Tokenizer::from_file(const std::filesystem::path& path) {
    std::error_code ec;
    std::filesystem::path file = path;
    if (std::filesystem::is_directory(path, ec)) {
        file = path / "tokenizer.json";
        if (!std::filesystem::exists(file, ec))
            throw Error(ErrorKind::FileNotFound, "no tokenizer.json in " + path_to_utf8(path));
    }
    const MappedFile mapped(file);
    const std::string_view text(reinterpret_cast<const char*>(mapped.data()), mapped.size());
    return from_json_text(text, path_to_utf8(file));
}

}  // namespace qwendesk
