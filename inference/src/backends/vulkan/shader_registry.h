// The SPIR-V of every compute shader in shaders/, compiled by glslc at build time and embedded by
// embed_spirv.cmake (the generated vulkan_spirv.cpp defines the table). Matmul and embed exist once per
// weight type: "matmul_q4_k", "embed_bf16", ...
#pragma once

#include <cstddef>
#include <cstdint>

namespace qwendesk::vk {

struct SpirvModule {
    const char* name;
    const std::uint32_t* words;
    std::size_t word_count;
};

extern const SpirvModule kSpirvModules[];
extern const std::size_t kSpirvModuleCount;

}  // namespace qwendesk::vk
