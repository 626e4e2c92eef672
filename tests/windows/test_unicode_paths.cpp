// A model under a folder whose name is not ASCII (模型-тест), opened by the engine through
// std::filesystem::path (UTF-16 on Windows: CreateFileW, MapViewOfFile) and by qwendesk-cli, whose
// command-line arguments must reach it as UTF-8 (on Windows through GetCommandLineW, not the ANSI argv).
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "model/demo_model.h"
#include "platform/mapped_file.h"
#include "qwendesk/bundled_resources.h"
#include "qwendesk/engine.h"
#include "qwendesk/errors.h"
#include "qwendesk/tokenizer.h"

#ifdef _WIN32
#include <windows.h>
#endif

using namespace qwendesk;
namespace fs = std::filesystem;

namespace {

fs::path u8(const std::string& text) { return fs::path(std::u8string(text.begin(), text.end())); }
std::string to_utf8(const fs::path& p) {
    const auto s = p.u8string();
    return std::string(s.begin(), s.end());
}

class UnicodePaths : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        root_ = new fs::path(fs::temp_directory_path() / u8("qwendesk-ünïcode-" + std::to_string(std::rand())));
        fs::remove_all(*root_);
        model_ = new fs::path(*root_ / u8("模型-тест") / u8("مدل हिन्दी"));
        fs::create_directories(*model_);
        write_demo_model(*model_, 11, resources::qwen3_tokenizer_json());
    }
    static void TearDownTestSuite() {
        std::error_code ec;
        fs::remove_all(*root_, ec);
        delete model_;
        delete root_;
    }
    static fs::path* root_;
    static fs::path* model_;
};
fs::path* UnicodePaths::root_ = nullptr;
fs::path* UnicodePaths::model_ = nullptr;

// Runs qwendesk-cli with the given UTF-8 arguments; returns its exit code, its stdout and stderr in `out`.
int run_cli(const std::vector<std::string>& args, std::string& out) {
    const fs::path out_file = fs::temp_directory_path() / u8("qwendesk-cli-ünïcode-out.txt");
#ifdef _WIN32
    // CreateProcessW with a UTF-16 command line: what Explorer or a shell does with a file name like 模型.
    auto widen = [](const std::string& s) {
        const int n = MultiByteToWideChar(CP_UTF8, 0, s.data(), static_cast<int>(s.size()), nullptr, 0);
        std::wstring w(static_cast<std::size_t>(n), L'\0');
        MultiByteToWideChar(CP_UTF8, 0, s.data(), static_cast<int>(s.size()), w.data(), n);
        return w;
    };
    std::wstring cmd = L"\"" + fs::path(QWENDESK_CLI_PATH).make_preferred().wstring() + L"\"";
    for (const auto& a : args) cmd += L" \"" + widen(a) + L"\"";  // no argument here holds a quote
    SECURITY_ATTRIBUTES sa{sizeof(sa), nullptr, TRUE};
    HANDLE file = CreateFileW(out_file.c_str(), GENERIC_WRITE, FILE_SHARE_READ, &sa, CREATE_ALWAYS,
                              FILE_ATTRIBUTE_NORMAL, nullptr);
    if (file == INVALID_HANDLE_VALUE) return -1;
    STARTUPINFOW si{};
    si.cb = sizeof(si);
    si.dwFlags = STARTF_USESTDHANDLES;
    si.hStdOutput = file;
    si.hStdError = file;
    si.hStdInput = GetStdHandle(STD_INPUT_HANDLE);
    PROCESS_INFORMATION pi{};
    if (!CreateProcessW(nullptr, cmd.data(), nullptr, nullptr, TRUE, 0, nullptr, nullptr, &si, &pi)) {
        CloseHandle(file);
        return -1;
    }
    WaitForSingleObject(pi.hProcess, INFINITE);
    DWORD code = 1;
    GetExitCodeProcess(pi.hProcess, &code);
    CloseHandle(pi.hThread);
    CloseHandle(pi.hProcess);
    CloseHandle(file);
#else
    std::string cmd = "'" + std::string(QWENDESK_CLI_PATH) + "'";
    for (const auto& a : args) cmd += " '" + a + "'";
    cmd += " > '" + to_utf8(out_file) + "' 2>&1";
    const int status = std::system(cmd.c_str());
    const int code = status == -1 ? -1 : WEXITSTATUS(status);
#endif
    std::ifstream in(out_file, std::ios::binary);
    out.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    in.close();
    fs::remove(out_file);
    return static_cast<int>(code);
}

}  // namespace

TEST_F(UnicodePaths, FilesAreMappedAndRead) {
    ASSERT_TRUE(fs::exists(*model_ / "model.safetensors"));
    MappedFile weights(*model_ / "model.safetensors");
    EXPECT_GT(weights.size(), 1000u);
    EXPECT_EQ(to_utf8(weights.path()).find("模型-тест") != std::string::npos, true);
    auto tokenizer = Tokenizer::from_file(*model_ / "tokenizer.json");
    EXPECT_EQ(tokenizer->decode(tokenizer->encode("模型 тест")), "模型 тест");
}

TEST_F(UnicodePaths, EngineLoadsAndGenerates) {
    EngineOptions o;
    o.model = *model_;
    o.context_length = 256;
    o.threads = 2;
    auto engine = Engine::load(o);
    EXPECT_NE(engine->info().path.find("模型-тест"), std::string::npos) << engine->info().path;
    GenerationRequest r;
    r.conversation = {{"messages", {{{"role", "user"}, {"content", "你好"}}}}};
    r.sampling = SamplingParams::greedy_decoding();
    r.max_tokens = 4;
    r.ignore_stop_tokens = true;
    EXPECT_EQ(engine->generate(r, [](const GenerationEvent&) {}).stats.generated_tokens, 4);
}

TEST_F(UnicodePaths, ErrorsNameThePathInUtf8) {
    EngineOptions o;
    o.model = *root_ / u8("模型-тест") / u8("нет-такой-модели");
    try {
        Engine::load(o);
        FAIL() << "a missing model loaded";
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("нет-такой-модели"), std::string::npos) << e.what();
    }
}

TEST_F(UnicodePaths, CliTakesUtf8Arguments) {
    if (!fs::exists(QWENDESK_CLI_PATH)) GTEST_SKIP() << "qwendesk-cli not built at " << QWENDESK_CLI_PATH;
    std::string out;
    ASSERT_EQ(run_cli({"generate", "--model", to_utf8(*model_), "--prompt", "你好", "--no-think", "--greedy",
                       "--max-tokens", "3", "--threads", "2"},
                      out),
              0)
        << out;
    // A missing folder: the error names it, so the argument came through intact.
    EXPECT_NE(run_cli({"plan", "--model", to_utf8(*root_ / u8("模型-тест") / u8("нет"))}, out), 0);
    EXPECT_NE(out.find("模型-тест"), std::string::npos) << out;
}
