#include "tokenizer/bpe_model.h"

#include <algorithm>
#include <queue>

#include "qwendesk/errors.h"
#include "tokenizer/byte_level.h"
#include "tokenizer/utf8.h"

namespace qwendesk::tokenizer {

namespace {

std::uint64_t mix(std::uint64_t k) {
    k ^= k >> 33;
    k *= 0xff51afd7ed558ccdULL;
    k ^= k >> 33;
    return k;
}

}  // namespace

BpeModel::BpeModel(const std::unordered_map<std::string_view, TokenId>& text_to_id,
                   const std::vector<std::pair<std::string, std::string>>& merges, const std::string& origin) {
    for (int b = 0; b < 256; ++b) {
        std::string text;
        utf8_append(text, byte_to_char(static_cast<std::uint8_t>(b)));
        auto it = text_to_id.find(text);
        byte_token_[b] = it == text_to_id.end() ? -1 : it->second;
    }

    std::size_t capacity = 16;
    while (capacity < merges.size() * 2) capacity <<= 1;
    slots_.assign(capacity, Slot{kEmpty, {0, 0}});
    mask_ = capacity - 1;

    std::string joined;
    for (std::size_t rank = 0; rank < merges.size(); ++rank) {
        const auto& [left, right] = merges[rank];
        auto lookup = [&](std::string_view text, const char* what) {
            auto it = text_to_id.find(text);
            if (it == text_to_id.end())
                throw Error(ErrorKind::CorruptFile, origin + ": merge #" + std::to_string(rank + 1) + " (\"" + left +
                                                        " " + right + "\"): " + what + " \"" + std::string(text) +
                                                        "\" is not in the vocabulary");
            return it->second;
        };
        const TokenId a = lookup(left, "token");
        const TokenId b = lookup(right, "token");
        joined.assign(left).append(right);
        const TokenId merged = lookup(joined, "merged token");
        // A repeated pair keeps its last rank, as Hugging Face's map construction does.
        insert(a, b, Merge{static_cast<std::int32_t>(rank), merged});
    }
}

void BpeModel::insert(TokenId a, TokenId b, Merge m) {
    const std::uint64_t key = key_of(a, b);
    for (std::uint64_t i = mix(key) & mask_;; i = (i + 1) & mask_) {
        Slot& s = slots_[i];
        if (s.key == kEmpty) {
            s.key = key;
            s.merge = m;
            ++merge_count_;
            return;
        }
        if (s.key == key) {
            s.merge = m;
            return;
        }
    }
}

const BpeModel::Merge* BpeModel::find(TokenId a, TokenId b) const {
    const std::uint64_t key = key_of(a, b);
    for (std::uint64_t i = mix(key) & mask_;; i = (i + 1) & mask_) {
        const Slot& s = slots_[i];
        if (s.key == key) return &s.merge;
        if (s.key == kEmpty) return nullptr;
    }
}

void BpeModel::encode_piece(std::string_view bytes, std::vector<TokenId>& out) const {
    struct Symbol {
        TokenId id;
        std::int32_t prev;
        std::int32_t next;
        bool alive;
    };
    struct Candidate {
        std::int32_t rank;
        std::int32_t pos;
        TokenId new_id;
        bool operator>(const Candidate& o) const { return rank != o.rank ? rank > o.rank : pos > o.pos; }
    };

    std::vector<Symbol> sym;
    sym.reserve(bytes.size());
    for (unsigned char ch : bytes) {
        const TokenId id = byte_token_[ch];
        if (id < 0) continue;
        const auto n = static_cast<std::int32_t>(sym.size());
        sym.push_back({id, n - 1, n + 1, true});
    }
    if (sym.empty()) return;
    sym.back().next = -1;
    if (sym.size() == 1) {
        out.push_back(sym[0].id);
        return;
    }

    std::vector<Candidate> heap_storage;
    heap_storage.reserve(sym.size());
    std::priority_queue<Candidate, std::vector<Candidate>, std::greater<>> heap(std::greater<>{},
                                                                                std::move(heap_storage));
    auto consider = [&](std::int32_t pos) {
        if (pos < 0) return;
        const std::int32_t next = sym[pos].next;
        if (next < 0) return;
        if (const Merge* m = find(sym[pos].id, sym[next].id)) heap.push({m->rank, pos, m->new_id});
    };
    for (std::int32_t i = 0; i + 1 < static_cast<std::int32_t>(sym.size()); ++i) consider(i);

    while (!heap.empty()) {
        const Candidate top = heap.top();
        heap.pop();
        Symbol& left = sym[top.pos];
        if (!left.alive || left.next < 0) continue;
        Symbol& right = sym[left.next];
        const Merge* m = find(left.id, right.id);
        if (!m || m->new_id != top.new_id) continue;  // stale: a neighbour changed since it was queued
        left.id = top.new_id;
        right.alive = false;
        left.next = right.next;
        if (right.next >= 0) sym[right.next].prev = top.pos;
        consider(left.prev);
        consider(top.pos);
    }
    for (std::int32_t i = 0; i >= 0; i = sym[i].next) out.push_back(sym[i].id);
}

}  // namespace qwendesk::tokenizer
