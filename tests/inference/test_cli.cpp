// qwendesk-cli's model commands as outside checks use them: output formats, exit codes, clear errors.
#include <gtest/gtest.h>

#include <array>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>

#include "fixtures.h"

namespace {

#ifndef _WIN32
struct CliResult {
    int exit_code;
    std::string out;
};

CliResult run(const std::string& args) {
    const std::string cmd = std::string(QWENDESK_CLI_PATH) + " " + args + " 2>&1";
    FILE* p = popen(cmd.c_str(), "r");
    std::string out;
    std::array<char, 4096> buf{};
    while (std::size_t n = fread(buf.data(), 1, buf.size(), p)) out.append(buf.data(), n);
    const int status = pclose(p);
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, out};
}

std::string temp(const std::string& name) { return (std::filesystem::temp_directory_path() / name).string(); }

TEST(Cli, LogitsWritesLastPositionAndTopEightPerPosition) {
    QWENDESK_REQUIRE_FIXTURE(model, "models/qwen3-tiny-moe");
    const std::string out_file = temp("qwendesk-cli-logits.f32");
    CliResult r = run("logits --model " + model.string() + " --tokens \"1 2 3 4 5\" --out " + out_file);
    ASSERT_EQ(r.exit_code, 0) << r.out;
    auto top = nlohmann::json::parse(r.out);
    ASSERT_EQ(top.size(), 5u);
    for (const auto& position : top) {
        ASSERT_EQ(position.size(), 8u);
        for (std::size_t i = 1; i < 8; ++i) EXPECT_GE(position[i - 1][1].get<double>(), position[i][1].get<double>());
    }
    std::ifstream f(out_file, std::ios::binary);
    std::vector<float> logits(1024);
    f.read(reinterpret_cast<char*>(logits.data()), 1024 * 4);
    EXPECT_EQ(f.gcount(), 1024 * 4);
    f.get();
    EXPECT_TRUE(f.eof()) << "the file holds exactly vocab_size floats";
    // The file's largest logit is the last position's top-1.
    const int best = static_cast<int>(std::max_element(logits.begin(), logits.end()) - logits.begin());
    EXPECT_EQ(best, top[4][0][0].get<int>());
    EXPECT_NEAR(logits[best], top[4][0][1].get<double>(), 1e-4);
    std::filesystem::remove(out_file);
}

TEST(Cli, LogitsAcceptsGguf) {
    QWENDESK_REQUIRE_FIXTURE(gguf, "gguf/qwen3-tiny-dense-bf16.gguf");
    CliResult r = run("logits --model " + gguf.string() + " --tokens \"7 8 9\" --out " + temp("qwendesk-cli-gguf.f32"));
    ASSERT_EQ(r.exit_code, 0) << r.out;
    EXPECT_EQ(nlohmann::json::parse(r.out).size(), 3u);
}

TEST(Cli, BadInputGivesAClearErrorAndExitCode) {
    QWENDESK_REQUIRE_FIXTURE(model, "models/qwen3-tiny-dense");
    CliResult missing = run("logits --model /nonexistent/model --tokens \"1\" --out " + temp("x.f32"));
    EXPECT_EQ(missing.exit_code, 1);
    EXPECT_NE(missing.out.find("does not exist"), std::string::npos) << missing.out;
    CliResult empty = run("logits --model " + model.string() + " --tokens \"\" --out " + temp("x.f32"));
    EXPECT_EQ(empty.exit_code, 2);
    EXPECT_NE(empty.out.find("--tokens is empty"), std::string::npos) << empty.out;
    CliResult word = run("logits --model " + model.string() + " --tokens \"1 two\" --out " + temp("x.f32"));
    EXPECT_EQ(word.exit_code, 2);
    CliResult range = run("logits --model " + model.string() + " --tokens \"5000\" --out " + temp("x.f32"));
    EXPECT_EQ(range.exit_code, 2);
    EXPECT_NE(range.out.find("outside the model's vocabulary"), std::string::npos) << range.out;
    CliResult unknown = run("logits --model " + model.string() + " --frobnicate 3");
    EXPECT_EQ(unknown.exit_code, 2);
    CliResult prompt = run("generate --model " + model.string() + " --prompt \"   \"");
    EXPECT_EQ(prompt.exit_code, 2);
    EXPECT_NE(prompt.out.find("empty"), std::string::npos) << prompt.out;
}

TEST(Cli, GenerateStreamsOnTheDemoModel) {
    const std::string demo = temp("qwendesk-cli-demo");
    ASSERT_EQ(run("make-demo --out " + demo).exit_code, 0);
    CliResult r = run("generate --model " + demo + " --prompt \"Hello\" --greedy --max-tokens 8 --no-think --stats");
    EXPECT_EQ(r.exit_code, 0) << r.out;
    EXPECT_NE(r.out.find("generated"), std::string::npos) << r.out;
    std::filesystem::remove_all(demo);
}

TEST(Cli, BenchJsonHasMedians) {
    const std::string demo = temp("qwendesk-cli-bench-demo");
    ASSERT_EQ(run("make-demo --out " + demo).exit_code, 0);
    CliResult r = run("bench --model " + demo + " -p 8 -n 4 -r 2 --threads 1 --json");
    ASSERT_EQ(r.exit_code, 0) << r.out;
    auto j = nlohmann::json::parse(r.out);
    EXPECT_GT(j["pp_tps"].get<double>(), 0);
    EXPECT_GT(j["tg_tps"].get<double>(), 0);
    CliResult table = run("bench --preset demo --quant Q8_0 -p 8 -n 4 -r 2 --threads 1");
    ASSERT_EQ(table.exit_code, 0) << table.out;
    EXPECT_NE(table.out.find("pp8"), std::string::npos);
    EXPECT_NE(table.out.find("tg4"), std::string::npos);
    std::filesystem::remove_all(demo);
}
#endif

}  // namespace
