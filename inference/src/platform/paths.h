// Paths shown to people: std::filesystem::path as UTF-8 on every platform (on Windows path::string()
// would use the ANSI code page and mangle non-Latin folder names).
#pragma once

#include <filesystem>
#include <string>

namespace qwendesk {

inline std::string path_to_utf8(const std::filesystem::path& path) {
    const auto u8 = path.u8string();
    return std::string(u8.begin(), u8.end());
}

}  // namespace qwendesk
