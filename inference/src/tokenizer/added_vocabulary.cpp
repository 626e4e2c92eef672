#include "tokenizer/added_vocabulary.h"

#include <algorithm>

namespace qwendesk::tokenizer {

AddedVocabulary::AddedVocabulary(std::vector<TokenizerSpec::Added> added) : added_(std::move(added)) {
    for (std::size_t i = 0; i < added_.size(); ++i) {
        const auto& a = added_[i];
        index_by_id_.emplace(a.id, i);
        if (a.content.empty()) continue;  // an empty token can never be matched
        if (!id_by_content_.emplace(a.content, a.id).second) continue;  // the first of duplicate contents wins
        by_first_byte_[static_cast<unsigned char>(a.content[0])].push_back(i);
    }
    for (auto& list : by_first_byte_) {
        std::stable_sort(list.begin(), list.end(),
                         [&](std::size_t x, std::size_t y) { return added_[x].content.size() > added_[y].content.size(); });
    }
}

std::vector<AddedVocabulary::Segment> AddedVocabulary::split(std::string_view text) const {
    std::vector<Segment> out;
    std::size_t plain_begin = 0;
    for (std::size_t i = 0; i < text.size();) {
        const auto& candidates = by_first_byte_[static_cast<unsigned char>(text[i])];
        const TokenizerSpec::Added* hit = nullptr;
        for (std::size_t k : candidates) {
            const auto& c = added_[k].content;
            if (text.compare(i, c.size(), c) == 0) {
                hit = &added_[k];
                break;
            }
        }
        if (!hit) {
            ++i;
            continue;
        }
        if (plain_begin < i) out.push_back({plain_begin, i, -1});
        out.push_back({i, i + hit->content.size(), hit->id});
        i += hit->content.size();
        plain_begin = i;
    }
    if (plain_begin < text.size()) out.push_back({plain_begin, text.size(), -1});
    return out;
}

const TokenizerSpec::Added* AddedVocabulary::by_id(TokenId id) const {
    auto it = index_by_id_.find(id);
    return it == index_by_id_.end() ? nullptr : &added_[it->second];
}

std::optional<TokenId> AddedVocabulary::by_content(std::string_view content) const {
    auto it = id_by_content_.find(content);
    if (it == id_by_content_.end()) return std::nullopt;
    return it->second;
}

}  // namespace qwendesk::tokenizer
