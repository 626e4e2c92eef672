#include "model/load_model.h"

#include "model/load_gguf_model.h"
#include "model/load_safetensors_model.h"
#include "platform/paths.h"
#include "qwendesk/errors.h"

namespace qwendesk {

std::shared_ptr<ModelWeights> load_model(const std::filesystem::path& path) {
    std::error_code ec;
    const std::string shown = path_to_utf8(path);
    if (!std::filesystem::exists(path, ec)) throw Error(ErrorKind::FileNotFound, shown + " does not exist");
    if (std::filesystem::is_directory(path, ec)) return load_safetensors_model(path);
    if (path.filename() == "config.json" || path.extension() == ".safetensors") return load_safetensors_model(path.parent_path());
    if (path.extension() == ".gguf") return load_gguf_model(path);
    throw Error(ErrorKind::Unsupported, shown + " is neither a Hugging Face model folder nor a .gguf file");
}

}  // namespace qwendesk
