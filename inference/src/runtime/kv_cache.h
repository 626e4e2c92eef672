// The key/value cache of one conversation: float32 keys and values for every layer, KV head and position.
// Memory is reserved for the whole context but the operating system only backs the pages that are written.
#pragma once

#include <cstddef>
#include <memory>
#include <vector>

#include "backends/backend.h"
#include "model/config.h"

namespace qwendesk {

class KvCache {
public:
    // Throws Error(OutOfMemory) when the context cannot be reserved.
    KvCache(const ModelConfig& config, int capacity);

    int capacity() const { return capacity_; }
    KvLayerView layer(int index);
    std::size_t bytes() const { return bytes_per_layer_ * layers_.size(); }
    // Bytes the cache takes for a model and context, for planning.
    static std::size_t bytes_for(const ModelConfig& config, int capacity);

private:
    struct Layer {
        std::unique_ptr<float[]> keys, values;
    };
    int capacity_;
    std::size_t bytes_per_layer_ = 0;
    std::vector<Layer> layers_;
};

}  // namespace qwendesk
