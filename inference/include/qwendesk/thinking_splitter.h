// Separates a streamed Qwen3 reply into thinking and answer text as it arrives. It copes with what breaks
// simpler parsers: tags split across chunks, a reply that starts inside a thinking block (the prompt
// already opened <think>), several thinking blocks, a stream that stops mid-thought, and stray closing tags.
// Whitespace that only pads a section (the newlines around <think>…</think>) is dropped; inner text is kept.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace qwendesk {

class ThinkingSplitter {
public:
    struct Piece {
        bool thinking;
        std::string text;
        bool operator==(const Piece&) const = default;
    };

    explicit ThinkingSplitter(bool starts_in_thinking = false);

    // Feeds more reply text; returns the pieces that became certain (text that might still turn out to be the
    // start of a tag, or padding before a tag, is held back).
    std::vector<Piece> push(std::string_view text);
    // Ends the stream: returns what was held back (a partial tag is plain text after all).
    std::vector<Piece> finish();

    bool in_thinking() const { return thinking_; }
    // How many thinking blocks have been opened so far.
    int thinking_blocks() const { return blocks_; }

    // Splits a whole reply at once (for stored messages and non-streaming callers).
    static std::pair<std::string, std::string> split(std::string_view reply, bool starts_in_thinking = false);

private:
    void emit_text(std::vector<Piece>& out, std::string_view text);
    void switch_to(bool thinking);

    bool thinking_;
    int blocks_ = 0;
    bool at_section_start_ = true;  // leading whitespace of a section is dropped
    std::string pending_;           // bytes that may begin a tag
    std::string held_whitespace_;   // trailing whitespace of a section, emitted only if more text follows
};

}  // namespace qwendesk
