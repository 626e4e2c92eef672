#include <gtest/gtest.h>

#include "qwendesk/thinking_splitter.h"

using qwendesk::ThinkingSplitter;

namespace {

// Feeds `chunks` one by one and returns (thinking, answer) as the consumer would assemble them.
std::pair<std::string, std::string> stream(const std::vector<std::string>& chunks, bool starts_in_thinking = false) {
    ThinkingSplitter s(starts_in_thinking);
    std::pair<std::string, std::string> out;
    auto take = [&](const std::vector<ThinkingSplitter::Piece>& pieces) {
        for (const auto& p : pieces) (p.thinking ? out.first : out.second) += p.text;
    };
    for (const auto& c : chunks) take(s.push(c));
    take(s.finish());
    return out;
}

std::vector<std::string> bytes_of(const std::string& s) {
    std::vector<std::string> v;
    for (char c : s) v.emplace_back(1, c);
    return v;
}

}  // namespace

TEST(ThinkingSplitter, TypicalQwen3Reply) {
    const std::string reply = "<think>\nLet me add 2 and 2.\n</think>\n\nThe answer is 4.";
    auto [thinking, answer] = ThinkingSplitter::split(reply);
    EXPECT_EQ(thinking, "Let me add 2 and 2.");
    EXPECT_EQ(answer, "The answer is 4.");
}

TEST(ThinkingSplitter, TagsSplitAcrossEveryByteGiveTheSameResult) {
    const std::string reply = "<think>\nstep one\nstep two\n</think>\n\nfinal <b>answer</b>";
    EXPECT_EQ(stream(bytes_of(reply)), ThinkingSplitter::split(reply));
    EXPECT_EQ(stream(bytes_of(reply)).second, "final <b>answer</b>");
}

TEST(ThinkingSplitter, ReplyThatStartsInsideThinking) {
    auto [thinking, answer] = stream({"I should ", "greet.\n</thi", "nk>\n\nHello!"}, /*starts_in_thinking=*/true);
    EXPECT_EQ(thinking, "I should greet.");
    EXPECT_EQ(answer, "Hello!");
}

TEST(ThinkingSplitter, EmptyThinkBlockOfNonThinkingMode) {
    auto [thinking, answer] = ThinkingSplitter::split("<think>\n\n</think>\n\nJust the answer.");
    EXPECT_EQ(thinking, "");
    EXPECT_EQ(answer, "Just the answer.");
}

TEST(ThinkingSplitter, SeveralThinkingBlocks) {
    ThinkingSplitter s;
    auto pieces = s.push("<think>a</think>first<think>b</think>second");
    auto rest = s.finish();
    pieces.insert(pieces.end(), rest.begin(), rest.end());
    std::vector<ThinkingSplitter::Piece> want{{true, "a"}, {false, "first"}, {true, "b"}, {false, "second"}};
    EXPECT_EQ(pieces, want);
    EXPECT_EQ(s.thinking_blocks(), 2);
}

TEST(ThinkingSplitter, StopInTheMiddleOfThinkingKeepsTheThought) {
    auto [thinking, answer] = stream({"<think>\nhalf a thou", "ght"});
    EXPECT_EQ(thinking, "half a thought");
    EXPECT_EQ(answer, "");
}

TEST(ThinkingSplitter, PartialTagAtEndIsPlainText) {
    auto [thinking, answer] = stream({"a < b and x </thi"});
    EXPECT_EQ(thinking, "");
    EXPECT_EQ(answer, "a < b and x </thi");
}

TEST(ThinkingSplitter, NearMissTagsAreText) {
    auto [thinking, answer] = ThinkingSplitter::split("<thinking>not a tag</thinking> <think >");
    EXPECT_EQ(thinking, "");
    EXPECT_EQ(answer, "<thinking>not a tag</thinking> <think >");
}

TEST(ThinkingSplitter, StrayCloseTagEndsThinking) {
    auto [thinking, answer] = ThinkingSplitter::split("thought without opening</think>\n\nanswer", true);
    EXPECT_EQ(thinking, "thought without opening");
    EXPECT_EQ(answer, "answer");
}

TEST(ThinkingSplitter, InnerWhitespaceIsKeptPaddingIsDropped) {
    auto [thinking, answer] = stream({"<think>\n\n  line 1\n\n", "line 2\n\n", "</think>\n\n", "  code:\n    x = 1\n"});
    EXPECT_EQ(thinking, "line 1\n\nline 2");
    EXPECT_EQ(answer, "code:\n    x = 1");
}
