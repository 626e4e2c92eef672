// Errors the engine reports. Every failure caused by user data (a file, a prompt, a setting) is thrown
// as qwendesk::Error with a kind the caller can act on and a message that names the file, field and limit.
// Nothing in the engine asserts on user data.
#pragma once

#include <stdexcept>
#include <string>

namespace qwendesk {

enum class ErrorKind {
    InvalidArgument,  // a bad option or request (empty prompt, unknown flag value)
    FileNotFound,     // a path that does not exist or cannot be opened
    CorruptFile,      // a file that exists but breaks its format's rules
    Unsupported,      // a valid file or request we do not implement (another architecture, a dtype)
    ContextOverflow,  // a prompt or conversation longer than the context window
    OutOfMemory,      // an allocation the machine could not satisfy
    Cancelled,        // the caller cancelled
    DeviceLost,       // the GPU reset or its context became unusable: load the engine again (another backend,
                      // or after a restart of the app for CUDA); what the user wrote is not affected
    Internal,         // a bug in the engine; never caused by user data
};

const char* to_string(ErrorKind kind);

class Error : public std::runtime_error {
public:
    Error(ErrorKind kind, const std::string& message) : std::runtime_error(message), kind_(kind) {}
    ErrorKind kind() const { return kind_; }

private:
    ErrorKind kind_;
};

}  // namespace qwendesk
