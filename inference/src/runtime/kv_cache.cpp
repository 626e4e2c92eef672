#include "runtime/kv_cache.h"

#include <new>

#include "qwendesk/errors.h"

namespace qwendesk {

std::size_t KvCache::bytes_for(const ModelConfig& c, int capacity) {
    return static_cast<std::size_t>(c.num_layers) * 2 * c.num_kv_heads * c.head_dim * static_cast<std::size_t>(capacity) *
           sizeof(float);
}

KvCache::KvCache(const ModelConfig& c, int capacity) : capacity_(capacity) {
    if (capacity <= 0) throw Error(ErrorKind::InvalidArgument, "context length must be positive");
    const std::size_t floats = static_cast<std::size_t>(c.num_kv_heads) * c.head_dim * static_cast<std::size_t>(capacity);
    bytes_per_layer_ = 2 * floats * sizeof(float);
    try {
        layers_.resize(static_cast<std::size_t>(c.num_layers));
        for (auto& l : layers_) {
            // Default-initialised (not zeroed) so untouched pages are never committed.
            l.keys.reset(new float[floats]);
            l.values.reset(new float[floats]);
        }
    } catch (const std::bad_alloc&) {
        throw Error(ErrorKind::OutOfMemory, "cannot reserve a KV cache of " + std::to_string(bytes_for(c, capacity) >> 20) +
                                                " MiB for a context of " + std::to_string(capacity) + " tokens");
    }
}

KvLayerView KvCache::layer(int index) {
    auto& l = layers_.at(static_cast<std::size_t>(index));
    return KvLayerView{l.keys.get(), l.values.get(), capacity_};
}

}  // namespace qwendesk
