#include "qwendesk/errors.h"

namespace qwendesk {

const char* to_string(ErrorKind kind) {
    switch (kind) {
        case ErrorKind::InvalidArgument: return "invalid argument";
        case ErrorKind::FileNotFound: return "file not found";
        case ErrorKind::CorruptFile: return "corrupt file";
        case ErrorKind::Unsupported: return "unsupported";
        case ErrorKind::ContextOverflow: return "context overflow";
        case ErrorKind::OutOfMemory: return "out of memory";
        case ErrorKind::Cancelled: return "cancelled";
        case ErrorKind::DeviceLost: return "GPU device lost";
        case ErrorKind::Internal: return "internal error";
    }
    return "unknown error";
}

}  // namespace qwendesk
