// A view of one stored tensor: its element type, its shape in PyTorch order (outermost first) and its bytes.
// The bytes belong to whatever loaded them (a mapped file, or a buffer the loader keeps alive).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "formats/dtype.h"

namespace qwendesk {

struct TensorView {
    std::string name;
    DType dtype = DType::F32;
    std::vector<std::int64_t> shape;  // PyTorch order: a linear weight is [out, in]
    const std::uint8_t* data = nullptr;
    std::size_t nbytes = 0;

    std::int64_t elements() const {
        std::int64_t n = 1;
        for (auto d : shape) n *= d;
        return n;
    }
    std::string shape_string() const;
};

}  // namespace qwendesk
