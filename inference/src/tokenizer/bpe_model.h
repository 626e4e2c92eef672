// The BPE model: merge ranks over token ids, applied to the bytes of one pre-tokenized piece.
// Merging follows Hugging Face's BPE (no dropout): repeatedly merge the adjacent pair with the lowest rank,
// leftmost first, using a heap so that long pieces stay O(n log n).
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "qwendesk/tokenizer.h"

namespace qwendesk::tokenizer {

class BpeModel {
public:
    // `text_to_id` maps token texts (byte-level form) to ids; `merges` are token-text pairs in rank order.
    // Throws Error(CorruptFile) naming `origin` when a merge refers to a token the vocabulary lacks.
    BpeModel(const std::unordered_map<std::string_view, TokenId>& text_to_id,
             const std::vector<std::pair<std::string, std::string>>& merges, const std::string& origin);

    // Appends the ids of one piece of raw bytes. Bytes whose single-byte token is missing are dropped
    // (as Hugging Face does without an unk token).
    void encode_piece(std::string_view bytes, std::vector<TokenId>& out) const;

    std::size_t merge_count() const { return merge_count_; }

private:
    struct Merge {
        std::int32_t rank;
        TokenId new_id;
    };
    // Open-addressing table keyed by (left id, right id).
    struct Slot {
        std::uint64_t key;  // kEmpty when unused
        Merge merge;
    };
    static constexpr std::uint64_t kEmpty = ~std::uint64_t{0};

    static std::uint64_t key_of(TokenId a, TokenId b) {
        return (static_cast<std::uint64_t>(static_cast<std::uint32_t>(a)) << 32) | static_cast<std::uint32_t>(b);
    }
    void insert(TokenId a, TokenId b, Merge m);
    const Merge* find(TokenId a, TokenId b) const;

    std::array<TokenId, 256> byte_token_{};
    std::vector<Slot> slots_;
    std::uint64_t mask_ = 0;
    std::size_t merge_count_ = 0;
};

}  // namespace qwendesk::tokenizer
