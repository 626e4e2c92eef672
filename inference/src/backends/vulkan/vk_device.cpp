// Vulkan plumbing for VulkanBackend (see vk_device.h). The loader is opened like hardware/probe_vulkan.cpp
// opens it: at run time, entry points through vkGetInstanceProcAddr / vkGetDeviceProcAddr.
#if defined(QWENDESK_VULKAN_BACKEND)

#include "backends/vulkan/vk_device.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>

#include "backends/vulkan/shader_registry.h"
#include "platform/driver_allocations.h"
#include "qwendesk/errors.h"

namespace qwendesk::vk {

namespace {

const char* result_name(VkResult r) {
    switch (r) {
    case VK_ERROR_OUT_OF_HOST_MEMORY: return "VK_ERROR_OUT_OF_HOST_MEMORY";
    case VK_ERROR_OUT_OF_DEVICE_MEMORY: return "VK_ERROR_OUT_OF_DEVICE_MEMORY";
    case VK_ERROR_INITIALIZATION_FAILED: return "VK_ERROR_INITIALIZATION_FAILED";
    case VK_ERROR_DEVICE_LOST: return "VK_ERROR_DEVICE_LOST";
    case VK_ERROR_MEMORY_MAP_FAILED: return "VK_ERROR_MEMORY_MAP_FAILED";
    case VK_ERROR_EXTENSION_NOT_PRESENT: return "VK_ERROR_EXTENSION_NOT_PRESENT";
    case VK_ERROR_FEATURE_NOT_PRESENT: return "VK_ERROR_FEATURE_NOT_PRESENT";
    case VK_ERROR_INCOMPATIBLE_DRIVER: return "VK_ERROR_INCOMPATIBLE_DRIVER";
    case VK_ERROR_TOO_MANY_OBJECTS: return "VK_ERROR_TOO_MANY_OBJECTS";
    case VK_ERROR_FRAGMENTED_POOL: return "VK_ERROR_FRAGMENTED_POOL";
    case VK_ERROR_OUT_OF_POOL_MEMORY: return "VK_ERROR_OUT_OF_POOL_MEMORY";
    case VK_TIMEOUT: return "VK_TIMEOUT";
    default: return "VkResult";
    }
}

const char* type_name(VkPhysicalDeviceType t) {
    switch (t) {
    case VK_PHYSICAL_DEVICE_TYPE_DISCRETE_GPU: return "discrete GPU";
    case VK_PHYSICAL_DEVICE_TYPE_INTEGRATED_GPU: return "integrated GPU";
    case VK_PHYSICAL_DEVICE_TYPE_VIRTUAL_GPU: return "virtual GPU";
    case VK_PHYSICAL_DEVICE_TYPE_CPU: return "CPU";
    default: return "other";
    }
}

int type_rank(VkPhysicalDeviceType t) {
    switch (t) {
    case VK_PHYSICAL_DEVICE_TYPE_DISCRETE_GPU: return 0;
    case VK_PHYSICAL_DEVICE_TYPE_INTEGRATED_GPU: return 1;
    case VK_PHYSICAL_DEVICE_TYPE_VIRTUAL_GPU: return 2;
    case VK_PHYSICAL_DEVICE_TYPE_CPU: return 3;
    default: return 4;
    }
}

// The wait for one dispatch. A healthy driver answers in milliseconds; a hung one is reported, not waited on.
constexpr std::uint64_t kFenceTimeoutNs = 120ull * 1000 * 1000 * 1000;

}  // namespace

void Device::check(VkResult r, const char* what) {
    if (r == VK_SUCCESS) return;
    const std::string where = std::string(what) + " on Vulkan device '" + choice_.name + "' returned " + result_name(r) + " (" +
                              std::to_string(static_cast<int>(r)) + ")";
    if (r == VK_ERROR_OUT_OF_DEVICE_MEMORY || r == VK_ERROR_OUT_OF_HOST_MEMORY)
        throw Error(ErrorKind::OutOfMemory, where + ": the model does not fit in this device's memory; choose a smaller "
                                                    "model or quantisation, or the CPU backend");
    if (r == VK_ERROR_DEVICE_LOST) {
        lost_ = true;
        throw Error(ErrorKind::DeviceLost, where + ": the GPU driver reset the device (a crash or a timeout); "
                                                   "results are lost and this backend cannot be used again");
    }
    if (r == VK_TIMEOUT) {
        lost_ = true;
        throw Error(ErrorKind::DeviceLost, where + ": the GPU did not finish its work within 120 s");
    }
    throw Error(ErrorKind::Internal, where);
}

void Device::ensure_alive() const {
    if (lost_)
        throw Error(ErrorKind::DeviceLost, "the Vulkan device '" + choice_.name + "' was lost earlier; create a new backend");
}

Device::Device(int device_index) {
    DriverAllocationScope driver_allocations_are_not_ours;
    if (const char* fault = std::getenv("QWENDESK_VULKAN_FAULT")) {
        const std::string f = fault;
        if (f.rfind("device-lost@", 0) == 0) fault_at_submission_ = std::strtoull(f.c_str() + 12, nullptr, 10);
    }
    load_loader();
    create_instance();
    pick_device(device_index);
    create_device();
}

Device::~Device() {
    DriverAllocationScope driver_allocations_are_not_ours;
    if (device_) {
        api_.vkDeviceWaitIdle(device_);
        for (auto& [name, p] : pipelines_) {
            api_.vkDestroyPipeline(device_, p.pipeline, nullptr);
            api_.vkDestroyPipelineLayout(device_, p.layout, nullptr);
            api_.vkDestroyDescriptorSetLayout(device_, p.set_layout, nullptr);
        }
        for (VkDescriptorPool pool : descriptor_pools_) api_.vkDestroyDescriptorPool(device_, pool, nullptr);
        for (StagingChunk& chunk : staging_) destroy(chunk.buffer);
        if (fence_) api_.vkDestroyFence(device_, fence_, nullptr);
        if (command_pool_) api_.vkDestroyCommandPool(device_, command_pool_, nullptr);
        api_.vkDestroyDevice(device_, nullptr);
    }
    if (instance_) api_.vkDestroyInstance(instance_, nullptr);
    // Drivers register exit handlers and threads; keep the loader mapped (as the hardware probe does).
    if (library_) library_->keep_loaded();
}

void Device::load_loader() {
#if defined(_WIN32)
    const char* names[] = {"vulkan-1.dll"};
#elif defined(__APPLE__)
    const char* names[] = {"libvulkan.1.dylib", "libMoltenVK.dylib"};
#else
    const char* names[] = {"libvulkan.so.1", "libvulkan.so"};
#endif
    std::string errors;
    for (const char* name : names) {
        std::string error;
        library_ = DynamicLibrary::open(name, error);
        if (library_) break;
        errors += (errors.empty() ? "" : "; ") + error;
    }
    if (!library_) throw Error(ErrorKind::Unsupported, "no Vulkan loader on this machine (" + errors + ")");
    api_.vkGetInstanceProcAddr = library_->function<PFN_vkGetInstanceProcAddr>("vkGetInstanceProcAddr");
    if (!api_.vkGetInstanceProcAddr)
        throw Error(ErrorKind::Unsupported, "the Vulkan loader " + library_->name() + " has no vkGetInstanceProcAddr");
    api_.vkCreateInstance = reinterpret_cast<PFN_vkCreateInstance>(api_.vkGetInstanceProcAddr(nullptr, "vkCreateInstance"));
    if (!api_.vkCreateInstance) throw Error(ErrorKind::Unsupported, "the Vulkan loader has no vkCreateInstance");
}

void Device::create_instance() {
    VkApplicationInfo app{VK_STRUCTURE_TYPE_APPLICATION_INFO};
    app.pApplicationName = "QwenDesk";
    app.pEngineName = "qwendesk";
    app.apiVersion = VK_API_VERSION_1_1;
    VkInstanceCreateInfo info{VK_STRUCTURE_TYPE_INSTANCE_CREATE_INFO};
    info.pApplicationInfo = &app;
    const VkResult r = api_.vkCreateInstance(&info, nullptr, &instance_);
    if (r != VK_SUCCESS) {
        instance_ = VK_NULL_HANDLE;
        throw Error(ErrorKind::Unsupported, std::string("vkCreateInstance returned ") + result_name(r) +
                                                " (no Vulkan driver installed for any device?)");
    }
#define QWENDESK_VK_LOAD(name)                                                                            \
    api_.name = reinterpret_cast<PFN_##name>(api_.vkGetInstanceProcAddr(instance_, #name));             \
    if (!api_.name) throw Error(ErrorKind::Unsupported, "the Vulkan loader does not provide " #name);
    QWENDESK_VK_INSTANCE_FUNCTIONS(QWENDESK_VK_LOAD)
#undef QWENDESK_VK_LOAD
}

void Device::pick_device(int device_index) {
    std::uint32_t count = 0;
    api_.vkEnumeratePhysicalDevices(instance_, &count, nullptr);
    std::vector<VkPhysicalDevice> devices(count);
    if (count) api_.vkEnumeratePhysicalDevices(instance_, &count, devices.data());
    devices.resize(count);
    if (devices.empty()) throw Error(ErrorKind::Unsupported, "the Vulkan loader reports no devices");

    auto compute_family = [&](VkPhysicalDevice d) -> int {
        std::uint32_t n = 0;
        api_.vkGetPhysicalDeviceQueueFamilyProperties(d, &n, nullptr);
        std::vector<VkQueueFamilyProperties> families(n);
        api_.vkGetPhysicalDeviceQueueFamilyProperties(d, &n, families.data());
        for (std::uint32_t i = 0; i < n; ++i)
            if (families[i].queueFlags & VK_QUEUE_COMPUTE_BIT) return static_cast<int>(i);
        return -1;
    };

    if (device_index < 0) {
        if (const char* env = std::getenv("QWENDESK_VULKAN_DEVICE"); env && *env) {
            char* end = nullptr;
            const long v = std::strtol(env, &end, 10);
            if (*end != '\0' || v < 0)
                throw Error(ErrorKind::InvalidArgument, std::string("QWENDESK_VULKAN_DEVICE='") + env + "' is not a device index");
            device_index = static_cast<int>(v);
        }
    }
    int chosen = -1;
    if (device_index >= 0) {
        if (device_index >= static_cast<int>(devices.size()))
            throw Error(ErrorKind::InvalidArgument, "Vulkan device " + std::to_string(device_index) + " does not exist (" +
                                                        std::to_string(devices.size()) + " found, numbered from 0)");
        if (compute_family(devices[device_index]) < 0)
            throw Error(ErrorKind::Unsupported, "Vulkan device " + std::to_string(device_index) + " has no compute queue");
        chosen = device_index;
    } else {
        int best_rank = 1 << 30;
        for (std::size_t i = 0; i < devices.size(); ++i) {
            if (compute_family(devices[i]) < 0) continue;
            VkPhysicalDeviceProperties p;
            api_.vkGetPhysicalDeviceProperties(devices[i], &p);
            const int rank = type_rank(p.deviceType);
            if (rank < best_rank) best_rank = rank, chosen = static_cast<int>(i);
        }
        if (chosen < 0) throw Error(ErrorKind::Unsupported, "no Vulkan device has a compute queue");
    }
    physical_ = devices[chosen];
    queue_family_ = static_cast<std::uint32_t>(compute_family(physical_));
    api_.vkGetPhysicalDeviceProperties(physical_, &props_);
    api_.vkGetPhysicalDeviceMemoryProperties(physical_, &memory_props_);
    choice_.index = chosen;
    choice_.name = props_.deviceName;
    choice_.type = type_name(props_.deviceType);
    // Subgroup arithmetic in compute shaders (Vulkan 1.1): the decode kernels reduce a row's partial sums with
    // subgroupAdd instead of shared-memory trees.
    auto get_props2 = reinterpret_cast<PFN_vkGetPhysicalDeviceProperties2>(api_.vkGetInstanceProcAddr(instance_, "vkGetPhysicalDeviceProperties2"));
    if (props_.apiVersion >= VK_API_VERSION_1_1 && get_props2) {
        VkPhysicalDeviceSubgroupProperties sg{VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_SUBGROUP_PROPERTIES};
        VkPhysicalDeviceProperties2 p2{VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_PROPERTIES_2};
        p2.pNext = &sg;
        get_props2(physical_, &p2);
        subgroup_size_ = sg.subgroupSize;
        subgroup_arithmetic_ = (sg.supportedStages & VK_SHADER_STAGE_COMPUTE_BIT) &&
                               (sg.supportedOperations & VK_SUBGROUP_FEATURE_ARITHMETIC_BIT) && sg.subgroupSize >= 1;
    }
    if (const char* off = std::getenv("QWENDESK_VULKAN_NO_SUBGROUPS"); off && *off && std::string(off) != "0")
        subgroup_arithmetic_ = false;  // tests run the portable shaders too
    read_memory_budget();
}

// What this process may allocate in device-local memory: the driver's budget minus what is in use
// (VK_EXT_memory_budget: other programs and the desktop count), or 90 % of the device-local heaps without it.
// Allocations are checked against it, so an oversized model fails at load with the numbers, instead of the
// driver paging to system memory (Windows) or failing late.
void Device::read_memory_budget() {
    std::uint64_t heaps = 0;
    for (std::uint32_t h = 0; h < memory_props_.memoryHeapCount; ++h)
        if (memory_props_.memoryHeaps[h].flags & VK_MEMORY_HEAP_DEVICE_LOCAL_BIT) heaps += memory_props_.memoryHeaps[h].size;
    budget_bytes_ = heaps / 10 * 9;
    budget_source_ = "90% of the device-local heaps";
    auto has_extension = [&](const char* name) {
        auto enumerate = reinterpret_cast<PFN_vkEnumerateDeviceExtensionProperties>(
            api_.vkGetInstanceProcAddr(instance_, "vkEnumerateDeviceExtensionProperties"));
        if (!enumerate) return false;
        std::uint32_t n = 0;
        enumerate(physical_, nullptr, &n, nullptr);
        std::vector<VkExtensionProperties> ext(n);
        if (n) enumerate(physical_, nullptr, &n, ext.data());
        for (const auto& e : ext)
            if (std::strcmp(e.extensionName, name) == 0) return true;
        return false;
    };
    auto get_memory2 = reinterpret_cast<PFN_vkGetPhysicalDeviceMemoryProperties2>(
        api_.vkGetInstanceProcAddr(instance_, "vkGetPhysicalDeviceMemoryProperties2"));
    if (props_.apiVersion >= VK_API_VERSION_1_1 && get_memory2 && has_extension(VK_EXT_MEMORY_BUDGET_EXTENSION_NAME)) {
        VkPhysicalDeviceMemoryBudgetPropertiesEXT budget{VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_MEMORY_BUDGET_PROPERTIES_EXT};
        VkPhysicalDeviceMemoryProperties2 m2{VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_MEMORY_PROPERTIES_2};
        m2.pNext = &budget;
        get_memory2(physical_, &m2);
        std::uint64_t free = 0;
        for (std::uint32_t h = 0; h < memory_props_.memoryHeapCount; ++h)
            if (memory_props_.memoryHeaps[h].flags & VK_MEMORY_HEAP_DEVICE_LOCAL_BIT)
                free += budget.heapBudget[h] > budget.heapUsage[h] ? budget.heapBudget[h] - budget.heapUsage[h] : 0;
        budget_bytes_ = free;
        budget_source_ = "the driver's memory budget (VK_EXT_memory_budget)";
    }
    if (const char* mib = std::getenv("QWENDESK_VULKAN_BUDGET_MIB"); mib && *mib) {  // tests: a small GPU
        budget_bytes_ = std::strtoull(mib, nullptr, 10) << 20;
        budget_source_ = "QWENDESK_VULKAN_BUDGET_MIB";
    }
}

void Device::create_device() {
    const float priority = 1.0f;
    VkDeviceQueueCreateInfo queue{VK_STRUCTURE_TYPE_DEVICE_QUEUE_CREATE_INFO};
    queue.queueFamilyIndex = queue_family_;
    queue.queueCount = 1;
    queue.pQueuePriorities = &priority;
    VkDeviceCreateInfo info{VK_STRUCTURE_TYPE_DEVICE_CREATE_INFO};
    info.queueCreateInfoCount = 1;
    info.pQueueCreateInfos = &queue;
    const VkResult r = api_.vkCreateDevice(physical_, &info, nullptr, &device_);
    if (r != VK_SUCCESS) {
        device_ = VK_NULL_HANDLE;
        check(r, "vkCreateDevice");
    }
#define QWENDESK_VK_LOAD(name)                                                                              \
    api_.name = reinterpret_cast<PFN_##name>(api_.vkGetDeviceProcAddr(device_, #name));                    \
    if (!api_.name) throw Error(ErrorKind::Unsupported, "the Vulkan driver does not provide " #name);
    QWENDESK_VK_DEVICE_FUNCTIONS(QWENDESK_VK_LOAD)
#undef QWENDESK_VK_LOAD
    api_.vkGetDeviceQueue(device_, queue_family_, 0, &queue_);

    VkCommandPoolCreateInfo pool{VK_STRUCTURE_TYPE_COMMAND_POOL_CREATE_INFO};
    pool.flags = VK_COMMAND_POOL_CREATE_RESET_COMMAND_BUFFER_BIT;
    pool.queueFamilyIndex = queue_family_;
    check(api_.vkCreateCommandPool(device_, &pool, nullptr, &command_pool_), "vkCreateCommandPool");
    VkCommandBufferAllocateInfo alloc{VK_STRUCTURE_TYPE_COMMAND_BUFFER_ALLOCATE_INFO};
    alloc.commandPool = command_pool_;
    alloc.level = VK_COMMAND_BUFFER_LEVEL_PRIMARY;
    alloc.commandBufferCount = 1;
    check(api_.vkAllocateCommandBuffers(device_, &alloc, &cmd_), "vkAllocateCommandBuffers");
    check(api_.vkAllocateCommandBuffers(device_, &alloc, &upload_cmd_), "vkAllocateCommandBuffers");
    VkFenceCreateInfo fence{VK_STRUCTURE_TYPE_FENCE_CREATE_INFO};
    check(api_.vkCreateFence(device_, &fence, nullptr, &fence_), "vkCreateFence");
}

std::uint32_t Device::memory_type(std::uint32_t type_bits, VkMemoryPropertyFlags required, VkMemoryPropertyFlags preferred,
                                  bool& found) const {
    int best = -1;
    for (std::uint32_t i = 0; i < memory_props_.memoryTypeCount; ++i) {
        if (!(type_bits & (1u << i))) continue;
        const VkMemoryPropertyFlags f = memory_props_.memoryTypes[i].propertyFlags;
        if ((f & required) != required) continue;
        if ((f & preferred) == preferred) {
            best = static_cast<int>(i);
            break;
        }
        if (best < 0) best = static_cast<int>(i);
    }
    found = best >= 0;
    return found ? static_cast<std::uint32_t>(best) : 0;
}

Buffer Device::create_buffer(VkDeviceSize size, bool host_visible) {
    ensure_alive();
    Buffer b;
    b.size = std::max<VkDeviceSize>(size, 16);
    VkBufferCreateInfo info{VK_STRUCTURE_TYPE_BUFFER_CREATE_INFO};
    info.size = b.size;
    info.usage = VK_BUFFER_USAGE_STORAGE_BUFFER_BIT | VK_BUFFER_USAGE_TRANSFER_SRC_BIT | VK_BUFFER_USAGE_TRANSFER_DST_BIT;
    info.sharingMode = VK_SHARING_MODE_EXCLUSIVE;
    check(api_.vkCreateBuffer(device_, &info, nullptr, &b.buffer), "vkCreateBuffer");
    try {
        VkMemoryRequirements req;
        api_.vkGetBufferMemoryRequirements(device_, b.buffer, &req);
        bool found = false;
        std::uint32_t type;
        if (host_visible) {
            type = memory_type(req.memoryTypeBits, VK_MEMORY_PROPERTY_HOST_VISIBLE_BIT | VK_MEMORY_PROPERTY_HOST_COHERENT_BIT,
                               VK_MEMORY_PROPERTY_HOST_CACHED_BIT, found);
        } else {
            type = memory_type(req.memoryTypeBits, VK_MEMORY_PROPERTY_DEVICE_LOCAL_BIT, 0, found);
            if (!found) type = memory_type(req.memoryTypeBits, 0, 0, found);
        }
        if (!found) throw Error(ErrorKind::Unsupported, "Vulkan device '" + choice_.name + "' offers no suitable memory type");
        VkMemoryAllocateInfo alloc{VK_STRUCTURE_TYPE_MEMORY_ALLOCATE_INFO};
        alloc.allocationSize = req.size;
        alloc.memoryTypeIndex = type;
        if (!host_visible && budget_bytes_ && device_allocated_ + req.size > budget_bytes_)
            throw Error(ErrorKind::OutOfMemory,
                        "Vulkan device '" + choice_.name + "' has " + std::to_string(budget_bytes_ >> 20) + " MiB to give (" +
                            budget_source_ + "); " + std::to_string(device_allocated_ >> 20) + " MiB are in use by this model and " +
                            std::to_string((req.size + (1u << 20) - 1) >> 20) +
                            " MiB more are needed. Choose a smaller model or quantisation, a shorter context, fewer GPU "
                            "layers (--gpu-layers), or the CPU backend");
        check(api_.vkAllocateMemory(device_, &alloc, nullptr, &b.memory),
              ("vkAllocateMemory of " + std::to_string(req.size >> 20) + " MiB").c_str());
        if (!host_visible) {
            b.counted = req.size;
            device_allocated_ += req.size;
        }
        check(api_.vkBindBufferMemory(device_, b.buffer, b.memory, 0), "vkBindBufferMemory");
        if (memory_props_.memoryTypes[type].propertyFlags & VK_MEMORY_PROPERTY_HOST_VISIBLE_BIT)
            check(api_.vkMapMemory(device_, b.memory, 0, VK_WHOLE_SIZE, 0, &b.mapped), "vkMapMemory");
        // Mapped memory that is not coherent would need flushes; host_visible buffers are always coherent,
        // and device buffers are written through the mapping only when coherent.
        if (!host_visible && b.mapped &&
            !(memory_props_.memoryTypes[type].propertyFlags & VK_MEMORY_PROPERTY_HOST_COHERENT_BIT)) {
            api_.vkUnmapMemory(device_, b.memory);
            b.mapped = nullptr;
        }
    } catch (...) {
        destroy(b);
        throw;
    }
    return b;
}

void Device::destroy(Buffer& b) {
    if (!device_) return;
    device_allocated_ -= std::min(device_allocated_, b.counted);
    if (b.mapped) api_.vkUnmapMemory(device_, b.memory);
    if (b.buffer) api_.vkDestroyBuffer(device_, b.buffer, nullptr);
    if (b.memory) api_.vkFreeMemory(device_, b.memory, nullptr);
    b = Buffer{};
}

void Device::upload(const Buffer& dst, VkDeviceSize offset, const void* src, std::size_t bytes) {
    if (dst.mapped) {
        std::memcpy(static_cast<std::uint8_t*>(dst.mapped) + offset, src, bytes);
        return;
    }
    constexpr std::size_t kChunk = 64u << 20;
    Buffer staging = create_buffer(std::min(bytes, kChunk), true);
    try {
        for (std::size_t done = 0; done < bytes;) {
            const std::size_t n = std::min(kChunk, bytes - done);
            std::memcpy(staging.mapped, static_cast<const std::uint8_t*>(src) + done, n);
            // Its own command buffer: a weight is uploaded while the stream is being recorded, and the fence
            // wait plus the barrier order it before the stream's later submission.
            check(api_.vkResetCommandBuffer(upload_cmd_, 0), "vkResetCommandBuffer");
            VkCommandBufferBeginInfo begin{VK_STRUCTURE_TYPE_COMMAND_BUFFER_BEGIN_INFO};
            begin.flags = VK_COMMAND_BUFFER_USAGE_ONE_TIME_SUBMIT_BIT;
            check(api_.vkBeginCommandBuffer(upload_cmd_, &begin), "vkBeginCommandBuffer");
            VkBufferCopy copy{0, offset + done, n};
            api_.vkCmdCopyBuffer(upload_cmd_, staging.buffer, dst.buffer, 1, &copy);
            VkMemoryBarrier barrier{VK_STRUCTURE_TYPE_MEMORY_BARRIER};
            barrier.srcAccessMask = VK_ACCESS_TRANSFER_WRITE_BIT;
            barrier.dstAccessMask = VK_ACCESS_SHADER_READ_BIT | VK_ACCESS_TRANSFER_READ_BIT;
            api_.vkCmdPipelineBarrier(upload_cmd_, VK_PIPELINE_STAGE_TRANSFER_BIT,
                                      VK_PIPELINE_STAGE_COMPUTE_SHADER_BIT | VK_PIPELINE_STAGE_TRANSFER_BIT, 0, 1, &barrier, 0,
                                      nullptr, 0, nullptr);
            check(api_.vkEndCommandBuffer(upload_cmd_), "vkEndCommandBuffer");
            submit_and_wait(upload_cmd_, "uploading weights");
            done += n;
        }
    } catch (...) {
        destroy(staging);
        throw;
    }
    destroy(staging);
}

const Pipeline& Device::pipeline(const std::string& name, std::uint32_t bindings, std::uint32_t push_bytes) {
    if (auto it = pipelines_.find(name); it != pipelines_.end()) return it->second;
    const SpirvModule* module = nullptr;
    for (std::size_t i = 0; i < kSpirvModuleCount; ++i)
        if (name == kSpirvModules[i].name) module = &kSpirvModules[i];
    if (!module) throw Error(ErrorKind::Internal, "no embedded SPIR-V module named " + name);

    Pipeline p;
    p.bindings = bindings;
    std::vector<VkDescriptorSetLayoutBinding> b(bindings);
    for (std::uint32_t i = 0; i < bindings; ++i) b[i] = {i, VK_DESCRIPTOR_TYPE_STORAGE_BUFFER, 1, VK_SHADER_STAGE_COMPUTE_BIT, nullptr};
    VkDescriptorSetLayoutCreateInfo sl{VK_STRUCTURE_TYPE_DESCRIPTOR_SET_LAYOUT_CREATE_INFO};
    sl.bindingCount = bindings;
    sl.pBindings = b.data();
    VkShaderModule shader = VK_NULL_HANDLE;
    try {
        check(api_.vkCreateDescriptorSetLayout(device_, &sl, nullptr, &p.set_layout), "vkCreateDescriptorSetLayout");
        VkPushConstantRange range{VK_SHADER_STAGE_COMPUTE_BIT, 0, push_bytes};
        VkPipelineLayoutCreateInfo pl{VK_STRUCTURE_TYPE_PIPELINE_LAYOUT_CREATE_INFO};
        pl.setLayoutCount = 1;
        pl.pSetLayouts = &p.set_layout;
        pl.pushConstantRangeCount = 1;
        pl.pPushConstantRanges = &range;
        check(api_.vkCreatePipelineLayout(device_, &pl, nullptr, &p.layout), "vkCreatePipelineLayout");
        VkShaderModuleCreateInfo sm{VK_STRUCTURE_TYPE_SHADER_MODULE_CREATE_INFO};
        sm.codeSize = module->word_count * 4;
        sm.pCode = module->words;
        check(api_.vkCreateShaderModule(device_, &sm, nullptr, &shader), ("vkCreateShaderModule " + name).c_str());
        VkComputePipelineCreateInfo cp{VK_STRUCTURE_TYPE_COMPUTE_PIPELINE_CREATE_INFO};
        cp.stage = {VK_STRUCTURE_TYPE_PIPELINE_SHADER_STAGE_CREATE_INFO};
        cp.stage.stage = VK_SHADER_STAGE_COMPUTE_BIT;
        cp.stage.module = shader;
        cp.stage.pName = "main";
        cp.layout = p.layout;
        check(api_.vkCreateComputePipelines(device_, VK_NULL_HANDLE, 1, &cp, nullptr, &p.pipeline),
              ("vkCreateComputePipelines " + name).c_str());
        api_.vkDestroyShaderModule(device_, shader, nullptr);
    } catch (...) {
        if (shader) api_.vkDestroyShaderModule(device_, shader, nullptr);
        if (p.layout) api_.vkDestroyPipelineLayout(device_, p.layout, nullptr);
        if (p.set_layout) api_.vkDestroyDescriptorSetLayout(device_, p.set_layout, nullptr);
        throw;
    }
    return pipelines_.emplace(name, p).first->second;
}

void Device::submit_and_wait(VkCommandBuffer cmd, const char* what) {
    ensure_alive();
    // Fault injection for tests of the device-lost path (QWENDESK_VULKAN_FAULT=device-lost@N: the N-th
    // submission reports VK_ERROR_DEVICE_LOST), since a real driver reset cannot be provoked on demand.
    if (++submissions_ == fault_at_submission_) check(VK_ERROR_DEVICE_LOST, what);
    VkSubmitInfo submit{VK_STRUCTURE_TYPE_SUBMIT_INFO};
    submit.commandBufferCount = 1;
    submit.pCommandBuffers = &cmd;
    check(api_.vkQueueSubmit(queue_, 1, &submit, fence_), "vkQueueSubmit");
    check(api_.vkWaitForFences(device_, 1, &fence_, VK_TRUE, kFenceTimeoutNs), what);
    check(api_.vkResetFences(device_, 1, &fence_), "vkResetFences");
}

void Device::begin_recording() {
    ensure_alive();
    if (recording_) return;
    check(api_.vkResetCommandBuffer(cmd_, 0), "vkResetCommandBuffer");
    VkCommandBufferBeginInfo begin{VK_STRUCTURE_TYPE_COMMAND_BUFFER_BEGIN_INFO};
    begin.flags = VK_COMMAND_BUFFER_USAGE_ONE_TIME_SUBMIT_BIT;
    check(api_.vkBeginCommandBuffer(cmd_, &begin), "vkBeginCommandBuffer");
    recording_ = true;
    recorded_ = 0;
}

// One full barrier between consecutive commands: simple and always correct. (Finer barriers, letting
// independent dispatches such as the q/k/v projections overlap, are a later optimisation.)
void Device::barrier_after(VkPipelineStageFlags stage, VkAccessFlags access) {
    VkMemoryBarrier barrier{VK_STRUCTURE_TYPE_MEMORY_BARRIER};
    barrier.srcAccessMask = access;
    barrier.dstAccessMask = VK_ACCESS_SHADER_READ_BIT | VK_ACCESS_SHADER_WRITE_BIT | VK_ACCESS_TRANSFER_READ_BIT |
                            VK_ACCESS_TRANSFER_WRITE_BIT | VK_ACCESS_HOST_READ_BIT;
    api_.vkCmdPipelineBarrier(cmd_, stage,
                              VK_PIPELINE_STAGE_COMPUTE_SHADER_BIT | VK_PIPELINE_STAGE_TRANSFER_BIT | VK_PIPELINE_STAGE_HOST_BIT, 0, 1,
                              &barrier, 0, nullptr, 0, nullptr);
    // Very long streams (a MoE prefill dispatches thousands of expert matmuls) are cut so descriptor pools and
    // staging memory stay bounded; the order of commands is unchanged.
    if (++recorded_ >= 4096) flush();
}

VkDescriptorSet Device::allocate_set(const Pipeline& p) {
    constexpr std::uint32_t kSetsPerPool = 512;
    for (;;) {
        if (pool_in_use_ == descriptor_pools_.size()) {
            VkDescriptorPoolSize size{VK_DESCRIPTOR_TYPE_STORAGE_BUFFER, kSetsPerPool * 4};
            VkDescriptorPoolCreateInfo dp{VK_STRUCTURE_TYPE_DESCRIPTOR_POOL_CREATE_INFO};
            dp.maxSets = kSetsPerPool;
            dp.poolSizeCount = 1;
            dp.pPoolSizes = &size;
            VkDescriptorPool pool = VK_NULL_HANDLE;
            check(api_.vkCreateDescriptorPool(device_, &dp, nullptr, &pool), "vkCreateDescriptorPool");
            descriptor_pools_.push_back(pool);
        }
        VkDescriptorSetAllocateInfo alloc{VK_STRUCTURE_TYPE_DESCRIPTOR_SET_ALLOCATE_INFO};
        alloc.descriptorPool = descriptor_pools_[pool_in_use_];
        alloc.descriptorSetCount = 1;
        alloc.pSetLayouts = &p.set_layout;
        VkDescriptorSet set = VK_NULL_HANDLE;
        const VkResult r = api_.vkAllocateDescriptorSets(device_, &alloc, &set);
        if (r == VK_SUCCESS) return set;
        if (r != VK_ERROR_OUT_OF_POOL_MEMORY && r != VK_ERROR_FRAGMENTED_POOL) check(r, "vkAllocateDescriptorSets");
        ++pool_in_use_;  // this pool is full: the next one
    }
}

void Device::dispatch(const Pipeline& p, std::initializer_list<BufferRange> buffers, const void* push, std::uint32_t push_bytes,
                      std::uint32_t gx, std::uint32_t gy, std::uint32_t gz) {
    if (buffers.size() != p.bindings) throw Error(ErrorKind::Internal, "Vulkan dispatch: binding count mismatch");
    begin_recording();
    const VkDescriptorSet set = allocate_set(p);
    VkDescriptorBufferInfo infos[8];
    VkWriteDescriptorSet writes[8];
    std::uint32_t i = 0;
    for (const BufferRange& r : buffers) {
        infos[i] = {r.buffer, r.offset, r.size};
        writes[i] = {VK_STRUCTURE_TYPE_WRITE_DESCRIPTOR_SET};
        writes[i].dstSet = set;
        writes[i].dstBinding = i;
        writes[i].descriptorCount = 1;
        writes[i].descriptorType = VK_DESCRIPTOR_TYPE_STORAGE_BUFFER;
        writes[i].pBufferInfo = &infos[i];
        ++i;
    }
    api_.vkUpdateDescriptorSets(device_, i, writes, 0, nullptr);
    api_.vkCmdBindPipeline(cmd_, VK_PIPELINE_BIND_POINT_COMPUTE, p.pipeline);
    api_.vkCmdBindDescriptorSets(cmd_, VK_PIPELINE_BIND_POINT_COMPUTE, p.layout, 0, 1, &set, 0, nullptr);
    api_.vkCmdPushConstants(cmd_, p.layout, VK_SHADER_STAGE_COMPUTE_BIT, 0, push_bytes, push);
    api_.vkCmdDispatch(cmd_, gx, gy, gz);
    barrier_after(VK_PIPELINE_STAGE_COMPUTE_SHADER_BIT, VK_ACCESS_SHADER_WRITE_BIT);
}

void Device::copy(VkBuffer src, VkDeviceSize src_offset, VkBuffer dst, VkDeviceSize dst_offset, VkDeviceSize bytes) {
    if (bytes == 0) return;
    begin_recording();
    VkBufferCopy region{src_offset, dst_offset, bytes};
    api_.vkCmdCopyBuffer(cmd_, src, dst, 1, &region);
    barrier_after(VK_PIPELINE_STAGE_TRANSFER_BIT, VK_ACCESS_TRANSFER_WRITE_BIT);
}

void Device::fill_zero(VkBuffer dst, VkDeviceSize offset, VkDeviceSize bytes) {
    if (bytes == 0) return;
    begin_recording();
    api_.vkCmdFillBuffer(cmd_, dst, offset, bytes, 0u);
    barrier_after(VK_PIPELINE_STAGE_TRANSFER_BIT, VK_ACCESS_TRANSFER_WRITE_BIT);
}

BufferRange Device::stage(const void* src, std::size_t bytes) {
    const VkDeviceSize align = std::max<VkDeviceSize>(16, props_.limits.minStorageBufferOffsetAlignment);
    const VkDeviceSize need = std::max<VkDeviceSize>((bytes + 3) & ~VkDeviceSize(3), 4);
    while (staging_in_use_ < staging_.size()) {
        StagingChunk& c = staging_[staging_in_use_];
        const VkDeviceSize offset = (c.used + align - 1) / align * align;
        if (offset + need <= c.buffer.size) {
            if (bytes && src) std::memcpy(static_cast<std::uint8_t*>(c.buffer.mapped) + offset, src, bytes);
            c.used = offset + need;
            return {c.buffer.buffer, offset, need};
        }
        ++staging_in_use_;
    }
    const VkDeviceSize last = staging_.empty() ? 0 : staging_.back().buffer.size;
    StagingChunk chunk;
    chunk.buffer = create_buffer(std::max<VkDeviceSize>({need, VkDeviceSize(4) << 20, 2 * last}), true);
    staging_.push_back(chunk);
    return stage(src, bytes);
}

void* Device::staged(const BufferRange& r) {
    for (StagingChunk& c : staging_)
        if (c.buffer.buffer == r.buffer) return static_cast<std::uint8_t*>(c.buffer.mapped) + r.offset;
    throw Error(ErrorKind::Internal, "Vulkan: not a staging range");
}

void Device::flush() {
    if (!recording_) return;
    recording_ = false;
    check(api_.vkEndCommandBuffer(cmd_), "vkEndCommandBuffer");
    submit_and_wait(cmd_, "waiting for the GPU");
    for (VkDescriptorPool pool : descriptor_pools_) check(api_.vkResetDescriptorPool(device_, pool, 0), "vkResetDescriptorPool");
    pool_in_use_ = 0;
    for (StagingChunk& c : staging_) c.used = 0;
    staging_in_use_ = 0;
}

}  // namespace qwendesk::vk

#endif  // QWENDESK_VULKAN_BACKEND
