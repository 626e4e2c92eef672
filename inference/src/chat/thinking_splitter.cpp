#include "qwendesk/thinking_splitter.h"

namespace qwendesk {

namespace {

constexpr std::string_view kOpen = "<think>";
constexpr std::string_view kClose = "</think>";

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

// Length of the longest suffix of `text` that is a proper prefix of `tag`.
std::size_t partial_tag_suffix(std::string_view text, std::string_view tag) {
    for (std::size_t len = std::min(text.size(), tag.size() - 1); len > 0; --len)
        if (text.substr(text.size() - len) == tag.substr(0, len)) return len;
    return 0;
}

}  // namespace

ThinkingSplitter::ThinkingSplitter(bool starts_in_thinking) : thinking_(starts_in_thinking) {
    if (starts_in_thinking) blocks_ = 1;
}

void ThinkingSplitter::switch_to(bool thinking) {
    thinking_ = thinking;
    if (thinking) ++blocks_;
    at_section_start_ = true;
    held_whitespace_.clear();  // padding before a tag is dropped
}

void ThinkingSplitter::emit_text(std::vector<Piece>& out, std::string_view text) {
    if (at_section_start_) {
        std::size_t skip = 0;
        while (skip < text.size() && is_space(text[skip])) ++skip;
        text.remove_prefix(skip);
        if (text.empty()) return;
        at_section_start_ = false;
    }
    // Hold trailing whitespace back until we know whether a tag or more text follows it.
    std::size_t end = text.size();
    while (end > 0 && is_space(text[end - 1])) --end;
    std::string body = held_whitespace_;
    if (end == 0) {
        held_whitespace_ += std::string(text);
        return;
    }
    body += std::string(text.substr(0, end));
    held_whitespace_ = std::string(text.substr(end));
    if (!out.empty() && out.back().thinking == thinking_) out.back().text += body;
    else out.push_back(Piece{thinking_, std::move(body)});
}

std::vector<ThinkingSplitter::Piece> ThinkingSplitter::push(std::string_view text) {
    std::vector<Piece> out;
    pending_ += text;
    std::string_view rest = pending_;
    std::string consumed_tail;
    for (;;) {
        const std::size_t open = rest.find(kOpen), close = rest.find(kClose);
        const std::size_t tag_at = std::min(open, close);
        if (tag_at == std::string_view::npos) break;
        emit_text(out, rest.substr(0, tag_at));
        if (tag_at == open) {
            switch_to(true);
            rest.remove_prefix(tag_at + kOpen.size());
        } else {
            // A stray </think> while answering still ends "thinking" so later text is the answer.
            switch_to(false);
            rest.remove_prefix(tag_at + kClose.size());
        }
    }
    const std::size_t hold = std::max(partial_tag_suffix(rest, kOpen), partial_tag_suffix(rest, kClose));
    emit_text(out, rest.substr(0, rest.size() - hold));
    pending_ = std::string(rest.substr(rest.size() - hold));
    return out;
}

std::vector<ThinkingSplitter::Piece> ThinkingSplitter::finish() {
    std::vector<Piece> out;
    std::string rest;
    rest.swap(pending_);
    emit_text(out, rest);
    held_whitespace_.clear();
    return out;
}

std::pair<std::string, std::string> ThinkingSplitter::split(std::string_view reply, bool starts_in_thinking) {
    ThinkingSplitter s(starts_in_thinking);
    std::pair<std::string, std::string> result;
    auto take = [&](const std::vector<Piece>& pieces) {
        for (const auto& p : pieces) {
            std::string& dst = p.thinking ? result.first : result.second;
            // Separate the texts of several thinking blocks by a blank line.
            if (p.thinking && !dst.empty() && s.thinking_blocks() > 1 && dst.back() != '\n') dst += "\n\n";
            dst += p.text;
        }
    };
    take(s.push(reply));
    take(s.finish());
    return result;
}

}  // namespace qwendesk
