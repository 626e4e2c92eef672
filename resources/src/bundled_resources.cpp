#include "qwendesk/bundled_resources.h"

#include <lzma.h>

#include <mutex>

#include "qwendesk/errors.h"

extern const unsigned char qwendesk_qwen3_tokenizer_xz[];
extern const std::size_t qwendesk_qwen3_tokenizer_xz_size;

namespace qwendesk::resources {

namespace {

std::string xz_decompress(const unsigned char* data, std::size_t size) {
    lzma_stream stream = LZMA_STREAM_INIT;
    if (lzma_stream_decoder(&stream, UINT64_MAX, 0) != LZMA_OK)
        throw Error(ErrorKind::Internal, "cannot start the xz decoder for a bundled resource");
    std::string out;
    out.resize(16u << 20);
    stream.next_in = data;
    stream.avail_in = size;
    std::size_t produced = 0;
    for (;;) {
        stream.next_out = reinterpret_cast<std::uint8_t*>(out.data()) + produced;
        stream.avail_out = out.size() - produced;
        lzma_ret ret = lzma_code(&stream, LZMA_FINISH);
        produced = out.size() - stream.avail_out;
        if (ret == LZMA_STREAM_END) break;
        if (ret != LZMA_OK) {
            lzma_end(&stream);
            throw Error(ErrorKind::Internal, "a bundled resource is not valid xz data");
        }
        if (stream.avail_out == 0) out.resize(out.size() * 2);
    }
    lzma_end(&stream);
    out.resize(produced);
    return out;
}

}  // namespace

const std::string& qwen3_tokenizer_json() {
    static const std::string text = xz_decompress(qwendesk_qwen3_tokenizer_xz, qwendesk_qwen3_tokenizer_xz_size);
    return text;
}

std::shared_ptr<const Tokenizer> qwen3_tokenizer() {
    static std::once_flag once;
    static std::shared_ptr<const Tokenizer> tokenizer;
    std::call_once(once, [] { tokenizer = Tokenizer::from_json_text(qwen3_tokenizer_json(), "bundled Qwen3 tokenizer"); });
    return tokenizer;
}

}  // namespace qwendesk::resources
