// Hugging Face safetensors files: one file, or a sharded checkpoint described by model.safetensors.index.json.
// Every rule of the format is checked before any byte is used: an 8-byte header length of at most 100 MB, a
// JSON header whose tensors tile the data area exactly (no gaps, no overlaps), sizes equal to shape × dtype,
// no duplicate names; shard names in the index may not leave the model's folder.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "formats/tensor.h"
#include "platform/mapped_file.h"

namespace qwendesk {

// Parses the header of safetensors bytes. `origin` names the file in error messages. The returned views
// point into `bytes`. Throws Error(CorruptFile) or Error(Unsupported) (a dtype we do not read).
std::vector<TensorView> parse_safetensors(std::span<const std::uint8_t> bytes, const std::string& origin);

// All tensors of a checkpoint folder (or a single .safetensors file), memory-mapped.
class SafetensorsCheckpoint {
public:
    explicit SafetensorsCheckpoint(const std::filesystem::path& path);

    const TensorView* find(const std::string& name) const;
    // Throws Error(CorruptFile) naming the tensor and the checkpoint when it is absent.
    const TensorView& get(const std::string& name) const;
    const std::map<std::string, TensorView>& tensors() const { return tensors_; }
    const std::filesystem::path& folder() const { return folder_; }

private:
    void add_file(const std::filesystem::path& file);

    std::filesystem::path folder_;
    std::vector<std::unique_ptr<MappedFile>> files_;
    std::map<std::string, TensorView> tensors_;
};

}  // namespace qwendesk
