// libFuzzer target for the GGUF reader: parse arbitrary bytes; when they parse, read every metadata
// value through the typed getters and dequantise the first row of every tensor, so a descriptor that
// passed validation but points outside the input is caught by AddressSanitizer.
#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "formats/gguf.h"
#include "formats/quant/dequantize.h"
#include "qwendesk/errors.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace qwendesk;
    try {
        const GgufFile g = GgufFile::parse(std::span<const std::uint8_t>(data, size), "fuzz.gguf");
        for (const auto& [key, value] : g.metadata()) {
            try {
                switch (value.type) {
                    case GgufValueType::String: (void)g.get_string(key).size(); break;
                    case GgufValueType::F32:
                    case GgufValueType::F64: (void)g.get_f32(key); break;
                    case GgufValueType::Bool: (void)g.get_bool(key); break;
                    case GgufValueType::Array:
                        if (value.element_type == GgufValueType::String) {
                            std::size_t total = 0;
                            for (auto s : g.get_array_strings(key)) total += s.size();
                            (void)total;
                        } else if (value.element_type == GgufValueType::F32 || value.element_type == GgufValueType::F64) {
                            (void)g.get_array_f32(key);
                        } else {
                            (void)g.get_array_i32(key);
                        }
                        break;
                    default: (void)g.get_u32(key); break;
                }
            } catch (const Error&) {
                // out-of-range values are reported, not crashed on
            }
        }
        std::vector<float> row;
        for (const GgufTensor& t : g.tensors()) {
            if (!can_dequantize(t.type) || t.row_length() > (1u << 20)) continue;
            row.resize(static_cast<std::size_t>(t.row_length()));
            dequantize_row(t.type, t.row(0), row.data(), row.size());
            dequantize_row(t.type, t.row(t.n_rows() - 1), row.data(), row.size());
        }
    } catch (const Error&) {
        // rejected input: the expected outcome for most fuzz inputs
    }
    return 0;
}
