// GGUF reader: the four fixture files (metadata, tensor names/types/shapes by the Qwen3 rules, the full
// vocabulary), typed getters, and crafted broken files built in memory, each of which must give a
// qwendesk::Error (never a crash, never another exception type).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "fixtures.h"
#include "formats/gguf.h"
#include "formats/quant/dequantize.h"
#include "gguf_builder.h"
#include "qwendesk/errors.h"

using namespace qwendesk;
using qwendesk::test::GgufBuilder;

namespace {

constexpr std::uint32_t kF32 = 0, kF16 = 1, kQ8_0 = 8, kQ4_K = 12, kBF16 = 30;

// The kind of error parsing `bytes` gives, with its message; fails the test on success or on an
// exception that is not a qwendesk::Error.
std::pair<ErrorKind, std::string> parse_error(const std::vector<std::uint8_t>& bytes) {
    try {
        GgufFile::parse(bytes, "crafted.gguf");
    } catch (const Error& e) {
        return {e.kind(), e.what()};
    } catch (const std::exception& e) {
        ADD_FAILURE() << "not a qwendesk::Error: " << e.what();
        return {ErrorKind::Internal, e.what()};
    }
    ADD_FAILURE() << "parsed without error";
    return {ErrorKind::Internal, ""};
}

void expect_corrupt(const std::vector<std::uint8_t>& bytes, const std::string& needle) {
    auto [kind, msg] = parse_error(bytes);
    EXPECT_EQ(kind, ErrorKind::CorruptFile) << msg;
    EXPECT_NE(msg.find("crafted.gguf"), std::string::npos) << msg;
    EXPECT_NE(msg.find(needle), std::string::npos) << "message '" << msg << "' lacks '" << needle << "'";
}

void expect_unsupported(const std::vector<std::uint8_t>& bytes, const std::string& needle) {
    auto [kind, msg] = parse_error(bytes);
    EXPECT_EQ(kind, ErrorKind::Unsupported) << msg;
    EXPECT_NE(msg.find(needle), std::string::npos) << "message '" << msg << "' lacks '" << needle << "'";
}

// A small valid file with every metadata value type and tensors of several types.
GgufBuilder valid_builder() {
    GgufBuilder b;
    b.kv_string("general.architecture", "qwen3");
    b.kv_u32("qwen3.block_count", 2);
    b.kv_i32("test.negative", -5);
    b.kv_u64("test.big", 1ull << 40);
    b.kv_f32("qwen3.rope.freq_base", 1000000.0f);
    b.kv_bool("test.flag", true);
    b.kv_raw("test.u8", 0, {200});
    b.kv_raw("test.i8", 1, {0xFF});
    b.kv_raw("test.u16", 2, GgufBuilder::le(65535, 2));
    b.kv_raw("test.i16", 3, GgufBuilder::le(0x8000, 2));
    b.kv_raw("test.i64", 11, GgufBuilder::le(static_cast<std::uint64_t>(-7ll), 8));
    b.kv_raw("test.f64", 12, GgufBuilder::le(0x3FF8000000000000ull, 8));  // 1.5
    b.kv_array_strings("tokenizer.ggml.tokens", {"a", "b", "", "hello"});
    b.kv_array_i32("tokenizer.ggml.token_type", {1, 3, 4, -1});
    b.kv_array_f32("test.floats", {0.5f, -2.0f});
    b.tensor("token_embd.weight", {32, 4}, kQ8_0, 4 * 34);
    b.tensor("blk.0.attn_norm.weight", {32}, kF32, 32 * 4);
    b.tensor("blk.0.ffn_down.weight", {48, 2, 3}, kF16, 48 * 6 * 2);
    b.tensor("blk.0.ffn_up.weight", {256, 2}, kQ4_K, 2 * 144);
    b.tensor("x.bf16", {2, 1, 1, 2}, kBF16, 4 * 2);
    return b;
}

}  // namespace

// ---- crafted files ----------------------------------------------------------------------------------------

TEST(GgufCrafted, ValidFileReadsBack) {
    const auto bytes = valid_builder().build();
    const GgufFile g = GgufFile::parse(bytes, "crafted.gguf");
    EXPECT_EQ(g.version(), 3u);
    EXPECT_EQ(g.alignment(), 32u);
    EXPECT_EQ(g.data_offset() % 32, 0u);
    EXPECT_EQ(g.metadata().size(), 15u);
    EXPECT_EQ(g.get_string("general.architecture"), "qwen3");
    EXPECT_EQ(g.get_u32("qwen3.block_count"), 2u);
    EXPECT_EQ(g.get_i32("test.negative"), -5);
    EXPECT_EQ(g.get_u64("test.big"), 1ull << 40);
    EXPECT_EQ(g.get_f32("qwen3.rope.freq_base"), 1e6f);
    EXPECT_TRUE(g.get_bool("test.flag"));
    EXPECT_EQ(g.get_u32("test.u8"), 200u);
    EXPECT_EQ(g.get_i32("test.i8"), -1);
    EXPECT_EQ(g.get_u32("test.u16"), 65535u);
    EXPECT_EQ(g.get_i32("test.i16"), -32768);
    EXPECT_EQ(g.get_i32("test.i64"), -7);
    EXPECT_EQ(g.get_f32("test.f64"), 1.5f);
    const auto& tokens = g.get_array_strings("tokenizer.ggml.tokens");
    ASSERT_EQ(tokens.size(), 4u);
    EXPECT_EQ(tokens[0], "a");
    EXPECT_EQ(tokens[2], "");
    EXPECT_EQ(tokens[3], "hello");
    EXPECT_EQ(g.get_array_i32("tokenizer.ggml.token_type"), (std::vector<std::int32_t>{1, 3, 4, -1}));
    EXPECT_EQ(g.get_array_f32("test.floats"), (std::vector<float>{0.5f, -2.0f}));
    EXPECT_EQ(g.get_array_size("tokenizer.ggml.tokens"), 4u);
    EXPECT_FALSE(g.find_u32("absent").has_value());
    EXPECT_EQ(g.find_u32("qwen3.block_count"), 2u);

    ASSERT_EQ(g.tensors().size(), 5u);
    const GgufTensor& e = g.tensor("token_embd.weight");
    EXPECT_EQ(e.type, DType::Q8_0);
    EXPECT_EQ(e.n_dims, 2u);
    EXPECT_EQ(e.ne[0], 32u);
    EXPECT_EQ(e.ne[1], 4u);
    EXPECT_EQ(e.nbytes, 4u * 34);
    EXPECT_EQ(e.row_bytes(), 34u);
    EXPECT_EQ(e.data, bytes.data() + g.data_offset() + e.offset);
    const GgufTensor& d = g.tensor("blk.0.ffn_down.weight");
    EXPECT_EQ(d.n_elements(), 48u * 6);
    EXPECT_EQ(d.n_rows(), 6u);
    EXPECT_EQ(g.tensor("x.bf16").ne[3], 2u);
    EXPECT_EQ(g.find_tensor("nope"), nullptr);
    for (const GgufTensor& t : g.tensors()) {
        std::vector<float> row(t.row_length());
        dequantize_row(t.type, t.row(t.n_rows() - 1), row.data(), row.size());
    }
}

TEST(GgufCrafted, GettersNameKeyAndType) {
    const auto bytes = valid_builder().build();
    const GgufFile g = GgufFile::parse(bytes, "crafted.gguf");
    auto message = [](auto&& f) -> std::string {
        try {
            f();
        } catch (const Error& e) {
            EXPECT_EQ(e.kind(), ErrorKind::CorruptFile);
            return e.what();
        }
        ADD_FAILURE() << "no error";
        return "";
    };
    auto m = message([&] { g.get_u32("general.architecture"); });
    EXPECT_NE(m.find("'general.architecture'"), std::string::npos) << m;
    EXPECT_NE(m.find("string"), std::string::npos) << m;
    m = message([&] { g.get_u32("missing.key"); });
    EXPECT_NE(m.find("'missing.key' is missing"), std::string::npos) << m;
    m = message([&] { g.get_u32("test.negative"); });
    EXPECT_NE(m.find("-5"), std::string::npos) << m;
    m = message([&] { g.get_u32("test.big"); });
    EXPECT_NE(m.find("4294967295"), std::string::npos) << m;
    message([&] { g.get_i32("test.big"); });
    message([&] { g.get_string("qwen3.block_count"); });
    message([&] { g.get_bool("qwen3.block_count"); });
    message([&] { g.get_f32("qwen3.block_count"); });
    message([&] { g.get_array_strings("test.floats"); });
    message([&] { g.get_array_i32("tokenizer.ggml.tokens"); });
    message([&] { g.get_array_f32("tokenizer.ggml.token_type"); });
    m = message([&] { g.tensor("blk.9.missing"); });
    EXPECT_NE(m.find("'blk.9.missing'"), std::string::npos) << m;
}

TEST(GgufCrafted, EveryTruncationIsAnError) {
    const auto full = valid_builder().build();
    for (std::size_t len = 0; len < full.size(); ++len) {
        std::vector<std::uint8_t> cut(full.begin(), full.begin() + static_cast<std::ptrdiff_t>(len));
        try {
            GgufFile::parse(cut, "crafted.gguf");
            FAIL() << "truncated to " << len << " of " << full.size() << " bytes parsed";
        } catch (const Error& e) {
            ASSERT_EQ(e.kind(), ErrorKind::CorruptFile) << len << ": " << e.what();
        }
    }
}

TEST(GgufCrafted, BadMagicAndVersion) {
    GgufBuilder b = valid_builder();
    b.magic = "GGUG";
    expect_corrupt(b.build(), "not a GGUF file");
    b = valid_builder();
    b.version = 1;
    expect_unsupported(b.build(), "version 1");
    b.version = 4;
    expect_unsupported(b.build(), "version 4");
    b.version = 0x03000000;  // a big-endian v3 file read little-endian
    expect_unsupported(b.build(), "big-endian");
    b.version = 0;
    expect_unsupported(b.build(), "version 0");
    b.version = 2;  // v2 has the same layout
    EXPECT_NO_THROW(GgufFile::parse(b.build(), "v2.gguf"));
    expect_corrupt({'G', 'G', 'U', 'F', 3, 0, 0}, "shorter than the 24-byte GGUF header");
}

TEST(GgufCrafted, HugeCountsFailBeforeAllocating) {
    GgufBuilder b = valid_builder();
    b.tensor_count_override = 1ull << 62;
    expect_corrupt(b.build(), "tensor count 4611686018427387904");
    b.tensor_count_override = ~0ull;
    expect_corrupt(b.build(), "tensor count");
    b = valid_builder();
    b.kv_count_override = 1ull << 61;
    expect_corrupt(b.build(), "key/value count");
    b.kv_count_override = ~0ull;
    expect_corrupt(b.build(), "key/value count");
    // One more tensor than there are: the descriptor loop runs into the data section / end.
    b = valid_builder();
    b.tensor_count_override = 6;
    parse_error(b.build());
}

TEST(GgufCrafted, StringAndArrayLengthsPastTheEnd) {
    GgufBuilder b;
    std::vector<std::uint8_t> v = GgufBuilder::le(1ull << 63, 8);
    v.push_back('x');
    b.kv_raw("general.name", 8, v);
    expect_corrupt(b.build(), "'general.name' length 9223372036854775808");
    b = GgufBuilder();
    v = GgufBuilder::le(~0ull, 8);
    b.kv_raw("k", 8, v);
    expect_corrupt(b.build(), "runs past the end");
    // Key length past the end.
    auto bytes = GgufBuilder().build();
    bytes[16] = 1;  // kv count 1
    GgufBuilder::u64(bytes, 1000);
    bytes.push_back('a');
    bytes.resize(bytes.size() + 20, 0);
    expect_corrupt(bytes, "metadata key #0 length 1000");
    // Numeric array: count x element size overflows 64 bits / exceeds the file.
    for (std::uint64_t count : {1ull << 62, (1ull << 61) + 1, 1000ull}) {
        b = GgufBuilder();
        std::vector<std::uint8_t> a = GgufBuilder::le(10, 4);  // u64 elements
        auto c = GgufBuilder::le(count, 8);
        a.insert(a.end(), c.begin(), c.end());
        a.resize(a.size() + 16, 0);
        b.kv_raw("arr", 9, a);
        expect_corrupt(b.build(), "'arr' array of " + std::to_string(count));
    }
    // String array with a huge count, and one whose third string runs past the end.
    b = GgufBuilder();
    std::vector<std::uint8_t> a = GgufBuilder::le(8, 4);
    auto c = GgufBuilder::le(1ull << 60, 8);
    a.insert(a.end(), c.begin(), c.end());
    b.kv_raw("strs", 9, a);
    expect_corrupt(b.build(), "strings cannot fit");
    b = GgufBuilder();
    a = GgufBuilder::le(8, 4);
    c = GgufBuilder::le(3, 8);
    a.insert(a.end(), c.begin(), c.end());
    GgufBuilder::str(a, "one");
    GgufBuilder::str(a, "two");
    GgufBuilder::u64(a, 50);
    a.push_back('z');
    b.kv_raw("strs", 9, a);
    expect_corrupt(b.build(), "'strs' element 2 length 50");
}

TEST(GgufCrafted, BadValueTypes) {
    GgufBuilder b;
    b.kv_raw("weird", 13, {0, 0, 0, 0});
    expect_corrupt(b.build(), "unknown value type 13");
    b = GgufBuilder();
    b.kv_raw("weird", 9, {77, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
    expect_corrupt(b.build(), "array of unknown value type 77");
    b = GgufBuilder();
    std::vector<std::uint8_t> nested = GgufBuilder::le(9, 4);
    auto c = GgufBuilder::le(1, 8);
    nested.insert(nested.end(), c.begin(), c.end());
    b.kv_raw("nested", 9, nested);
    expect_unsupported(b.build(), "array of arrays in metadata key 'nested'");
    b = GgufBuilder();
    b.kv_u32("dup", 1);
    b.kv_u32("dup", 2);
    expect_corrupt(b.build(), "'dup' appears twice");
    b = GgufBuilder();
    b.kv_u32("", 1);
    expect_corrupt(b.build(), "metadata key #0 is empty");
}

TEST(GgufCrafted, Alignment) {
    for (std::uint32_t bad : {0u, 3u, 48u, 1u << 31}) {
        GgufBuilder b = valid_builder();
        b.kv_u32("general.alignment", bad);
        expect_corrupt(b.build(), "general.alignment must be a power of two");
    }
    GgufBuilder b = valid_builder();
    b.kv_string("general.alignment", "32");
    expect_corrupt(b.build(), "general.alignment");
    b = valid_builder();
    b.kv_u32("general.alignment", 64);
    b.alignment = 64;
    const auto bytes = b.build();
    const GgufFile g = GgufFile::parse(bytes, "aligned64.gguf");
    EXPECT_EQ(g.alignment(), 64u);
    EXPECT_EQ(g.data_offset() % 64, 0u);
    for (const auto& t : g.tensors()) EXPECT_EQ(t.offset % 64, 0u);
}

TEST(GgufCrafted, TensorDescriptors) {
    auto one = [](std::vector<std::uint64_t> dims, std::uint32_t type, std::uint64_t bytes,
                  std::optional<std::uint64_t> offset = std::nullopt) {
        GgufBuilder b;
        b.kv_string("general.architecture", "qwen3");
        b.tensor("blk.0.attn_q.weight", std::move(dims), type, bytes, offset);
        return b.build();
    };
    expect_corrupt(one({}, kF32, 4), "'blk.0.attn_q.weight' has n_dims 0");
    expect_corrupt(one({1, 1, 1, 1, 1}, kF32, 4), "'blk.0.attn_q.weight' has n_dims 5 (1..4 allowed)");
    expect_corrupt(one({4, 0}, kF32, 4), "dim 1 = 0");
    expect_corrupt(one({1ull << 32, 1ull << 32}, kF32, 4), "overflows");
    expect_corrupt(one({1ull << 31, 1ull << 31, 4}, kF32, 4), "overflows");
    expect_corrupt(one({1ull << 62, 2}, kF32, 4), "overflows");  // 2^63 elements
    expect_corrupt(one({1ull << 61, 2}, kF32, 4), "overflows");  // bytes overflow
    expect_unsupported(one({32}, 99, 4), "tensor 'blk.0.attn_q.weight' has tensor type id 99");
    expect_unsupported(one({32}, 4, 4), "type id 4");         // removed Q4_2
    expect_unsupported(one({32}, 1000, 4), "type id 1000");   // our F8 id is not a GGUF type
    expect_corrupt(one({48, 2}, kQ8_0, 68), "row length 48 is not a multiple of Q8_0's block of 32");
    expect_corrupt(one({32, 2}, kF32, 256, 16), "offset 16 is not a multiple of the alignment 32");
    expect_corrupt(one({32, 2}, kF32, 256, 1ull << 60), "offset 1152921504606846976 + 256 bytes runs past the end");
    expect_corrupt(one({32, 2}, kF32, 256, ~0ull & ~31ull), "runs past the end");
    expect_corrupt(one({1000, 1000}, kF32, 256), "'blk.0.attn_q.weight': offset 0 + 4000000 bytes runs past the end");
    // The data section itself past the end: a descriptor-only file.
    {
        GgufBuilder b;
        b.tensor("t", {8}, kF32, 0);
        auto bytes = b.build();
        while (bytes.size() % 32 == 0) bytes.pop_back();
        parse_error(bytes);
    }
    // Overlap and duplicates.
    {
        GgufBuilder b;
        b.tensor("a", {32, 2}, kF32, 256, 0);
        b.tensor("b", {32}, kF32, 128, 224);
        expect_corrupt(b.build(), "tensor 'b' at offset 224 overlaps tensor 'a' (offset 0 + 256 bytes)");
    }
    {
        GgufBuilder b;
        b.tensor("a", {32}, kF32, 128, 128);
        b.tensor("b", {32}, kF32, 128, 128);
        expect_corrupt(b.build(), "overlaps");
    }
    {
        GgufBuilder b;
        b.tensor("a", {32}, kF32, 128);
        b.tensor("a", {32}, kF32, 128);
        expect_corrupt(b.build(), "tensor 'a' appears twice");
    }
    {
        GgufBuilder b;
        b.tensor("", {32}, kF32, 128);
        expect_corrupt(b.build(), "tensor #0 has an empty name");
    }
    {
        // Names from the file are shown escaped and shortened in messages.
        GgufBuilder b;
        b.tensor(std::string("bad\x01name") + std::string(200, 'x'), {32}, 77, 128);
        expect_unsupported(b.build(), "'bad\\x01name");
    }
}

TEST(GgufCrafted, RandomMutationsNeverCrash) {
    const auto base = valid_builder().build();
    std::mt19937 rng(2024);
    int parsed = 0;
    for (int iter = 0; iter < 3000; ++iter) {
        auto bytes = base;
        const int flips = 1 + static_cast<int>(rng() % 8);
        for (int k = 0; k < flips; ++k) {
            const std::size_t at = rng() % bytes.size();
            switch (rng() % 3) {
                case 0: bytes[at] = static_cast<std::uint8_t>(rng()); break;
                case 1: bytes[at] ^= static_cast<std::uint8_t>(1u << (rng() % 8)); break;
                default: bytes[at] = (rng() & 1) ? 0xFF : 0x00; break;
            }
        }
        try {
            const GgufFile g = GgufFile::parse(bytes, "mutant.gguf");
            ++parsed;
            for (const GgufTensor& t : g.tensors()) {
                ASSERT_GE(t.data, bytes.data());
                ASSERT_LE(t.data + t.nbytes, bytes.data() + bytes.size());
                if (!can_dequantize(t.type) || t.row_length() > (1u << 20)) continue;
                std::vector<float> row(t.row_length());
                dequantize_row(t.type, t.row(0), row.data(), row.size());
            }
        } catch (const Error&) {
        }
    }
    EXPECT_GT(parsed, 0);
}

// Writes the crafted seed corpus for fuzz_gguf when QWENDESK_GGUF_CORPUS_DIR is set (see
// tests/fuzz/CMakeLists.txt); otherwise it does nothing.
TEST(GgufCrafted, WriteFuzzSeedCorpus) {
    const char* dir = std::getenv("QWENDESK_GGUF_CORPUS_DIR");
    if (!dir) return;  // not a GTEST_SKIP: ctest would report the whole suite as skipped
    std::filesystem::create_directories(dir);
    auto write = [&](const std::string& name, const std::vector<std::uint8_t>& bytes) {
        std::ofstream out(std::filesystem::path(dir) / name, std::ios::binary);
        out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
    };
    write("valid_all_types.gguf", valid_builder().build());
    GgufBuilder v2 = valid_builder();
    v2.version = 2;
    write("valid_v2.gguf", v2.build());
    GgufBuilder a64 = valid_builder();
    a64.kv_u32("general.alignment", 64);
    a64.alignment = 64;
    write("valid_align64.gguf", a64.build());
    GgufBuilder kq;
    kq.kv_string("general.architecture", "qwen3");
    const std::uint32_t types[] = {2, 3, 6, 7, 8, 10, 11, 12, 13, 14, 15, 20, 23, 30, 1, 0};
    const std::uint64_t bytes256[] = {144, 160, 176, 192, 272, 84, 110, 144, 176, 210, 292, 144, 136, 512, 512, 1024};
    for (std::size_t k = 0; k < std::size(types); ++k)
        kq.tensor("t" + std::to_string(k), {256}, types[k], bytes256[k]);
    write("valid_quant_types.gguf", kq.build());
    GgufBuilder vocab;
    vocab.kv_string("general.architecture", "qwen3");
    vocab.kv_array_strings("tokenizer.ggml.tokens", {"!", "\"", "#", "<|im_end|>"});
    vocab.kv_array_strings("tokenizer.ggml.merges", {"! \"", "# #"});
    vocab.kv_array_i32("tokenizer.ggml.token_type", {1, 1, 1, 3});
    write("vocab_only.gguf", vocab.build());
    GgufBuilder overlap;
    overlap.tensor("a", {32, 2}, kF32, 256, 0);
    overlap.tensor("b", {32}, kF32, 128, 224);
    write("bad_overlap.gguf", overlap.build());
    GgufBuilder huge = valid_builder();
    huge.tensor_count_override = 1ull << 62;
    write("bad_huge_tensor_count.gguf", huge.build());
}

// ---- fixture files ------------------------------------------------------------------------------------

namespace {

struct Hparams {
    std::uint32_t layers, hidden, heads, kv_heads, head_dim, ffn;
};

Hparams read_hparams(const GgufFile& g, const std::string& arch) {
    Hparams h{};
    h.layers = g.get_u32(arch + ".block_count");
    h.hidden = g.get_u32(arch + ".embedding_length");
    h.heads = g.get_u32(arch + ".attention.head_count");
    h.kv_heads = g.get_u32(arch + ".attention.head_count_kv");
    h.head_dim = g.get_u32(arch + ".attention.key_length");
    EXPECT_EQ(g.get_u32(arch + ".attention.value_length"), h.head_dim);
    h.ffn = g.get_u32(arch + ".feed_forward_length");
    return h;
}

void expect_shape(const GgufFile& g, const std::string& name, std::vector<std::uint64_t> dims, DType type) {
    const GgufTensor* t = g.find_tensor(name);
    ASSERT_NE(t, nullptr) << name;
    EXPECT_EQ(t->type, type) << name << " is " << dtype_name(t->type);
    ASSERT_EQ(t->n_dims, dims.size()) << name;
    for (std::size_t d = 0; d < dims.size(); ++d) EXPECT_EQ(t->ne[d], dims[d]) << name << " dim " << d;
}

void expect_common_metadata(const GgufFile& g, const std::string& arch) {
    EXPECT_EQ(g.version(), 3u);
    EXPECT_EQ(g.get_string("general.architecture"), arch);
    EXPECT_EQ(g.get_string("general.type"), "model");
    EXPECT_FALSE(g.get_string("general.name").empty());
    EXPECT_EQ(g.get_u32("general.quantization_version"), 2u);
    EXPECT_EQ(g.get_u32(arch + ".context_length"), 40960u);
    EXPECT_EQ(g.get_f32(arch + ".rope.freq_base"), 1e6f);
    EXPECT_EQ(g.get_f32(arch + ".attention.layer_norm_rms_epsilon"), 1e-6f);
    EXPECT_EQ(g.get_string("tokenizer.ggml.model"), "gpt2");
    EXPECT_EQ(g.get_string("tokenizer.ggml.pre"), "qwen2");
    EXPECT_FALSE(g.get_bool("tokenizer.ggml.add_bos_token"));
}

// Vocabulary of a model file: the first N real tokens (N = token_embd rows), all NORMAL.
void expect_model_vocab(const GgufFile& g, std::size_t merges) {
    const auto& tokens = g.get_array_strings("tokenizer.ggml.tokens");
    EXPECT_EQ(tokens.size(), g.tensor("token_embd.weight").ne[1]);
    const auto types = g.get_array_i32("tokenizer.ggml.token_type");
    EXPECT_EQ(types.size(), tokens.size());
    EXPECT_TRUE(std::all_of(types.begin(), types.end(), [](std::int32_t t) { return t == 1; }));
    EXPECT_EQ(g.get_array_strings("tokenizer.ggml.merges").size(), merges);
    EXPECT_FALSE(g.has("tokenizer.ggml.eos_token_id"));
    EXPECT_EQ(tokens[0], "!");
}

void expect_attention(const GgufFile& g, const Hparams& h, std::uint32_t i, DType q, DType k, DType v, DType o) {
    const std::string p = "blk." + std::to_string(i) + ".";
    expect_shape(g, p + "attn_q.weight", {h.hidden, h.heads * h.head_dim}, q);
    expect_shape(g, p + "attn_k.weight", {h.hidden, h.kv_heads * h.head_dim}, k);
    expect_shape(g, p + "attn_v.weight", {h.hidden, h.kv_heads * h.head_dim}, v);
    expect_shape(g, p + "attn_output.weight", {h.heads * h.head_dim, h.hidden}, o);
    expect_shape(g, p + "attn_norm.weight", {h.hidden}, DType::F32);
    expect_shape(g, p + "ffn_norm.weight", {h.hidden}, DType::F32);
    expect_shape(g, p + "attn_q_norm.weight", {h.head_dim}, DType::F32);
    expect_shape(g, p + "attn_k_norm.weight", {h.head_dim}, DType::F32);
}

}  // namespace

TEST(GgufFixture, TinyDenseBf16) {
    QWENDESK_REQUIRE_FIXTURE(path, "gguf/qwen3-tiny-dense-bf16.gguf");
    const GgufFile g = GgufFile::open(path);
    expect_common_metadata(g, "qwen3");
    EXPECT_EQ(g.get_u32("general.file_type"), 32u);
    const Hparams h = read_hparams(g, "qwen3");
    EXPECT_EQ(g.tensors().size(), 24u);
    const std::uint64_t vocab = g.get_array_strings("tokenizer.ggml.tokens").size();
    expect_shape(g, "token_embd.weight", {h.hidden, vocab}, DType::BF16);
    expect_shape(g, "output_norm.weight", {h.hidden}, DType::F32);
    EXPECT_EQ(g.find_tensor("output.weight"), nullptr);  // tied embeddings
    for (std::uint32_t i = 0; i < h.layers; ++i) {
        expect_attention(g, h, i, DType::BF16, DType::BF16, DType::BF16, DType::BF16);
        const std::string p = "blk." + std::to_string(i) + ".";
        expect_shape(g, p + "ffn_gate.weight", {h.hidden, h.ffn}, DType::BF16);
        expect_shape(g, p + "ffn_up.weight", {h.hidden, h.ffn}, DType::BF16);
        expect_shape(g, p + "ffn_down.weight", {h.ffn, h.hidden}, DType::BF16);
    }
    EXPECT_GT(h.heads * h.head_dim, h.hidden);  // q has more rows than hidden in the tiny model
    expect_model_vocab(g, 768);
}

TEST(GgufFixture, TinyMoeQ8_0) {
    QWENDESK_REQUIRE_FIXTURE(path, "gguf/qwen3-tiny-moe-q8_0.gguf");
    const GgufFile g = GgufFile::open(path);
    expect_common_metadata(g, "qwen3moe");
    EXPECT_EQ(g.get_u32("general.file_type"), 7u);
    const Hparams h = read_hparams(g, "qwen3moe");
    const std::uint32_t experts = g.get_u32("qwen3moe.expert_count");
    const std::uint32_t used = g.get_u32("qwen3moe.expert_used_count");
    const std::uint32_t expert_ffn = g.get_u32("qwen3moe.expert_feed_forward_length");
    EXPECT_EQ(experts, 8u);
    EXPECT_EQ(used, 2u);
    EXPECT_TRUE(g.get_bool("qwen3moe.expert_weights_norm"));
    EXPECT_EQ(g.tensors().size(), 27u);
    const std::uint64_t vocab = g.get_array_strings("tokenizer.ggml.tokens").size();
    expect_shape(g, "token_embd.weight", {h.hidden, vocab}, DType::Q8_0);
    expect_shape(g, "output.weight", {h.hidden, vocab}, DType::Q8_0);
    for (std::uint32_t i = 0; i < h.layers; ++i) {
        expect_attention(g, h, i, DType::Q8_0, DType::Q8_0, DType::Q8_0, DType::Q8_0);
        const std::string p = "blk." + std::to_string(i) + ".";
        expect_shape(g, p + "ffn_gate_exps.weight", {h.hidden, expert_ffn, experts}, DType::Q8_0);
        expect_shape(g, p + "ffn_up_exps.weight", {h.hidden, expert_ffn, experts}, DType::Q8_0);
        expect_shape(g, p + "ffn_down_exps.weight", {expert_ffn, h.hidden, experts}, DType::F16);
        expect_shape(g, p + "ffn_gate_inp.weight", {h.hidden, experts}, DType::F32);
    }
    expect_model_vocab(g, 768);
}

TEST(GgufFixture, SmallDenseQ4_K_M) {
    QWENDESK_REQUIRE_FIXTURE(path, "gguf/qwen3-small-dense-q4_k_m.gguf");
    const GgufFile g = GgufFile::open(path);
    expect_common_metadata(g, "qwen3");
    EXPECT_EQ(g.get_u32("general.file_type"), 15u);
    const Hparams h = read_hparams(g, "qwen3");
    EXPECT_EQ(g.tensors().size(), 25u);
    const std::uint64_t vocab = g.get_array_strings("tokenizer.ggml.tokens").size();
    expect_shape(g, "token_embd.weight", {h.hidden, vocab}, DType::Q4_K);
    expect_shape(g, "output.weight", {h.hidden, vocab}, DType::Q6_K);
    for (std::uint32_t i = 0; i < h.layers; ++i) {
        const DType last = i + 1 == h.layers ? DType::Q6_K : DType::Q4_K;  // llama-quantize's Q4_K_M mix
        expect_attention(g, h, i, DType::Q4_K, DType::Q4_K, last, DType::Q4_K);
        const std::string p = "blk." + std::to_string(i) + ".";
        expect_shape(g, p + "ffn_gate.weight", {h.hidden, h.ffn}, DType::Q4_K);
        expect_shape(g, p + "ffn_up.weight", {h.hidden, h.ffn}, DType::Q4_K);
        expect_shape(g, p + "ffn_down.weight", {h.ffn, h.hidden}, last);
    }
    expect_model_vocab(g, 1792);
}

TEST(GgufFixture, VocabOnly) {
    QWENDESK_REQUIRE_FIXTURE(path, "gguf/qwen3-vocab.gguf");
    QWENDESK_REQUIRE_FIXTURE(config, "qwen3-tokenizer/tokenizer_config.json");
    const GgufFile g = GgufFile::open(path);
    EXPECT_TRUE(g.tensors().empty());
    EXPECT_EQ(g.get_string("general.architecture"), "qwen3");
    EXPECT_EQ(g.get_u32("qwen3.block_count"), 28u);
    EXPECT_EQ(g.get_string("tokenizer.ggml.model"), "gpt2");
    EXPECT_EQ(g.get_string("tokenizer.ggml.pre"), "qwen2");
    const auto& tokens = g.get_array_strings("tokenizer.ggml.tokens");
    ASSERT_EQ(tokens.size(), 151936u);
    EXPECT_EQ(g.get_array_strings("tokenizer.ggml.merges").size(), 151387u);
    const auto types = g.get_array_i32("tokenizer.ggml.token_type");
    ASSERT_EQ(types.size(), tokens.size());
    std::map<std::int32_t, int> by_type;
    for (auto t : types) ++by_type[t];
    EXPECT_EQ(by_type[1], 151643);
    EXPECT_EQ(by_type[3], 20);
    EXPECT_EQ(by_type[4], 6);
    EXPECT_EQ(by_type[5], 151936 - 151669);
    EXPECT_EQ(g.get_u32("tokenizer.ggml.eos_token_id"), 151645u);
    EXPECT_EQ(tokens[151645], "<|im_end|>");
    EXPECT_EQ(g.get_u32("tokenizer.ggml.padding_token_id"), 151643u);
    EXPECT_EQ(g.get_u32("tokenizer.ggml.bos_token_id"), 151643u);
    EXPECT_FALSE(g.get_bool("tokenizer.ggml.add_bos_token"));
    EXPECT_EQ(tokens[151667], "<think>");
    EXPECT_EQ(types[151667], 4);
    EXPECT_EQ(tokens[151935], "[PAD151935]");
    const auto cfg = nlohmann::json::parse(qwendesk::test::read_file(config));
    EXPECT_EQ(g.get_string("tokenizer.chat_template"), cfg.at("chat_template").get<std::string>());
}
