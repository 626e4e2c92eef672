// A read-only memory mapping of a whole file: mmap on POSIX, MapViewOfFile on Windows. Paths are
// std::filesystem::path so Windows receives UTF-16 names unchanged.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <span>

namespace qwendesk {

class MappedFile {
public:
    // Throws Error(FileNotFound) when the file cannot be opened, Error(CorruptFile) when it cannot be mapped.
    explicit MappedFile(const std::filesystem::path& path);
    ~MappedFile();
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;

    const std::uint8_t* data() const { return data_; }
    std::size_t size() const { return size_; }
    std::span<const std::uint8_t> bytes() const { return {data_, size_}; }
    const std::filesystem::path& path() const { return path_; }

private:
    std::filesystem::path path_;
    const std::uint8_t* data_ = nullptr;
    std::size_t size_ = 0;
#ifdef _WIN32
    void* file_handle_ = nullptr;
    void* mapping_handle_ = nullptr;
#endif
};

// Reads a whole (small) file into a string; throws Error(FileNotFound) naming the path.
std::string read_text_file(const std::filesystem::path& path);

}  // namespace qwendesk
