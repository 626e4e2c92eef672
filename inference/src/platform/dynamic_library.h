// Loading a shared library at run time (dlopen / LoadLibraryW), for drivers we must not link against: a
// machine without an NVIDIA driver still has to start. Symbols are looked up by name and cast by the caller.
#pragma once

#include <memory>
#include <string>

namespace qwendesk {

class DynamicLibrary {
public:
    // Opens `name` (a file name the system loader searches for, or a path). Returns nullptr and sets
    // `error` (the loader's own message) when it cannot be loaded; never throws for a missing library.
    static std::unique_ptr<DynamicLibrary> open(const std::string& name, std::string& error);

    DynamicLibrary(const DynamicLibrary&) = delete;
    DynamicLibrary& operator=(const DynamicLibrary&) = delete;
    ~DynamicLibrary();

    // nullptr when the library has no such symbol.
    void* symbol(const char* name) const;
    template <typename Fn>
    Fn function(const char* name) const {
        return reinterpret_cast<Fn>(symbol(name));
    }
    const std::string& name() const { return name_; }

    // Keeps the library mapped after this object is gone. GPU drivers register exit handlers and threads
    // and are not all written to be unloaded, so probes keep them for the life of the process.
    void keep_loaded() { keep_ = true; }

private:
    DynamicLibrary(void* handle, std::string name) : handle_(handle), name_(std::move(name)) {}
    void* handle_;
    std::string name_;
    bool keep_ = false;
};

}  // namespace qwendesk
