// NVIDIA GPUs through the CUDA driver API, loaded at run time (libcuda.so.1 / nvcuda.dll) so the program
// starts and runs on machines without an NVIDIA driver. The handful of driver entry points used here are
// declared below with the ABI of cuda.h; the _v2 names are the 64-bit-size versions every driver since CUDA
// 3.2 exports. Every call's result is checked: a driver that is installed but broken (a container without
// the device nodes, a kernel module that does not match the library) is reported, not trusted.
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <exception>
#include <memory>
#include <string>
#include <type_traits>

#include "platform/dynamic_library.h"
#include "qwendesk/hardware.h"

namespace qwendesk::hw {

namespace {

using CUresult = int;
using CUdevice = int;
using CUcontext = struct CUctx_st*;
struct CUuuid {
    unsigned char bytes[16];
};

constexpr CUresult CUDA_SUCCESS = 0;
constexpr CUresult CUDA_ERROR_NO_DEVICE = 100;
// CUdevice_attribute values from cuda.h.
constexpr int CU_DEVICE_ATTRIBUTE_MULTIPROCESSOR_COUNT = 16;
constexpr int CU_DEVICE_ATTRIBUTE_INTEGRATED = 18;
constexpr int CU_DEVICE_ATTRIBUTE_PCI_BUS_ID = 33;
constexpr int CU_DEVICE_ATTRIBUTE_PCI_DEVICE_ID = 34;
constexpr int CU_DEVICE_ATTRIBUTE_PCI_DOMAIN_ID = 50;
constexpr int CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR = 75;
constexpr int CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR = 76;

#ifdef _WIN32
#define QWENDESK_CUDAAPI __stdcall
#else
#define QWENDESK_CUDAAPI
#endif

struct DriverApi {
    CUresult(QWENDESK_CUDAAPI* cuInit)(unsigned) = nullptr;
    CUresult(QWENDESK_CUDAAPI* cuDriverGetVersion)(int*) = nullptr;
    CUresult(QWENDESK_CUDAAPI* cuDeviceGetCount)(int*) = nullptr;
    CUresult(QWENDESK_CUDAAPI* cuDeviceGet)(CUdevice*, int) = nullptr;
    CUresult(QWENDESK_CUDAAPI* cuDeviceGetName)(char*, int, CUdevice) = nullptr;
    CUresult(QWENDESK_CUDAAPI* cuDeviceGetAttribute)(int*, int, CUdevice) = nullptr;
    CUresult(QWENDESK_CUDAAPI* cuDeviceTotalMem_v2)(std::size_t*, CUdevice) = nullptr;
    // Optional: older drivers lack some of these, and the probe still lists the device without them.
    CUresult(QWENDESK_CUDAAPI* cuDeviceGetUuid)(CUuuid*, CUdevice) = nullptr;
    CUresult(QWENDESK_CUDAAPI* cuDevicePrimaryCtxRetain)(CUcontext*, CUdevice) = nullptr;
    CUresult(QWENDESK_CUDAAPI* cuDevicePrimaryCtxRelease)(CUdevice) = nullptr;
    CUresult(QWENDESK_CUDAAPI* cuCtxPushCurrent_v2)(CUcontext) = nullptr;
    CUresult(QWENDESK_CUDAAPI* cuCtxPopCurrent_v2)(CUcontext*) = nullptr;
    CUresult(QWENDESK_CUDAAPI* cuMemGetInfo_v2)(std::size_t*, std::size_t*) = nullptr;
    CUresult(QWENDESK_CUDAAPI* cuGetErrorString)(CUresult, const char**) = nullptr;
};

std::string error_text(const DriverApi& api, const char* call, CUresult r) {
    const char* text = nullptr;
    if (api.cuGetErrorString && api.cuGetErrorString(r, &text) != CUDA_SUCCESS) text = nullptr;
    return std::string(call) + " returned " + std::to_string(r) + (text ? std::string(" (") + text + ")" : std::string());
}

std::string format_uuid(const unsigned char* b) {
    char text[64];
    std::snprintf(text, sizeof text, "GPU-%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x", b[0], b[1], b[2],
                  b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]);
    return text;
}

void query_device(const DriverApi& api, int index, CudaDeviceInfo& info) {
    CUdevice dev = 0;
    if (CUresult r = api.cuDeviceGet(&dev, index); r != CUDA_SUCCESS) {
        info.error = error_text(api, "cuDeviceGet", r);
        return;
    }
    char name[256] = {};
    if (api.cuDeviceGetName(name, sizeof name - 1, dev) == CUDA_SUCCESS) info.name = name;
    auto attribute = [&](int which) {
        int v = 0;
        return api.cuDeviceGetAttribute(&v, which, dev) == CUDA_SUCCESS ? v : -1;
    };
    info.cc_major = std::max(0, attribute(CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR));
    info.cc_minor = std::max(0, attribute(CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR));
    info.multiprocessors = std::max(0, attribute(CU_DEVICE_ATTRIBUTE_MULTIPROCESSOR_COUNT));
    info.integrated = attribute(CU_DEVICE_ATTRIBUTE_INTEGRATED) == 1;
    const int domain = attribute(CU_DEVICE_ATTRIBUTE_PCI_DOMAIN_ID), bus = attribute(CU_DEVICE_ATTRIBUTE_PCI_BUS_ID),
              slot = attribute(CU_DEVICE_ATTRIBUTE_PCI_DEVICE_ID);
    if (domain >= 0 && bus >= 0 && slot >= 0) {
        char text[32];
        std::snprintf(text, sizeof text, "%04x:%02x:%02x.0", domain, bus, slot);
        info.pci_bus_id = text;
    }
    std::size_t total = 0;
    if (CUresult r = api.cuDeviceTotalMem_v2(&total, dev); r == CUDA_SUCCESS)
        info.total_bytes = total;
    else
        info.error = error_text(api, "cuDeviceTotalMem_v2", r);
    CUuuid uuid{};
    if (api.cuDeviceGetUuid && api.cuDeviceGetUuid(&uuid, dev) == CUDA_SUCCESS) info.uuid = format_uuid(uuid.bytes);

    // Free memory needs a context. The primary context is the one a CUDA backend will use too, and
    // retaining it is reference-counted, so the probe leaves no trace. It costs some VRAM while held.
    if (api.cuDevicePrimaryCtxRetain && api.cuDevicePrimaryCtxRelease && api.cuCtxPushCurrent_v2 && api.cuCtxPopCurrent_v2 &&
        api.cuMemGetInfo_v2) {
        CUcontext ctx = nullptr;
        if (CUresult r = api.cuDevicePrimaryCtxRetain(&ctx, dev); r != CUDA_SUCCESS) {
            if (info.error.empty()) info.error = error_text(api, "cuDevicePrimaryCtxRetain", r) + "; free memory unknown";
            return;
        }
        if (api.cuCtxPushCurrent_v2(ctx) == CUDA_SUCCESS) {
            std::size_t free_bytes = 0, total_bytes = 0;
            if (CUresult r = api.cuMemGetInfo_v2(&free_bytes, &total_bytes); r == CUDA_SUCCESS)
                info.free_bytes = free_bytes;
            else if (info.error.empty())
                info.error = error_text(api, "cuMemGetInfo_v2", r);
            CUcontext popped = nullptr;
            api.cuCtxPopCurrent_v2(&popped);
        }
        api.cuDevicePrimaryCtxRelease(dev);
    }
}

CudaProbe probe(const std::string& library_override) {
    CudaProbe result;
#ifdef _WIN32
    const char* candidates[] = {"nvcuda.dll"};
#else
    const char* candidates[] = {"libcuda.so.1", "libcuda.so"};
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
        result.message = "no NVIDIA driver found (" + errors + ")";
        return result;
    }
    result.library = lib->name();

    DriverApi api;
    std::string missing;
    auto need = [&](auto& fn, const char* name) {
        fn = lib->function<std::remove_reference_t<decltype(fn)>>(name);
        if (!fn) missing += (missing.empty() ? "" : ", ") + std::string(name);
    };
    auto want = [&](auto& fn, const char* name) { fn = lib->function<std::remove_reference_t<decltype(fn)>>(name); };
    need(api.cuInit, "cuInit");
    need(api.cuDriverGetVersion, "cuDriverGetVersion");
    need(api.cuDeviceGetCount, "cuDeviceGetCount");
    need(api.cuDeviceGet, "cuDeviceGet");
    need(api.cuDeviceGetName, "cuDeviceGetName");
    need(api.cuDeviceGetAttribute, "cuDeviceGetAttribute");
    need(api.cuDeviceTotalMem_v2, "cuDeviceTotalMem_v2");
    want(api.cuDeviceGetUuid, "cuDeviceGetUuid");
    want(api.cuDevicePrimaryCtxRetain, "cuDevicePrimaryCtxRetain");
    want(api.cuDevicePrimaryCtxRelease, "cuDevicePrimaryCtxRelease_v2");
    if (!api.cuDevicePrimaryCtxRelease) want(api.cuDevicePrimaryCtxRelease, "cuDevicePrimaryCtxRelease");
    want(api.cuCtxPushCurrent_v2, "cuCtxPushCurrent_v2");
    want(api.cuCtxPopCurrent_v2, "cuCtxPopCurrent_v2");
    want(api.cuMemGetInfo_v2, "cuMemGetInfo_v2");
    want(api.cuGetErrorString, "cuGetErrorString");
    if (!missing.empty()) {
        result.status = ProbeStatus::Failed;
        result.message = result.library + " is not a usable CUDA driver: it lacks " + missing;
        return result;
    }
    // From here on the library is a CUDA driver, which must stay loaded (it starts threads).
    lib->keep_loaded();

    if (api.cuDriverGetVersion(&result.driver_version) != CUDA_SUCCESS) result.driver_version = 0;
    if (CUresult r = api.cuInit(0); r != CUDA_SUCCESS) {
        if (r == CUDA_ERROR_NO_DEVICE) {
            result.status = ProbeStatus::Ok;
            result.message = "the NVIDIA driver is installed but sees no GPU";
            return result;
        }
        result.status = ProbeStatus::Failed;
        result.message = "the NVIDIA driver is installed but does not start: " + error_text(api, "cuInit", r);
        return result;
    }
    int count = 0;
    if (CUresult r = api.cuDeviceGetCount(&count); r != CUDA_SUCCESS) {
        result.status = ProbeStatus::Failed;
        result.message = error_text(api, "cuDeviceGetCount", r);
        return result;
    }
    for (int i = 0; i < count && i < 64; ++i) {
        CudaDeviceInfo info;
        info.index = i;
        query_device(api, i, info);
        result.devices.push_back(std::move(info));
    }
    result.status = ProbeStatus::Ok;
    if (count == 0) result.message = "the NVIDIA driver is installed but sees no GPU";
    return result;
}

}  // namespace

CudaProbe probe_cuda(const std::string& library) {
    try {
        return probe(library);
    } catch (const std::exception& e) {
        CudaProbe result;
        result.status = ProbeStatus::Failed;
        result.message = std::string("CUDA probe failed: ") + e.what();
        return result;
    }
}

}  // namespace qwendesk::hw
