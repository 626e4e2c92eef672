// The Vulkan plumbing under VulkanBackend: the loader opened at run time (Volk-style function pointers), one
// device and compute queue, buffers and their memory, compute pipelines from the embedded SPIR-V, and the
// command stream: dispatches, copies and fills are recorded into one command buffer (a barrier after each) and
// submitted together by flush(), so a whole forward pass reaches the GPU in one submission. Every failing VkResult becomes a qwendesk::Error (OutOfMemory for the two
// out-of-memory results, Internal for a lost device and the rest); nothing aborts.
// Compiled only with QWENDESK_VULKAN_BACKEND (the Vulkan headers and glslc were found).
#pragma once

#define VK_NO_PROTOTYPES
#include <vulkan/vulkan_core.h>

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "platform/dynamic_library.h"

namespace qwendesk::vk {

#define QWENDESK_VK_INSTANCE_FUNCTIONS(X)                                                                      \
    X(vkDestroyInstance) X(vkEnumeratePhysicalDevices) X(vkGetPhysicalDeviceProperties)                        \
    X(vkGetPhysicalDeviceQueueFamilyProperties) X(vkGetPhysicalDeviceMemoryProperties) X(vkCreateDevice)      \
    X(vkGetDeviceProcAddr)
#define QWENDESK_VK_DEVICE_FUNCTIONS(X)                                                                        \
    X(vkDestroyDevice) X(vkGetDeviceQueue) X(vkCreateBuffer) X(vkDestroyBuffer) X(vkGetBufferMemoryRequirements) \
    X(vkAllocateMemory) X(vkFreeMemory) X(vkBindBufferMemory) X(vkMapMemory) X(vkUnmapMemory)                  \
    X(vkCreateShaderModule) X(vkDestroyShaderModule) X(vkCreateDescriptorSetLayout)                            \
    X(vkDestroyDescriptorSetLayout) X(vkCreatePipelineLayout) X(vkDestroyPipelineLayout)                       \
    X(vkCreateComputePipelines) X(vkDestroyPipeline) X(vkCreateDescriptorPool) X(vkDestroyDescriptorPool)      \
    X(vkResetDescriptorPool) X(vkAllocateDescriptorSets) X(vkUpdateDescriptorSets) X(vkCreateCommandPool)      \
    X(vkDestroyCommandPool) X(vkAllocateCommandBuffers) X(vkResetCommandBuffer) X(vkBeginCommandBuffer)        \
    X(vkEndCommandBuffer) X(vkCmdBindPipeline) X(vkCmdBindDescriptorSets) X(vkCmdPushConstants)                \
    X(vkCmdDispatch) X(vkCmdPipelineBarrier) X(vkCmdCopyBuffer) X(vkCmdFillBuffer) X(vkCreateFence) X(vkDestroyFence)             \
    X(vkResetFences) X(vkWaitForFences) X(vkQueueSubmit) X(vkDeviceWaitIdle)

struct Api {
    PFN_vkGetInstanceProcAddr vkGetInstanceProcAddr = nullptr;
    PFN_vkCreateInstance vkCreateInstance = nullptr;
#define QWENDESK_VK_DECLARE(name) PFN_##name name = nullptr;
    QWENDESK_VK_INSTANCE_FUNCTIONS(QWENDESK_VK_DECLARE)
    QWENDESK_VK_DEVICE_FUNCTIONS(QWENDESK_VK_DECLARE)
#undef QWENDESK_VK_DECLARE
};

// A buffer with its own memory; `mapped` is set for host-visible memory (always host-coherent here).
struct Buffer {
    VkBuffer buffer = VK_NULL_HANDLE;
    VkDeviceMemory memory = VK_NULL_HANDLE;
    VkDeviceSize size = 0;
    void* mapped = nullptr;
    VkDeviceSize counted = 0;  // bytes counted against the device memory budget
};

// A range of a buffer bound to one storage-buffer binding.
struct BufferRange {
    VkBuffer buffer = VK_NULL_HANDLE;
    VkDeviceSize offset = 0;
    VkDeviceSize size = 0;
};

struct Pipeline {
    VkDescriptorSetLayout set_layout = VK_NULL_HANDLE;
    VkPipelineLayout layout = VK_NULL_HANDLE;
    VkPipeline pipeline = VK_NULL_HANDLE;
    std::uint32_t bindings = 0;
};

struct DeviceChoice {
    int index = -1;
    std::string name;
    std::string type;  // "discrete GPU", "integrated GPU", "virtual GPU", "CPU", "other"
};

class Device {
public:
    // device_index -1: QWENDESK_VULKAN_DEVICE, else the best device by type. Throws Error(Unsupported) when
    // there is no loader or no usable device.
    explicit Device(int device_index);
    ~Device();
    Device(const Device&) = delete;
    Device& operator=(const Device&) = delete;

    const DeviceChoice& choice() const { return choice_; }
    const VkPhysicalDeviceLimits& limits() const { return props_.limits; }
    // Vulkan 1.1 subgroup arithmetic in compute shaders (off with QWENDESK_VULKAN_NO_SUBGROUPS=1).
    bool subgroup_arithmetic() const { return subgroup_arithmetic_; }
    std::uint32_t subgroup_size() const { return subgroup_size_; }
    // Device-local bytes this process may still allocate, and what this device has allocated.
    std::uint64_t budget_bytes() const { return budget_bytes_; }
    std::uint64_t allocated_bytes() const { return device_allocated_; }

    // Throws the qwendesk::Error for a failed call; marks the device lost on VK_ERROR_DEVICE_LOST.
    void check(VkResult r, const char* what);
    // Throws when an earlier call lost the device.
    void ensure_alive() const;

    // host_visible: HOST_VISIBLE | HOST_COHERENT (cached when offered), mapped. Otherwise DEVICE_LOCAL
    // preferred, with host-visible memory accepted when nothing else fits (integrated GPUs, lavapipe).
    Buffer create_buffer(VkDeviceSize size, bool host_visible);
    void destroy(Buffer& b);
    // Copies host bytes into a buffer: memcpy when it is mapped, through a staging buffer otherwise.
    void upload(const Buffer& dst, VkDeviceSize offset, const void* src, std::size_t bytes);

    // The compute pipeline of an embedded SPIR-V module (created on first use): `bindings` storage buffers
    // at bindings 0.., push constants of `push_bytes`.
    const Pipeline& pipeline(const std::string& name, std::uint32_t bindings, std::uint32_t push_bytes);

    // ---- the command stream (ordered; nothing runs before flush) ----
    // Records one dispatch followed by a barrier that orders it before every later command.
    void dispatch(const Pipeline& p, std::initializer_list<BufferRange> buffers, const void* push, std::uint32_t push_bytes,
                  std::uint32_t gx, std::uint32_t gy, std::uint32_t gz);
    void copy(VkBuffer src, VkDeviceSize src_offset, VkBuffer dst, VkDeviceSize dst_offset, VkDeviceSize bytes);
    void fill_zero(VkBuffer dst, VkDeviceSize offset, VkDeviceSize bytes);
    // Copies host bytes (none when src is null: space to copy into) into host-visible staging memory that stays
    // valid until the next flush; the range can be bound to a dispatch or copied from or to.
    BufferRange stage(const void* src, std::size_t bytes);
    // Mapped address of a range returned by stage().
    void* staged(const BufferRange& r);
    // Submits what was recorded and waits for it; the writes are then visible to the host. No-op when empty.
    void flush();
    bool recording() const { return recording_; }

private:
    void load_loader();
    void create_instance();
    void pick_device(int device_index);
    void create_device();
    std::uint32_t memory_type(std::uint32_t type_bits, VkMemoryPropertyFlags required, VkMemoryPropertyFlags preferred,
                              bool& found) const;
    void submit_and_wait(VkCommandBuffer cmd, const char* what);
    void read_memory_budget();
    void begin_recording();
    void barrier_after(VkPipelineStageFlags stage, VkAccessFlags access);
    VkDescriptorSet allocate_set(const Pipeline& p);

    // Staging memory for stage(): host-visible chunks used front to back, recycled at flush.
    struct StagingChunk {
        Buffer buffer;
        VkDeviceSize used = 0;
    };

    std::unique_ptr<DynamicLibrary> library_;
    Api api_;
    VkInstance instance_ = VK_NULL_HANDLE;
    VkPhysicalDevice physical_ = VK_NULL_HANDLE;
    VkPhysicalDeviceProperties props_{};
    VkPhysicalDeviceMemoryProperties memory_props_{};
    std::uint32_t queue_family_ = 0;
    VkDevice device_ = VK_NULL_HANDLE;
    VkQueue queue_ = VK_NULL_HANDLE;
    VkCommandPool command_pool_ = VK_NULL_HANDLE;
    VkCommandBuffer cmd_ = VK_NULL_HANDLE;           // the recorded stream
    VkCommandBuffer upload_cmd_ = VK_NULL_HANDLE;    // immediate weight uploads, outside the stream
    VkFence fence_ = VK_NULL_HANDLE;
    bool recording_ = false;
    std::uint32_t recorded_ = 0;                     // commands in the stream since the last flush
    std::vector<VkDescriptorPool> descriptor_pools_; // in use front to back; reset at flush
    std::size_t pool_in_use_ = 0;
    std::vector<StagingChunk> staging_;
    std::size_t staging_in_use_ = 0;
    std::map<std::string, Pipeline> pipelines_;
    DeviceChoice choice_;
    bool lost_ = false;
    bool subgroup_arithmetic_ = false;
    std::uint32_t subgroup_size_ = 0;
    std::uint64_t budget_bytes_ = 0;      // 0: unknown, unchecked
    std::string budget_source_;
    std::uint64_t device_allocated_ = 0;
    std::uint64_t submissions_ = 0;
    std::uint64_t fault_at_submission_ = 0;  // QWENDESK_VULKAN_FAULT=device-lost@N; 0: none

public:
    const Api& api() const { return api_; }
};

}  // namespace qwendesk::vk
