// Loading Hugging Face checkpoints: every rule of the format is enforced with a clear error.
#include <gtest/gtest.h>

#include <fstream>

#include "fixtures.h"
#include "formats/safetensors.h"
#include "formats/safetensors_writer.h"
#include "model/config.h"
#include "model/load_safetensors_model.h"
#include "qwendesk/errors.h"

using namespace qwendesk;

namespace {

std::vector<TensorToWrite> two_tensors() {
    return {TensorToWrite{"a", DType::F32, {2, 2}, std::vector<std::uint8_t>(16, 1)},
            TensorToWrite{"b", DType::BF16, {3}, std::vector<std::uint8_t>(6, 2)}};
}

// Builds a file from a header text and a data size.
std::vector<std::uint8_t> raw_file(const std::string& header, std::size_t data_bytes) {
    std::vector<std::uint8_t> out(8 + header.size() + data_bytes, 0);
    const std::uint64_t n = header.size();
    for (int i = 0; i < 8; ++i) out[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(n >> (8 * i));
    std::copy(header.begin(), header.end(), out.begin() + 8);
    return out;
}

void expect_error(const std::vector<std::uint8_t>& bytes, ErrorKind kind, const std::string& mention) {
    try {
        parse_safetensors(bytes, "test.safetensors");
        FAIL() << "expected an error mentioning '" << mention << "'";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), kind) << e.what();
        EXPECT_NE(std::string(e.what()).find(mention), std::string::npos) << e.what();
    }
}

}  // namespace

TEST(Safetensors, RoundTripsWhatTheWriterWrites) {
    auto bytes = serialize_safetensors(two_tensors());
    auto tensors = parse_safetensors(bytes, "mem");
    ASSERT_EQ(tensors.size(), 2u);
    EXPECT_EQ(tensors[0].shape, (std::vector<std::int64_t>{2, 2}));
    EXPECT_EQ(tensors[1].dtype, DType::BF16);
}

TEST(Safetensors, RejectsBrokenFiles) {
    expect_error({1, 2, 3}, ErrorKind::CorruptFile, "too short");
    auto huge = raw_file("{}", 0);
    huge[4] = 0x10;  // header length ~ 68 GB
    expect_error(huge, ErrorKind::CorruptFile, "100 MB");
    auto past = raw_file("{}", 0);
    past[0] = 50;
    expect_error(past, ErrorKind::CorruptFile, "past the end");
    expect_error(raw_file("[1,2]", 0), ErrorKind::CorruptFile, "not a JSON object");
    expect_error(raw_file("{\"a\": {\"dtype\": \"F32\", \"shape\": [2], \"data_offsets\": [0, 4]}}", 4), ErrorKind::CorruptFile,
                 "needs 8");
    expect_error(raw_file("{\"a\": {\"dtype\": \"F32\", \"shape\": [1], \"data_offsets\": [0, 4]}}", 8), ErrorKind::CorruptFile,
                 "belong to no tensor");
    expect_error(raw_file("{\"a\": {\"dtype\": \"F32\", \"shape\": [2], \"data_offsets\": [0, 8]},"
                          " \"b\": {\"dtype\": \"F32\", \"shape\": [1], \"data_offsets\": [4, 8]}}",
                          8),
                 ErrorKind::CorruptFile, "overlap");
    expect_error(raw_file("{\"a\": {\"dtype\": \"F32\", \"shape\": [1], \"data_offsets\": [0, 4]},"
                          " \"a\": {\"dtype\": \"F32\", \"shape\": [1], \"data_offsets\": [4, 8]}}",
                          8),
                 ErrorKind::CorruptFile, "named twice");
    expect_error(raw_file("{\"a\": {\"dtype\": \"F32\", \"shape\": [1], \"data_offsets\": [0, 400]}}", 4), ErrorKind::CorruptFile,
                 "outside the data area");
    expect_error(raw_file("{\"a\": {\"dtype\": \"C64\", \"shape\": [1], \"data_offsets\": [0, 8]}}", 8), ErrorKind::Unsupported,
                 "C64");
    expect_error(raw_file("{\"a\": {\"dtype\": \"F32\", \"shape\": [-1], \"data_offsets\": [0, 4]}}", 4), ErrorKind::CorruptFile,
                 "non-negative");
    expect_error(raw_file("{\"a\": {\"dtype\": \"F32\", \"shape\": [4294967296, 4294967296, 4294967296], \"data_offsets\": [0, 4]}}", 4),
                 ErrorKind::CorruptFile, "overflows");
}

TEST(Safetensors, TruncationAtEveryLengthIsAnErrorNotACrash) {
    auto bytes = serialize_safetensors(two_tensors());
    for (std::size_t len = 0; len < bytes.size(); ++len) {
        std::vector<std::uint8_t> cut(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(len));
        EXPECT_THROW(parse_safetensors(cut, "cut"), Error) << "length " << len;
    }
}

class TempDir : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = std::filesystem::temp_directory_path() /
               ("qwendesk-test-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "-" +
                ::testing::UnitTest::GetInstance()->current_test_info()->name());
        std::filesystem::remove_all(dir_);
        std::filesystem::create_directories(dir_);
    }
    void TearDown() override { std::filesystem::remove_all(dir_); }
    void write(const std::string& name, const std::string& text) { std::ofstream(dir_ / name, std::ios::binary) << text; }
    std::filesystem::path dir_;
};

using SafetensorsFolder = TempDir;

TEST_F(SafetensorsFolder, ShardNamesMayNotLeaveTheFolder) {
    write("model.safetensors.index.json", R"({"weight_map": {"a": "../evil.safetensors"}})");
    try {
        SafetensorsCheckpoint c(dir_);
        FAIL();
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("leaves the model folder"), std::string::npos) << e.what();
    }
    write("model.safetensors.index.json", R"({"weight_map": {"a": "/etc/passwd"}})");
    EXPECT_THROW(SafetensorsCheckpoint{dir_}, Error);
}

TEST_F(SafetensorsFolder, MissingShardAndMissingTensorAreNamed) {
    write("model.safetensors.index.json", R"({"weight_map": {"a": "model-00001-of-00002.safetensors"}})");
    try {
        SafetensorsCheckpoint c(dir_);
        FAIL();
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), ErrorKind::FileNotFound);
        EXPECT_NE(std::string(e.what()).find("model-00001-of-00002"), std::string::npos);
    }
    write_safetensors(dir_ / "model-00001-of-00002.safetensors", two_tensors());
    write("model.safetensors.index.json", R"({"weight_map": {"a": "model-00001-of-00002.safetensors", "zz": "model-00001-of-00002.safetensors"}})");
    try {
        SafetensorsCheckpoint c(dir_);
        FAIL();
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("'zz'"), std::string::npos) << e.what();
    }
}

TEST_F(SafetensorsFolder, EmptyFolderAndMissingConfig) {
    EXPECT_THROW(SafetensorsCheckpoint{dir_}, Error);
    EXPECT_THROW(load_safetensors_model(dir_), Error);
    EXPECT_THROW(load_safetensors_model(dir_ / "nope"), Error);
}

TEST_F(SafetensorsFolder, WrongShapesAreNamed) {
    QWENDESK_REQUIRE_FIXTURE(src, "models/qwen3-tiny-dense");
    // The real config with a hidden size the weights do not have.
    auto config = nlohmann::json::parse(test::read_file(src / "config.json"));
    config["intermediate_size"] = 100;
    write("config.json", config.dump());
    std::filesystem::copy_file(src / "model.safetensors", dir_ / "model.safetensors");
    // The fixture is read-only and copies keep that; Windows refuses to delete read-only files in TearDown.
    std::filesystem::permissions(dir_ / "model.safetensors", std::filesystem::perms::owner_write, std::filesystem::perm_options::add);
    try {
        load_safetensors_model(dir_);
        FAIL();
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), ErrorKind::CorruptFile);
        EXPECT_NE(std::string(e.what()).find("mlp.gate_proj.weight"), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find("[100, 64]"), std::string::npos) << e.what();
    }
}

TEST(ModelConfig, OtherArchitecturesAndBadValuesAreRejected) {
    try {
        parse_hf_config(R"({"architectures": ["LlamaForCausalLM"], "model_type": "llama"})", "config.json");
        FAIL();
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), ErrorKind::Unsupported);
        EXPECT_NE(std::string(e.what()).find("LlamaForCausalLM"), std::string::npos);
    }
    EXPECT_THROW(parse_hf_config("not json", "config.json"), Error);
    const std::string base = R"({"architectures": ["Qwen3ForCausalLM"], "hidden_size": 64, "intermediate_size": 192,
        "num_hidden_layers": 2, "num_attention_heads": 4, "num_key_value_heads": 3, "head_dim": 32, "vocab_size": 1024})";
    try {
        parse_hf_config(base, "config.json");
        FAIL();
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("multiple of num_key_value_heads"), std::string::npos) << e.what();
    }
    EXPECT_THROW(parse_hf_config(R"({"architectures": ["Qwen3ForCausalLM"], "hidden_size": "big"})", "c"), Error);
    auto yarn = parse_hf_config(R"({"architectures": ["Qwen3ForCausalLM"], "hidden_size": 64, "intermediate_size": 192,
        "num_hidden_layers": 2, "num_attention_heads": 4, "num_key_value_heads": 2, "head_dim": 32, "vocab_size": 1024,
        "rope_scaling": {"rope_type": "yarn", "factor": 4.0, "original_max_position_embeddings": 32768}})",
                                "c");
    EXPECT_TRUE(yarn.rope_scaling.yarn);
    EXPECT_DOUBLE_EQ(yarn.rope_scaling.factor, 4.0);
}
