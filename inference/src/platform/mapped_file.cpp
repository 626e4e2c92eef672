#include "platform/mapped_file.h"
#include "platform/paths.h"

#include <fstream>
#include <sstream>

#include "qwendesk/errors.h"

#ifdef _WIN32
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>
#else
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace qwendesk {

#ifdef _WIN32

MappedFile::MappedFile(const std::filesystem::path& path) : path_(path) {
    HANDLE file = CreateFileW(path.c_str(), GENERIC_READ, FILE_SHARE_READ, nullptr, OPEN_EXISTING,
                              FILE_ATTRIBUTE_NORMAL, nullptr);
    if (file == INVALID_HANDLE_VALUE) throw Error(ErrorKind::FileNotFound, "cannot open " + path_to_utf8(path));
    LARGE_INTEGER size{};
    if (!GetFileSizeEx(file, &size)) {
        CloseHandle(file);
        throw Error(ErrorKind::CorruptFile, "cannot read the size of " + path_to_utf8(path));
    }
    file_handle_ = file;
    size_ = static_cast<std::size_t>(size.QuadPart);
    if (size_ == 0) return;  // an empty file cannot be mapped; data() stays null
    HANDLE mapping = CreateFileMappingW(file, nullptr, PAGE_READONLY, 0, 0, nullptr);
    if (!mapping) {
        CloseHandle(file);
        throw Error(ErrorKind::CorruptFile, "cannot map " + path_to_utf8(path));
    }
    mapping_handle_ = mapping;
    data_ = static_cast<const std::uint8_t*>(MapViewOfFile(mapping, FILE_MAP_READ, 0, 0, 0));
    if (!data_) {
        CloseHandle(mapping);
        CloseHandle(file);
        throw Error(ErrorKind::CorruptFile, "cannot map a view of " + path_to_utf8(path));
    }
}

MappedFile::~MappedFile() {
    if (data_) UnmapViewOfFile(data_);
    if (mapping_handle_) CloseHandle(static_cast<HANDLE>(mapping_handle_));
    if (file_handle_) CloseHandle(static_cast<HANDLE>(file_handle_));
}

#else

MappedFile::MappedFile(const std::filesystem::path& path) : path_(path) {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) throw Error(ErrorKind::FileNotFound, "cannot open " + path_to_utf8(path));
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        throw Error(ErrorKind::FileNotFound, path_to_utf8(path) + " is not a regular file");
    }
    size_ = static_cast<std::size_t>(st.st_size);
    if (size_ > 0) {
        void* p = ::mmap(nullptr, size_, PROT_READ, MAP_PRIVATE, fd, 0);
        if (p == MAP_FAILED) {
            ::close(fd);
            throw Error(ErrorKind::CorruptFile, "cannot map " + path_to_utf8(path));
        }
        data_ = static_cast<const std::uint8_t*>(p);
    }
    ::close(fd);  // the mapping keeps the file alive
}

MappedFile::~MappedFile() {
    if (data_) ::munmap(const_cast<std::uint8_t*>(data_), size_);
}

#endif

std::string read_text_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw Error(ErrorKind::FileNotFound, "cannot open " + path_to_utf8(path));
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

}  // namespace qwendesk
