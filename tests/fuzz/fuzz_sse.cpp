// libFuzzer target for the OpenAI stream parser (inference/src/remote/openai_stream.cpp): arbitrary bytes as
// an HTTP body, fed whole and again in pieces whose sizes come from the input. Besides crashes and sanitizer
// reports it checks that the split does not change the result: same thinking, answer, completion, error.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "remote/openai_stream.h"

namespace {

struct Result {
    std::string thinking, answer;
    bool complete;
    bool error;
};

Result run(std::string_view body, std::uint8_t step_seed) {
    qwendesk::remote::ChatStreamParser p;
    std::size_t i = 0, k = 0;
    while (i < body.size()) {
        const std::size_t n = step_seed == 0 ? body.size() : 1 + (static_cast<std::size_t>(step_seed) * (++k) * 31) % 97;
        p.push(body.substr(i, n));
        (void)p.take_events();
        i += n;
    }
    p.finish();
    (void)p.take_events();
    (void)qwendesk::remote::parse_completion(body);
    (void)qwendesk::remote::error_message(body);
    (void)qwendesk::remote::parse_model_list(body);
    return {p.thinking(), p.answer(), p.complete(), p.error().has_value()};
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const std::string_view body(reinterpret_cast<const char*>(data) + 1, size - 1);
    const Result whole = run(body, 0);
    const Result pieces = run(body, data[0] | 1);
    if (whole.thinking != pieces.thinking || whole.answer != pieces.answer || whole.complete != pieces.complete ||
        whole.error != pieces.error)
        __builtin_trap();
    return 0;
}
