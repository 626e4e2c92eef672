// The key/value cache of one conversation: float32 keys and values for every layer, KV head and position, each
// layer in the memory of the backend that runs that layer (on the GPU for GPU layers, in RAM for the rest).
// Host memory is reserved for the whole context but the operating system only backs the pages that are written.
#pragma once

#include <cstddef>
#include <memory>
#include <span>
#include <vector>

#include "backends/backend.h"
#include "model/config.h"

namespace qwendesk {

class KvCache {
public:
    // layer_backends[l] holds layer l's cache. Throws Error(OutOfMemory) when the context cannot be reserved.
    KvCache(const ModelConfig& config, int capacity, std::span<Backend* const> layer_backends);

    int capacity() const { return capacity_; }
    KvLayerView layer(int index);
    std::size_t bytes() const { return bytes_; }
    // Bytes the cache takes for a model and context (float32 elements; 2 for F16), for planning.
    static std::size_t bytes_for(const ModelConfig& config, int capacity, int element_bytes = 4);

private:
    struct Layer {
        std::unique_ptr<DeviceBuffer> keys, values;
        DType type = DType::F32;
    };
    int capacity_;
    std::size_t bytes_ = 0;
    std::vector<Layer> layers_;
};

}  // namespace qwendesk
