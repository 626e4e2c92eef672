#include "backends/backend.h"

#include "qwendesk/errors.h"

namespace qwendesk {

std::unique_ptr<DeviceBuffer> upload_new(Backend& backend, const float* values, std::size_t n) {
    auto buffer = backend.allocate(n);
    if (n > 0) backend.upload(DevicePtr{buffer.get(), 0}, values, n);
    return buffer;
}

void Backend::moe_route(DevicePtr, int, int, int, bool, DevicePtr) {
    throw Error(ErrorKind::Internal, name() + " has no device routing (can_route is false)");
}

void Backend::matmul_routed(std::span<const WeightMatrix>, DevicePtr, bool, DevicePtr, int, int, DevicePtr) {
    throw Error(ErrorKind::Internal, name() + " has no device routing (can_route is false)");
}

void Backend::moe_combine(DevicePtr, DevicePtr, int, int, int, DevicePtr) {
    throw Error(ErrorKind::Internal, name() + " has no device routing (can_route is false)");
}

void check_device_range(const Backend& backend, DevicePtr p, std::size_t n, const char* op) {
    if (!p.buffer) throw Error(ErrorKind::Internal, std::string(op) + ": null device pointer");
    if (p.buffer->owner() != &backend)
        throw Error(ErrorKind::Internal, std::string(op) + ": a buffer of another backend was passed to " + backend.name());
    if (p.offset > p.buffer->floats() || n > p.buffer->floats() - p.offset)
        throw Error(ErrorKind::Internal, std::string(op) + ": " + std::to_string(n) + " floats at offset " +
                                             std::to_string(p.offset) + " overrun a buffer of " + std::to_string(p.buffer->floats()));
}

}  // namespace qwendesk
