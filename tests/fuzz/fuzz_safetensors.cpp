// libFuzzer target for the safetensors parser: any bytes give tensors whose views lie inside the input, or a
// qwendesk::Error, never a crash or an over-allocation.
#include <cstddef>
#include <cstdint>
#include <span>

#include "formats/safetensors.h"
#include "qwendesk/errors.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    try {
        const auto tensors = qwendesk::parse_safetensors(std::span<const std::uint8_t>(data, size), "fuzz.safetensors");
        unsigned sum = 0;
        for (const auto& t : tensors) {
            if (t.data < data || t.data + t.nbytes > data + size) __builtin_trap();  // a view outside the file
            for (std::size_t i = 0; i < t.nbytes; i += 61) sum += t.data[i];
        }
        volatile unsigned sink = sum;
        (void)sink;
    } catch (const qwendesk::Error&) {
    }
    return 0;
}
