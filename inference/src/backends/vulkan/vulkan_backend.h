// The Vulkan compute backend (docs/vulkan.md). The engine never links libvulkan: the loader is opened at run
// time, so a machine without Vulkan still starts and simply has no such backend.
#pragma once

#include <memory>
#include <string>

#include "backends/backend.h"

namespace qwendesk {

struct VulkanBackendOptions {
    // Index into the loader's device list (as `vulkaninfo --summary` numbers them); -1 picks the best device:
    // discrete, then integrated, then virtual, then CPU (lavapipe). The environment variable
    // QWENDESK_VULKAN_DEVICE=N overrides -1.
    int device = -1;
    // The KV cache in float16 (half the memory; attention accumulates in float32), or float32 (the reference
    // path the goldens are checked against at 1e-4).
    bool kv_f16 = true;
};

// Whether this build contains the backend (the Vulkan headers and glslc were found at configure time).
bool vulkan_backend_built();

// Throws Error(Unsupported) naming the reason when the backend is not built, no Vulkan loader can be opened,
// or no device has a compute queue; Error(InvalidArgument) for a device index that does not exist.
std::unique_ptr<Backend> make_vulkan_backend(const VulkanBackendOptions& options = {});

}  // namespace qwendesk
