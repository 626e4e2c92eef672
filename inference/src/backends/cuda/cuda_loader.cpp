// The engine's side of the CUDA backend: finds the NVIDIA driver, opens the CUDA module and checks its ABI,
// and turns every failure into Error(Unsupported) with a plain sentence. Compiled into qwendesk_engine with no
// CUDA header: the module's entry points are declared in cuda_module_abi.h.
#include "backends/cuda/cuda_backend.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <system_error>
#include <vector>

#include "backends/cuda/cuda_module_abi.h"
#include "platform/driver_allocations.h"
#include "platform/dynamic_library.h"
#include "platform/paths.h"
#include "qwendesk/errors.h"

#ifdef _WIN32
#include <windows.h>
#endif

namespace qwendesk {

namespace {

#if defined(QWENDESK_CUDA_MODULE_BUILT)
constexpr bool kBuilt = true;
constexpr const char* kModuleFile = QWENDESK_CUDA_MODULE_FILE;
constexpr const char* kInstallLibDir = QWENDESK_CUDA_INSTALL_LIBDIR;
#else
constexpr bool kBuilt = false;
#ifdef _WIN32
constexpr const char* kModuleFile = "qwendesk_cuda.dll";
#else
constexpr const char* kModuleFile = "libqwendesk_cuda.so";
#endif
constexpr const char* kInstallLibDir = "lib";
#endif

const char* const kNotBuilt =
    "this build has no CUDA backend (configure with the CUDA toolkit installed, QWENDESK_CUDA=AUTO or ON)";

std::filesystem::path executable_dir() {
#ifdef _WIN32
    std::wstring buffer(32768, L'\0');
    const DWORD n = GetModuleFileNameW(nullptr, buffer.data(), static_cast<DWORD>(buffer.size()));
    if (n == 0 || n >= buffer.size()) return {};
    buffer.resize(n);
    return std::filesystem::path(buffer).parent_path();
#else
    std::error_code ec;
    const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    return ec ? std::filesystem::path() : exe.parent_path();
#endif
}

// Where the module is looked for, in order.
std::vector<std::filesystem::path> module_candidates(const std::string& explicit_path) {
    if (!explicit_path.empty()) return {std::filesystem::path(explicit_path)};
    if (const char* env = std::getenv("QWENDESK_CUDA_MODULE"); env && *env) return {std::filesystem::path(env)};
    const std::filesystem::path dir = executable_dir();
    if (dir.empty()) return {std::filesystem::path(kModuleFile)};
    std::vector<std::filesystem::path> out{dir / kModuleFile};
    for (const std::string& lib : {std::string(kInstallLibDir), std::string("lib")}) {
        auto p = (dir / ".." / lib / "qwendesk" / "backends" / kModuleFile).lexically_normal();
        if (std::find(out.begin(), out.end(), p) == out.end()) out.push_back(p);
    }
    return out;
}

struct LoadedModule {
    std::unique_ptr<DynamicLibrary> library;
    std::string path;
    CudaBuildInfoFn build_info = nullptr;
    CudaCreateFn create = nullptr;
};

// Opens the module at `path` (or the first candidate that exists). Modules stay loaded for the life of the
// process: backends created from them reference their code, and the CUDA runtime registers exit handlers.
LoadedModule open_module(const std::string& path) {
    if (!kBuilt && path.empty() && !std::getenv("QWENDESK_CUDA_MODULE")) throw Error(ErrorKind::Unsupported, kNotBuilt);
    const auto candidates = module_candidates(path);
    std::filesystem::path chosen = candidates.front();
    for (const auto& c : candidates) {
        std::error_code ec;
        if (std::filesystem::exists(c, ec)) {
            chosen = c;
            break;
        }
    }
    const std::string shown = path_to_utf8(chosen);
    std::error_code ec;
    if (!std::filesystem::exists(chosen, ec)) {
        std::string where;
        for (const auto& c : candidates) where += (where.empty() ? "" : ", ") + path_to_utf8(c);
        throw Error(ErrorKind::Unsupported, "the CUDA backend module is missing (looked for " + where +
                                                "); reinstall QwenDesk with its CUDA component, or set QWENDESK_CUDA_MODULE to the file");
    }
    std::string error;
    [[maybe_unused]] DriverAllocationScope driver_scope;  // the static CUDA runtime's own allocations at load are not ours to track
    auto library = DynamicLibrary::open(shown, error);
    if (!library) throw Error(ErrorKind::Unsupported, "the CUDA backend module " + shown + " cannot be loaded: " + error);
    library->keep_loaded();
    const auto abi = library->function<CudaAbiVersionFn>(kCudaAbiVersionSymbol);
    if (!abi) throw Error(ErrorKind::Unsupported, shown + " is not a QwenDesk CUDA backend module (it has no " + kCudaAbiVersionSymbol + ")");
    const int version = abi();
    if (version != kCudaModuleAbiVersion)
        throw Error(ErrorKind::Unsupported, "the CUDA backend module " + shown + " is of another QwenDesk version (module interface " +
                                                std::to_string(version) + ", this program needs " +
                                                std::to_string(kCudaModuleAbiVersion) + "); reinstall QwenDesk");
    LoadedModule m;
    m.build_info = library->function<CudaBuildInfoFn>(kCudaBuildInfoSymbol);
    m.create = library->function<CudaCreateFn>(kCudaCreateSymbol);
    if (!m.build_info || !m.create)
        throw Error(ErrorKind::Unsupported, "the CUDA backend module " + shown + " lacks its entry points; reinstall QwenDesk");
    m.library = std::move(library);
    m.path = shown;
    return m;
}

// The NVIDIA driver's user-mode library, as the CUDA runtime inside the module will look for it.
void require_driver() {
#ifdef _WIN32
    const char* names[] = {"nvcuda.dll"};
#else
    const char* names[] = {"libcuda.so.1"};
#endif
    std::string error;
    for (const char* name : names)
        if (auto lib = DynamicLibrary::open(name, error)) {
            lib->keep_loaded();  // drivers are not all written to be unloaded (see probe_cuda.cpp)
            return;
        }
    throw Error(ErrorKind::Unsupported, std::string("no NVIDIA driver is installed (") + names[0] +
                                            " cannot be loaded), so the CUDA backend cannot run; install the NVIDIA driver "
                                            "or choose --backend cpu or vulkan");
}

Backend* make_cpu_fallback(int threads, int integer_kernels) {
    return make_cpu_backend(CpuBackendOptions{threads, integer_kernels != 0}).release();
}

}  // namespace

bool cuda_backend_built() { return kBuilt; }

std::string cuda_module_file_name() { return kModuleFile; }

CudaModuleInfo cuda_module_info(const std::string& path) {
    LoadedModule m = open_module(path);
    return CudaModuleInfo{m.path, kCudaModuleAbiVersion, m.build_info()};
}

std::unique_ptr<Backend> make_cuda_backend(const CudaBackendOptions& options) {
    if (!kBuilt && options.module_path.empty() && !std::getenv("QWENDESK_CUDA_MODULE")) throw Error(ErrorKind::Unsupported, kNotBuilt);
    if (options.check_driver) require_driver();
    LoadedModule m = open_module(options.module_path);
    int device = options.device;
    if (device < 0) {
        device = 0;
        if (const char* env = std::getenv("QWENDESK_CUDA_DEVICE"); env && *env) {
            char* end = nullptr;
            const long v = std::strtol(env, &end, 10);
            if (*end != '\0' || v < 0 || v > 1024)
                throw Error(ErrorKind::InvalidArgument, std::string("QWENDESK_CUDA_DEVICE='") + env + "' is not a device number");
            device = static_cast<int>(v);
        }
    }
    const CudaModuleHost host{kCudaModuleAbiVersion, &make_cpu_fallback};
    const CudaModuleOptions module_options{device, options.integer_kernels ? 1 : 0};
    int kind = static_cast<int>(ErrorKind::Internal);
    char message[1024] = {};
    Backend* backend = nullptr;
    {
        [[maybe_unused]] DriverAllocationScope driver_scope;  // the driver's context and the runtime's state live until exit
        backend = m.create(&host, &module_options, &kind, message, sizeof message);
    }
    if (!backend) {
        if (kind < static_cast<int>(ErrorKind::InvalidArgument) || kind > static_cast<int>(ErrorKind::Internal))
            kind = static_cast<int>(ErrorKind::Internal);
        throw Error(static_cast<ErrorKind>(kind), message[0] ? message : "the CUDA backend could not be created");
    }
    return std::unique_ptr<Backend>(backend);
}

}  // namespace qwendesk
