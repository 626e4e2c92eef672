#include "runtime/kv_cache.h"

#include "qwendesk/errors.h"

namespace qwendesk {

std::size_t KvCache::bytes_for(const ModelConfig& c, int capacity, int element_bytes) {
    return static_cast<std::size_t>(c.num_layers) * 2 * c.num_kv_heads * c.head_dim * static_cast<std::size_t>(capacity) *
           static_cast<std::size_t>(element_bytes);
}

KvCache::KvCache(const ModelConfig& c, int capacity, std::span<Backend* const> layer_backends) : capacity_(capacity) {
    if (capacity <= 0) throw Error(ErrorKind::InvalidArgument, "context length must be positive");
    if (layer_backends.size() != static_cast<std::size_t>(c.num_layers))
        throw Error(ErrorKind::Internal, "KV cache: one backend per layer expected");
    const std::size_t elements = static_cast<std::size_t>(c.num_kv_heads) * c.head_dim * static_cast<std::size_t>(capacity);
    try {
        layers_.resize(static_cast<std::size_t>(c.num_layers));
        for (std::size_t l = 0; l < layers_.size(); ++l) {
            Layer& layer = layers_[l];
            layer.type = layer_backends[l]->kv_cache_type();
            // F16 elements are packed two to a float slot.
            const std::size_t floats = layer.type == DType::F16 ? (elements + 1) / 2 : elements;
            layer.keys = layer_backends[l]->allocate(floats);
            layer.values = layer_backends[l]->allocate(floats);
            bytes_ += 2 * floats * sizeof(float);
        }
    } catch (const Error& e) {
        if (e.kind() != ErrorKind::OutOfMemory) throw;
        throw Error(ErrorKind::OutOfMemory, "cannot reserve a KV cache of " + std::to_string(bytes_for(c, capacity) >> 20) +
                                                " MiB for a context of " + std::to_string(capacity) + " tokens (" + e.what() + ")");
    }
}

KvLayerView KvCache::layer(int index) {
    auto& l = layers_.at(static_cast<std::size_t>(index));
    return KvLayerView{DevicePtr{l.keys.get(), 0}, DevicePtr{l.values.get(), 0}, capacity_, l.type};
}

}  // namespace qwendesk
