// Added tokens (<|im_start|>, <think>, ...): matched verbatim in the raw input before normalisation,
// leftmost-longest as Hugging Face's added-vocabulary trie does, whether `special` or not.
#pragma once

#include <array>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "qwendesk/tokenizer.h"

namespace qwendesk::tokenizer {

class AddedVocabulary {
public:
    AddedVocabulary() = default;
    explicit AddedVocabulary(std::vector<TokenizerSpec::Added> added);
    // The content index points into added_, whose elements stay put when the vector is moved, not copied.
    AddedVocabulary(const AddedVocabulary&) = delete;
    AddedVocabulary& operator=(const AddedVocabulary&) = delete;
    AddedVocabulary(AddedVocabulary&&) = default;
    AddedVocabulary& operator=(AddedVocabulary&&) = default;

    struct Segment {
        std::size_t begin;
        std::size_t end;
        TokenId id;  // -1: ordinary text to normalise, pre-tokenize and BPE-encode
    };
    // Splits text into ordinary-text segments and added-token matches, in order (no empty segments).
    std::vector<Segment> split(std::string_view text) const;

    const TokenizerSpec::Added* by_id(TokenId id) const;
    std::optional<TokenId> by_content(std::string_view content) const;
    const std::vector<TokenizerSpec::Added>& all() const { return added_; }

private:
    std::vector<TokenizerSpec::Added> added_;
    std::unordered_map<TokenId, std::size_t> index_by_id_;
    std::unordered_map<std::string_view, TokenId> id_by_content_;
    // For each first byte, the indices of tokens starting with it, longest first.
    std::array<std::vector<std::size_t>, 256> by_first_byte_{};
};

}  // namespace qwendesk::tokenizer
