#include "model/quantize_model.h"

#include <vector>

#include "formats/quant/dequantize.h"
#include "formats/quant/quantize.h"
#include "platform/thread_pool.h"
#include "qwendesk/errors.h"

namespace qwendesk {

namespace {

class Converter {
public:
    Converter(ModelWeights& out, const QuantMix& mix, ThreadPool& pool) : out_(out), mix_(mix), pool_(pool) {}

    WeightMatrix convert(const WeightMatrix& m, TensorRole role, int layer) {
        const DType target = mix_.type_for(role, layer, out_.config.num_layers, m.cols);
        if (target == m.dtype) return m;
        WeightMatrix q = m;
        q.dtype = target;
        q.row_bytes = *row_bytes(target, static_cast<std::size_t>(m.cols));
        std::shared_ptr<std::uint8_t[]> bytes;
        try {
            bytes.reset(new std::uint8_t[q.row_bytes * static_cast<std::size_t>(m.rows)]);
        } catch (const std::bad_alloc&) {
            throw Error(ErrorKind::OutOfMemory, "not enough memory to quantise a " + std::to_string(m.rows) + " x " +
                                                    std::to_string(m.cols) + " matrix to " + std::string(dtype_name(target)));
        }
        pool_.parallel_for(m.rows, [&](std::int64_t begin, std::int64_t end) {
            std::vector<float> row(static_cast<std::size_t>(m.cols));
            for (std::int64_t r = begin; r < end; ++r) {
                dequantize_row(m.dtype, m.row(r), row.data(), row.size());
                quantize_row(target, row.data(), bytes.get() + static_cast<std::size_t>(r) * q.row_bytes, row.size());
            }
        });
        q.data = bytes.get();
        out_.storage.push_back(std::shared_ptr<const void>(bytes, bytes.get()));
        return q;
    }

private:
    ModelWeights& out_;
    const QuantMix& mix_;
    ThreadPool& pool_;
};

}  // namespace

std::shared_ptr<ModelWeights> quantize_weights(const std::shared_ptr<const ModelWeights>& source, const QuantMix& mix, int threads) {
    auto out = std::make_shared<ModelWeights>(*source);  // norms, config, tokenizer; matrices replaced below
    out->storage.push_back(source);                      // views that stay unconverted point into it
    ThreadPool pool(threads);
    Converter convert(*out, mix, pool);
    const bool tied = source->lm_head.data == source->embed.data;
    out->embed = convert.convert(source->embed, TensorRole::Embedding, 0);
    out->lm_head = tied ? out->embed : convert.convert(source->lm_head, TensorRole::Output, 0);
    for (std::size_t l = 0; l < out->layers.size(); ++l) {
        LayerWeights& L = out->layers[l];
        const int layer = static_cast<int>(l);
        L.q = convert.convert(L.q, TensorRole::AttnQ, layer);
        L.k = convert.convert(L.k, TensorRole::AttnK, layer);
        L.v = convert.convert(L.v, TensorRole::AttnV, layer);
        L.o = convert.convert(L.o, TensorRole::AttnO, layer);
        if (L.is_moe) {
            L.router = convert.convert(L.router, TensorRole::Router, layer);
            for (std::size_t e = 0; e < L.expert_gate.size(); ++e) {
                L.expert_gate[e] = convert.convert(L.expert_gate[e], TensorRole::FfnGate, layer);
                L.expert_up[e] = convert.convert(L.expert_up[e], TensorRole::FfnUp, layer);
                L.expert_down[e] = convert.convert(L.expert_down[e], TensorRole::FfnDown, layer);
            }
        } else {
            L.gate = convert.convert(L.gate, TensorRole::FfnGate, layer);
            L.up = convert.convert(L.up, TensorRole::FfnUp, layer);
            L.down = convert.convert(L.down, TensorRole::FfnDown, layer);
        }
    }
    return out;
}

}  // namespace qwendesk
