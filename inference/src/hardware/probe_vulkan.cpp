// Vulkan physical devices through the loader, opened at run time (libvulkan.so.1 / vulkan-1.dll) so the
// program runs where no Vulkan loader is installed. Compiled against the Vulkan headers only (VK_NO_PROTOTYPES:
// every entry point comes from vkGetInstanceProcAddr); without the headers the probe reports "not built".
//
// Vulkan's rule for extending structs: a struct may be chained into a query only when the device supports
// the version or extension that defines it, so every pNext chain below is built from what the device reports.
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <exception>
#include <memory>
#include <string>
#include <type_traits>
#include <vector>

#include "platform/dynamic_library.h"
#include "qwendesk/hardware.h"

#include "platform/driver_allocations.h"

#if defined(QWENDESK_HAVE_VULKAN_HEADERS)
#define VK_NO_PROTOTYPES
#include <vulkan/vulkan_core.h>
#endif

namespace qwendesk::hw {

#if !defined(QWENDESK_HAVE_VULKAN_HEADERS)

VulkanProbe probe_vulkan(const std::string&) {
    VulkanProbe result;
    result.status = ProbeStatus::NotBuilt;
    result.message = "this build was compiled without the Vulkan headers";
    return result;
}

#else

namespace {

// VK_KHR_cooperative_matrix (extension 507) arrived in headers 1.3.255; Debian 12 ships 1.3.239, so the
// features struct is declared here with the registry's layout.
constexpr VkStructureType kCoopMatFeaturesKhr = static_cast<VkStructureType>(1000506000);
struct CoopMatFeaturesKhr {
    VkStructureType sType;
    void* pNext;
    VkBool32 cooperativeMatrix;
    VkBool32 cooperativeMatrixRobustBufferAccess;
};

std::string version_text(std::uint32_t v) {
    return std::to_string(VK_API_VERSION_MAJOR(v)) + "." + std::to_string(VK_API_VERSION_MINOR(v)) + "." +
           std::to_string(VK_API_VERSION_PATCH(v));
}

std::string vendor_name(std::uint32_t id) {
    switch (id) {
    case 0x10DE: return "NVIDIA";
    case 0x1002: return "AMD";
    case 0x1022: return "AMD";
    case 0x8086: return "Intel";
    case 0x13B5: return "ARM";
    case 0x5143: return "Qualcomm";
    case 0x106B: return "Apple";
    case 0x1010: return "Imagination";
    case 0x14E4: return "Broadcom";
    case 0x1AE0: return "Google";
    case 0x10005: return "Mesa";
    default: {
        char text[16];
        std::snprintf(text, sizeof text, "0x%04x", id);
        return text;
    }
    }
}

DeviceType device_type(VkPhysicalDeviceType t) {
    switch (t) {
    case VK_PHYSICAL_DEVICE_TYPE_DISCRETE_GPU: return DeviceType::Discrete;
    case VK_PHYSICAL_DEVICE_TYPE_INTEGRATED_GPU: return DeviceType::Integrated;
    case VK_PHYSICAL_DEVICE_TYPE_VIRTUAL_GPU: return DeviceType::Virtual;
    case VK_PHYSICAL_DEVICE_TYPE_CPU: return DeviceType::Software;
    default: return DeviceType::Other;
    }
}

std::string format_uuid(const std::uint8_t* b) {
    char text[64];
    std::snprintf(text, sizeof text, "GPU-%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x", b[0], b[1], b[2],
                  b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]);
    return text;
}

std::string result_text(const char* call, VkResult r) {
    const char* name = "";
    switch (r) {
    case VK_ERROR_INCOMPATIBLE_DRIVER: name = " (VK_ERROR_INCOMPATIBLE_DRIVER: no Vulkan driver for any GPU)"; break;
    case VK_ERROR_INITIALIZATION_FAILED: name = " (VK_ERROR_INITIALIZATION_FAILED)"; break;
    case VK_ERROR_OUT_OF_HOST_MEMORY: name = " (VK_ERROR_OUT_OF_HOST_MEMORY)"; break;
    case VK_ERROR_OUT_OF_DEVICE_MEMORY: name = " (VK_ERROR_OUT_OF_DEVICE_MEMORY)"; break;
    case VK_ERROR_LAYER_NOT_PRESENT: name = " (VK_ERROR_LAYER_NOT_PRESENT)"; break;
    case VK_ERROR_EXTENSION_NOT_PRESENT: name = " (VK_ERROR_EXTENSION_NOT_PRESENT)"; break;
    default: break;
    }
    return std::string(call) + " returned " + std::to_string(static_cast<int>(r)) + name;
}

struct InstanceApi {
    PFN_vkDestroyInstance vkDestroyInstance = nullptr;
    PFN_vkEnumeratePhysicalDevices vkEnumeratePhysicalDevices = nullptr;
    PFN_vkGetPhysicalDeviceProperties vkGetPhysicalDeviceProperties = nullptr;
    PFN_vkGetPhysicalDeviceMemoryProperties vkGetPhysicalDeviceMemoryProperties = nullptr;
    PFN_vkEnumerateDeviceExtensionProperties vkEnumerateDeviceExtensionProperties = nullptr;
    PFN_vkGetPhysicalDeviceProperties2 vkGetPhysicalDeviceProperties2 = nullptr;
    PFN_vkGetPhysicalDeviceMemoryProperties2 vkGetPhysicalDeviceMemoryProperties2 = nullptr;
    PFN_vkGetPhysicalDeviceFeatures2 vkGetPhysicalDeviceFeatures2 = nullptr;
};

VulkanDeviceInfo query_device(const InstanceApi& api, VkPhysicalDevice pd, std::uint32_t instance_version, int index) {
    VulkanDeviceInfo info;
    info.index = index;
    VkPhysicalDeviceProperties props{};
    api.vkGetPhysicalDeviceProperties(pd, &props);
    info.name = props.deviceName;
    info.vendor_id = props.vendorID;
    info.device_id = props.deviceID;
    info.vendor = vendor_name(props.vendorID);
    info.type = device_type(props.deviceType);
    info.api_version = version_text(props.apiVersion);
    info.driver_version = props.driverVersion;

    std::vector<VkExtensionProperties> extensions;
    std::uint32_t n_ext = 0;
    if (api.vkEnumerateDeviceExtensionProperties(pd, nullptr, &n_ext, nullptr) == VK_SUCCESS && n_ext < 100000) {
        extensions.resize(n_ext);
        if (api.vkEnumerateDeviceExtensionProperties(pd, nullptr, &n_ext, extensions.data()) < VK_SUCCESS) n_ext = 0;
        extensions.resize(n_ext);
    }
    auto has_ext = [&](const char* name) {
        return std::any_of(extensions.begin(), extensions.end(), [&](const VkExtensionProperties& e) { return !std::strcmp(e.extensionName, name); });
    };
    // Physical-device queries may use what both the instance and the device support.
    const std::uint32_t version = std::min(instance_version, props.apiVersion);
    const bool v11 = version >= VK_API_VERSION_1_1 && api.vkGetPhysicalDeviceProperties2;
    const bool v12 = version >= VK_API_VERSION_1_2, v13 = version >= VK_API_VERSION_1_3;

    // Memory heaps, with budgets where VK_EXT_memory_budget exists.
    VkPhysicalDeviceMemoryProperties memory{};
    VkPhysicalDeviceMemoryBudgetPropertiesEXT budget{};
    budget.sType = VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_MEMORY_BUDGET_PROPERTIES_EXT;
    info.memory_budget_ext = v11 && api.vkGetPhysicalDeviceMemoryProperties2 && has_ext(VK_EXT_MEMORY_BUDGET_EXTENSION_NAME);
    if (info.memory_budget_ext) {
        VkPhysicalDeviceMemoryProperties2 memory2{};
        memory2.sType = VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_MEMORY_PROPERTIES_2;
        memory2.pNext = &budget;
        api.vkGetPhysicalDeviceMemoryProperties2(pd, &memory2);
        memory = memory2.memoryProperties;
    } else {
        api.vkGetPhysicalDeviceMemoryProperties(pd, &memory);
    }
    for (std::uint32_t h = 0; h < memory.memoryHeapCount && h < VK_MAX_MEMORY_HEAPS; ++h) {
        VulkanHeap heap;
        heap.size = memory.memoryHeaps[h].size;
        heap.device_local = memory.memoryHeaps[h].flags & VK_MEMORY_HEAP_DEVICE_LOCAL_BIT;
        if (info.memory_budget_ext) {
            heap.budget = budget.heapBudget[h];
            heap.usage = budget.heapUsage[h];
        }
        if (heap.device_local && heap.size > info.device_local_bytes) {
            info.device_local_bytes = heap.size;
            info.device_local_budget = heap.budget;
        }
        info.heaps.push_back(heap);
    }

    if (v11) {
        VkPhysicalDeviceSubgroupProperties subgroup{};
        subgroup.sType = VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_SUBGROUP_PROPERTIES;
        VkPhysicalDeviceIDProperties id{};
        id.sType = VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_ID_PROPERTIES;
        subgroup.pNext = &id;
        VkPhysicalDeviceDriverProperties driver{};
        driver.sType = VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_DRIVER_PROPERTIES;
        const bool has_driver = v12 || has_ext(VK_KHR_DRIVER_PROPERTIES_EXTENSION_NAME);
        if (has_driver) id.pNext = &driver;
        VkPhysicalDeviceProperties2 props2{};
        props2.sType = VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_PROPERTIES_2;
        props2.pNext = &subgroup;
        api.vkGetPhysicalDeviceProperties2(pd, &props2);
        info.subgroup_size = subgroup.subgroupSize;
        if (id.deviceUUID[0] || std::any_of(id.deviceUUID, id.deviceUUID + VK_UUID_SIZE, [](std::uint8_t b) { return b != 0; }))
            info.uuid = format_uuid(id.deviceUUID);
        if (has_driver) {
            info.driver_name.assign(driver.driverName, strnlen(driver.driverName, VK_MAX_DRIVER_NAME_SIZE));
            info.driver_info.assign(driver.driverInfo, strnlen(driver.driverInfo, VK_MAX_DRIVER_INFO_SIZE));
        }

        if (api.vkGetPhysicalDeviceFeatures2) {
            VkPhysicalDeviceFeatures2 features2{};
            features2.sType = VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_FEATURES_2;
            void** tail = &features2.pNext;
            auto chain = [&](auto& s) {
                *tail = &s;
                tail = &s.pNext;
            };
            VkPhysicalDevice16BitStorageFeatures storage16{};
            storage16.sType = VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_16BIT_STORAGE_FEATURES;
            chain(storage16);
            VkPhysicalDeviceShaderFloat16Int8Features f16i8{};
            f16i8.sType = VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_SHADER_FLOAT16_INT8_FEATURES;
            const bool has_f16i8 = v12 || has_ext(VK_KHR_SHADER_FLOAT16_INT8_EXTENSION_NAME);
            if (has_f16i8) chain(f16i8);
            VkPhysicalDeviceShaderIntegerDotProductFeatures dot{};
            dot.sType = VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_SHADER_INTEGER_DOT_PRODUCT_FEATURES;
            const bool has_dot = v13 || has_ext(VK_KHR_SHADER_INTEGER_DOT_PRODUCT_EXTENSION_NAME);
            if (has_dot) chain(dot);
            CoopMatFeaturesKhr coopmat{};
            coopmat.sType = kCoopMatFeaturesKhr;
            const bool has_coopmat = has_ext("VK_KHR_cooperative_matrix");
            if (has_coopmat) chain(coopmat);
            VkPhysicalDeviceCooperativeMatrixFeaturesNV coopmat_nv{};
            coopmat_nv.sType = VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_COOPERATIVE_MATRIX_FEATURES_NV;
            const bool has_coopmat_nv = has_ext(VK_NV_COOPERATIVE_MATRIX_EXTENSION_NAME);
            if (has_coopmat_nv) chain(coopmat_nv);
            api.vkGetPhysicalDeviceFeatures2(pd, &features2);
            info.fp16 = has_f16i8 && f16i8.shaderFloat16 && storage16.storageBuffer16BitAccess;
            info.int8_dot = has_dot && dot.shaderIntegerDotProduct;
            info.cooperative_matrix = (has_coopmat && coopmat.cooperativeMatrix) || (has_coopmat_nv && coopmat_nv.cooperativeMatrix);
        }
    }
    return info;
}

VulkanProbe probe(const std::string& library_override) {
    VulkanProbe result;
#if defined(_WIN32)
    const char* candidates[] = {"vulkan-1.dll"};
#elif defined(__APPLE__)
    const char* candidates[] = {"libvulkan.1.dylib", "libvulkan.dylib", "libMoltenVK.dylib"};
#else
    const char* candidates[] = {"libvulkan.so.1", "libvulkan.so"};
#endif
    std::unique_ptr<DynamicLibrary> lib;
    std::string errors;
    if (!library_override.empty()) {
        lib = DynamicLibrary::open(library_override, errors);
    } else {
        for (const char* name : candidates) {
            std::string error;
            lib = DynamicLibrary::open(name, error);
            if (lib) break;
            errors += (errors.empty() ? "" : "; ") + error;
        }
    }
    if (!lib) {
        result.status = ProbeStatus::NoDriver;
        result.message = "no Vulkan loader found (" + errors + ")";
        return result;
    }
    result.library = lib->name();
    auto gipa = lib->function<PFN_vkGetInstanceProcAddr>("vkGetInstanceProcAddr");
    if (!gipa) {
        result.status = ProbeStatus::Failed;
        result.message = result.library + " is not a Vulkan loader: it lacks vkGetInstanceProcAddr";
        return result;
    }
    lib->keep_loaded();  // the loader loads drivers that may not survive being unloaded

    auto create_instance = reinterpret_cast<PFN_vkCreateInstance>(gipa(nullptr, "vkCreateInstance"));
    auto enumerate_version = reinterpret_cast<PFN_vkEnumerateInstanceVersion>(gipa(nullptr, "vkEnumerateInstanceVersion"));
    auto enumerate_instance_ext =
        reinterpret_cast<PFN_vkEnumerateInstanceExtensionProperties>(gipa(nullptr, "vkEnumerateInstanceExtensionProperties"));
    if (!create_instance) {
        result.status = ProbeStatus::Failed;
        result.message = "the Vulkan loader returns no vkCreateInstance";
        return result;
    }
    std::uint32_t loader_version = VK_API_VERSION_1_0;
    if (enumerate_version && enumerate_version(&loader_version) != VK_SUCCESS) loader_version = VK_API_VERSION_1_0;
    result.instance_version = version_text(loader_version);

    // MoltenVK and other non-conformant drivers are only listed when the portability extension is asked for.
    std::vector<const char*> instance_ext;
    bool portability = false;
    if (enumerate_instance_ext) {
        std::uint32_t n = 0;
        if (enumerate_instance_ext(nullptr, &n, nullptr) == VK_SUCCESS && n < 10000) {
            std::vector<VkExtensionProperties> available(n);
            if (enumerate_instance_ext(nullptr, &n, available.data()) >= VK_SUCCESS) {
                available.resize(n);
                for (const auto& e : available)
                    if (!std::strcmp(e.extensionName, "VK_KHR_portability_enumeration")) portability = true;
            }
        }
    }
    if (portability) instance_ext.push_back("VK_KHR_portability_enumeration");

    VkApplicationInfo app{};
    app.sType = VK_STRUCTURE_TYPE_APPLICATION_INFO;
    app.pApplicationName = "QwenDesk hardware probe";
    app.pEngineName = "QwenDesk";
    app.apiVersion = std::min<std::uint32_t>(loader_version, VK_API_VERSION_1_3);
    if (VK_API_VERSION_MAJOR(app.apiVersion) == 0 && VK_API_VERSION_MINOR(app.apiVersion) == 0) app.apiVersion = VK_API_VERSION_1_0;
    VkInstanceCreateInfo create{};
    create.sType = VK_STRUCTURE_TYPE_INSTANCE_CREATE_INFO;
    create.pApplicationInfo = &app;
    create.enabledExtensionCount = static_cast<std::uint32_t>(instance_ext.size());
    create.ppEnabledExtensionNames = instance_ext.data();
    if (portability) create.flags |= 0x00000001;  // VK_INSTANCE_CREATE_ENUMERATE_PORTABILITY_BIT_KHR
    VkInstance instance = VK_NULL_HANDLE;
    if (VkResult r = create_instance(&create, nullptr, &instance); r != VK_SUCCESS) {
        // No driver for any device is the common case of a machine without a GPU driver: report it plainly.
        result.status = r == VK_ERROR_INCOMPATIBLE_DRIVER ? ProbeStatus::NoDriver : ProbeStatus::Failed;
        result.message = "the Vulkan loader is installed but no instance could be created: " + result_text("vkCreateInstance", r);
        return result;
    }

    InstanceApi api;
    auto load = [&](auto& fn, const char* name) { fn = reinterpret_cast<std::remove_reference_t<decltype(fn)>>(gipa(instance, name)); };
    load(api.vkDestroyInstance, "vkDestroyInstance");
    load(api.vkEnumeratePhysicalDevices, "vkEnumeratePhysicalDevices");
    load(api.vkGetPhysicalDeviceProperties, "vkGetPhysicalDeviceProperties");
    load(api.vkGetPhysicalDeviceMemoryProperties, "vkGetPhysicalDeviceMemoryProperties");
    load(api.vkEnumerateDeviceExtensionProperties, "vkEnumerateDeviceExtensionProperties");
    if (app.apiVersion >= VK_API_VERSION_1_1) {
        load(api.vkGetPhysicalDeviceProperties2, "vkGetPhysicalDeviceProperties2");
        load(api.vkGetPhysicalDeviceMemoryProperties2, "vkGetPhysicalDeviceMemoryProperties2");
        load(api.vkGetPhysicalDeviceFeatures2, "vkGetPhysicalDeviceFeatures2");
    }
    if (!api.vkDestroyInstance || !api.vkEnumeratePhysicalDevices || !api.vkGetPhysicalDeviceProperties ||
        !api.vkGetPhysicalDeviceMemoryProperties || !api.vkEnumerateDeviceExtensionProperties) {
        result.status = ProbeStatus::Failed;
        result.message = "the Vulkan loader lacks a core instance function";
        if (api.vkDestroyInstance) api.vkDestroyInstance(instance, nullptr);
        return result;
    }
    std::uint32_t count = 0;
    VkResult r = api.vkEnumeratePhysicalDevices(instance, &count, nullptr);
    std::vector<VkPhysicalDevice> devices;
    if (r == VK_SUCCESS && count > 0 && count < 1024) {
        devices.resize(count);
        r = api.vkEnumeratePhysicalDevices(instance, &count, devices.data());
        if (r >= VK_SUCCESS) devices.resize(count);
    }
    if (r < VK_SUCCESS) {
        result.status = ProbeStatus::Failed;
        result.message = result_text("vkEnumeratePhysicalDevices", r);
        api.vkDestroyInstance(instance, nullptr);
        return result;
    }
    for (std::size_t i = 0; i < devices.size(); ++i)
        result.devices.push_back(query_device(api, devices[i], app.apiVersion, static_cast<int>(i)));
    api.vkDestroyInstance(instance, nullptr);
    result.status = ProbeStatus::Ok;
    if (result.devices.empty()) result.message = "the Vulkan loader found no device";
    return result;
}

}  // namespace

VulkanProbe probe_vulkan(const std::string& library) {
    // Drivers keep allocations past vkDestroyInstance (Mesa's lavapipe leaks 128 bytes when the loader
    // unloads it); they are not ours to free.
    DriverAllocationScope driver_allocations_are_not_ours;
    try {
        return probe(library);
    } catch (const std::exception& e) {
        VulkanProbe result;
        result.status = ProbeStatus::Failed;
        result.message = std::string("Vulkan probe failed: ") + e.what();
        return result;
    }
}

#endif

}  // namespace qwendesk::hw
