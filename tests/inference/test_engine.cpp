// The generation API on the demo model (random weights over the real Qwen3 tokenizer): streaming,
// determinism, KV-cache reuse across turns, cancellation, limits and errors.
#include <gtest/gtest.h>

#include <algorithm>

#include <chrono>
#include <thread>

#include "env.h"
#include "model/demo_model.h"
#include "qwendesk/bundled_resources.h"
#include "qwendesk/engine.h"
#include "qwendesk/hardware.h"
#include "qwendesk/errors.h"

using namespace qwendesk;

namespace {

class EngineTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        dir_ = new std::filesystem::path(std::filesystem::temp_directory_path() / "qwendesk-engine-test-demo");
        write_demo_model(*dir_, 7, resources::qwen3_tokenizer_json());
    }
    static void TearDownTestSuite() {
        std::filesystem::remove_all(*dir_);
        delete dir_;
    }
    std::unique_ptr<Engine> load(int context = 512) {
        EngineOptions o;
        o.model = *dir_;
        o.context_length = context;
        o.threads = 2;
        return Engine::load(o);
    }
    static GenerationRequest ask(const std::string& text, int max_tokens = 12) {
        GenerationRequest r;
        r.conversation = {{"messages", {{{"role", "user"}, {"content", text}}}}};
        r.sampling = SamplingParams::greedy_decoding();
        r.max_tokens = max_tokens;
        return r;
    }
    static std::filesystem::path* dir_;
};
std::filesystem::path* EngineTest::dir_ = nullptr;

TEST_F(EngineTest, StreamsWhatItReturns) {
    auto engine = load();
    std::string streamed_answer, streamed_thinking;
    auto result = engine->generate(ask("Hello"), [&](const GenerationEvent& e) {
        (e.kind == EventKind::Answer ? streamed_answer : streamed_thinking) += e.text;
    });
    EXPECT_EQ(streamed_answer, result.answer);
    EXPECT_EQ(streamed_thinking, result.thinking);
    EXPECT_TRUE(result.finish == FinishReason::Length || result.finish == FinishReason::Stop);
    EXPECT_LE(result.stats.generated_tokens, 12);
    EXPECT_GT(result.stats.prompt_tokens, 5);
    EXPECT_EQ(result.stats.context_length, 512);
}

TEST_F(EngineTest, GreedyIsDeterministicAndPrefixReuseChangesNothing) {
    auto engine = load();
    auto first = engine->generate(ask("What is 2+2?"), nullptr);
    // Same request again: everything but the last prompt token comes from the cache.
    auto again = engine->generate(ask("What is 2+2?"), nullptr);
    EXPECT_EQ(again.stats.reused_prompt_tokens, again.stats.prompt_tokens - 1);
    EXPECT_EQ(first.answer, again.answer);

    // A second turn prefills only what is new, and equals a fresh engine's answer to the same conversation.
    GenerationRequest turn2 = ask("And 3+3?");
    turn2.conversation["messages"] = {{{"role", "user"}, {"content", "What is 2+2?"}},
                                      {{"role", "assistant"}, {"content", first.answer}},
                                      {{"role", "user"}, {"content", "And 3+3?"}}};
    auto reused = engine->generate(turn2, nullptr);
    EXPECT_GT(reused.stats.reused_prompt_tokens, 5);
    auto fresh_engine = load();
    auto fresh = fresh_engine->generate(turn2, nullptr);
    EXPECT_EQ(fresh.stats.reused_prompt_tokens, 0);
    EXPECT_EQ(reused.answer, fresh.answer);
}

TEST_F(EngineTest, SeededSamplingRepeats) {
    auto engine = load();
    GenerationRequest r = ask("Tell me a story", 16);
    r.sampling = SamplingParams::thinking_preset();
    r.sampling.seed = 99;
    auto a = engine->generate(r, nullptr);
    auto b = engine->generate(r, nullptr);
    EXPECT_EQ(a.answer, b.answer);
}

TEST_F(EngineTest, CancelFromAnotherThread) {
    auto engine = load(4096);
    // 3000 tokens take seconds even on the demo model (each step projects onto 151,936 vocabulary rows),
    // so a cancel 100 ms in always lands mid-generation.
    GenerationRequest r = ask("Count to a thousand", 3000);
    r.ignore_stop_tokens = true;
    std::thread canceller([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        engine->cancel();
    });
    auto result = engine->generate(r, nullptr);
    canceller.join();
    EXPECT_EQ(result.finish, FinishReason::Cancelled);
    EXPECT_LT(result.stats.generated_tokens, 3000);
    // The engine stays usable.
    GenerationRequest again = ask("Hi", 2);
    again.ignore_stop_tokens = true;
    EXPECT_EQ(engine->generate(again, nullptr).stats.generated_tokens, 2);
}

TEST_F(EngineTest, ContextLimitsAreErrorsOrAFinishReason) {
    auto engine = load(64);
    std::string long_text;
    for (int i = 0; i < 200; ++i) long_text += "word ";
    try {
        engine->generate(ask(long_text), nullptr);
        FAIL() << "expected a context overflow";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), ErrorKind::ContextOverflow);
    }
    GenerationRequest r = ask("Hi", 1000);
    r.ignore_stop_tokens = true;
    auto result = engine->generate(r, nullptr);
    EXPECT_EQ(result.finish, FinishReason::ContextFull);
    EXPECT_EQ(result.stats.context_used, 64);
}

TEST_F(EngineTest, BadRequestsAreErrors) {
    auto engine = load();
    GenerationRequest empty;
    EXPECT_THROW(engine->generate(empty, nullptr), Error);
    GenerationRequest no_tokens;
    no_tokens.prompt_tokens = std::vector<TokenId>{};
    EXPECT_THROW(engine->generate(no_tokens, nullptr), Error);
    GenerationRequest bad_id;
    bad_id.prompt_tokens = std::vector<TokenId>{1, 2, 999999};
    EXPECT_THROW(engine->generate(bad_id, nullptr), Error);
    GenerationRequest zero = ask("x");
    zero.max_tokens = 0;
    EXPECT_THROW(engine->generate(zero, nullptr), Error);
}

TEST_F(EngineTest, ThinkingModeRendersTheTemplateSwitch) {
    auto engine = load();
    GenerationRequest on = ask("hi"), off = ask("hi");
    off.enable_thinking = false;
    EXPECT_EQ(engine->render_prompt(on).find("<think>"), std::string::npos);
    EXPECT_NE(engine->render_prompt(off).find("<think>\n\n</think>\n\n"), std::string::npos);
}

TEST_F(EngineTest, ThinkingBudgetEndsTheThought) {
    auto engine = load();
    GenerationRequest r;
    // The prompt opens a thinking block, so everything generated is thinking until the budget ends it.
    const std::string prompt = "<|im_start|>user\nSolve it<|im_end|>\n<|im_start|>assistant\n<think>\n";
    r.prompt_tokens = engine->tokenizer().encode(prompt);
    r.sampling = SamplingParams::greedy_decoding();
    r.max_tokens = 60;
    r.thinking_budget = 5;
    r.ignore_stop_tokens = true;
    auto result = engine->generate(r, nullptr);
    EXPECT_TRUE(result.budget_forced);
    EXPECT_EQ(result.stats.thinking_tokens, 5);
    EXPECT_NE(result.thinking.find("Considering the limited time by the user"), std::string::npos) << result.thinking;
    EXPECT_EQ(result.thinking.find("</think>"), std::string::npos);
}

TEST_F(EngineTest, ConvertAtLoadAndOtherBackends) {
    EngineOptions o;
    o.model = *dir_;
    o.context_length = 256;
    o.threads = 2;
    o.convert = "Q8_0";
    auto q8 = Engine::load(o);
    EXPECT_LT(q8->info().weight_bytes, load()->info().weight_bytes);
    GenerationRequest r = ask("Hi", 6);
    r.ignore_stop_tokens = true;
    EXPECT_EQ(q8->generate(r, nullptr).stats.generated_tokens, 6);

    o.convert.reset();
    o.backend = "no-such-backend";
    EXPECT_THROW(Engine::load(o), Error);
    o.backend = "vulkan";
    std::unique_ptr<Engine> vk;
    try {
        vk = Engine::load(o);
    } catch (const Error& e) {
        if (std::getenv("QWENDESK_REQUIRE_VULKAN")) FAIL() << "QWENDESK_REQUIRE_VULKAN is set: " << e.what();
        GTEST_SKIP() << "no Vulkan backend: " << e.what();
    }
    EXPECT_NE(vk->info().backend.find("vulkan"), std::string::npos) << vk->info().backend;
    EXPECT_EQ(vk->generate(r, nullptr).stats.generated_tokens, 6);
}

// A GPU reset mid-reply (simulated: the Vulkan backend's fault injection) is reported as DeviceLost, the engine
// refuses to reuse anything from the lost device, and the same model loads again on the CPU and answers exactly
// as a CPU engine does.
TEST_F(EngineTest, DeviceLostIsReportedAndTheModelReloadsOnTheCpu) {
    EngineOptions o;
    o.model = *dir_;
    o.context_length = 256;
    o.threads = 2;
    o.backend = "vulkan";
    GenerationRequest r = ask("Hi", 8);
    r.ignore_stop_tokens = true;
    test::set_env("QWENDESK_VULKAN_FAULT", "device-lost@5");  // the prefill is one submission; decode fails later
    std::unique_ptr<Engine> vk;
    try {
        vk = Engine::load(o);
    } catch (const Error& e) {
        test::unset_env("QWENDESK_VULKAN_FAULT");
        if (std::getenv("QWENDESK_REQUIRE_VULKAN")) FAIL() << "QWENDESK_REQUIRE_VULKAN is set: " << e.what();
        GTEST_SKIP() << "no Vulkan backend: " << e.what();
    }
    test::unset_env("QWENDESK_VULKAN_FAULT");
    std::string streamed;
    try {
        vk->generate(r, [&](const GenerationEvent& e) { streamed += e.text; });
        FAIL() << "expected DeviceLost";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), ErrorKind::DeviceLost) << e.what();
    }
    try {
        vk->generate(r, nullptr);
        FAIL() << "a lost engine must not answer again";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), ErrorKind::DeviceLost) << e.what();
        EXPECT_NE(std::string(e.what()).find("load the model again"), std::string::npos) << e.what();
    }
    vk.reset();
    o.backend = "cpu";
    auto cpu = Engine::load(o);
    const auto again = cpu->generate(r, nullptr);
    EXPECT_EQ(again.stats.generated_tokens, 8);
    EXPECT_EQ(again.answer, load(256)->generate(r, nullptr).answer);
    EXPECT_EQ(again.answer.rfind(streamed, 0), 0u) << "what streamed before the loss is a prefix of the CPU's answer";
}

// A model larger than the GPU's memory budget fails at load, with the numbers and what to do, not mid-reply.
TEST_F(EngineTest, AModelLargerThanTheGpuFailsAtLoadWithTheNumbers) {
    EngineOptions o;
    o.model = *dir_;
    o.context_length = 256;
    o.backend = "vulkan";
    test::set_env("QWENDESK_VULKAN_BUDGET_MIB", "2");  // the demo model's weights are ~10 MiB
    try {
        Engine::load(o);
        test::unset_env("QWENDESK_VULKAN_BUDGET_MIB");
        FAIL() << "expected OutOfMemory";
    } catch (const Error& e) {
        test::unset_env("QWENDESK_VULKAN_BUDGET_MIB");
        if (e.kind() == ErrorKind::Unsupported && !std::getenv("QWENDESK_REQUIRE_VULKAN")) GTEST_SKIP() << e.what();
        EXPECT_EQ(e.kind(), ErrorKind::OutOfMemory) << e.what();
        const std::string m = e.what();
        EXPECT_NE(m.find("2 MiB to give"), std::string::npos) << m;
        EXPECT_NE(m.find("--gpu-layers"), std::string::npos) << m;
    }
}

// "auto" with a split the user gave plans that split (on the GPU it needs); a machine with no dedicated GPU (CI:
// lavapipe is a CPU device) says so rather than loading something else.
TEST_F(EngineTest, AutoWithASplitOverridePlansThatSplit) {
    EngineOptions o;
    o.model = *dir_;
    o.context_length = 256;
    o.gpu_layers = 1;
    const auto machine = hw::describe_machine(hw::probe_machine());
    const bool dedicated = std::any_of(machine.gpus.begin(), machine.gpus.end(), [](const hw::GpuDescription& g) {
        return g.type == hw::DeviceType::Discrete;
    });
    if (dedicated) GTEST_SKIP() << "this machine has a dedicated GPU; the split runs there";
    try {
        Engine::load(o);
        FAIL() << "expected InvalidArgument";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), ErrorKind::InvalidArgument) << e.what();
        EXPECT_NE(std::string(e.what()).find("GPU"), std::string::npos) << e.what();
    }
}

TEST_F(EngineTest, MissingModelIsAClearError) {
    EngineOptions o;
    o.model = *dir_ / "does-not-exist";
    try {
        Engine::load(o);
        FAIL();
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), ErrorKind::FileNotFound);
    }
}

}  // namespace
