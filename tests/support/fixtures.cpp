#include "fixtures.h"

#include <fstream>
#include <sstream>

namespace qwendesk::test {

std::filesystem::path fixtures_dir() {
    if (const char* env = std::getenv("QWENDESK_FIXTURES_DIR")) return env;
    return QWENDESK_FIXTURES_DIR;
}

std::filesystem::path fixture(const std::string& relative) {
    auto p = fixtures_dir() / relative;
    std::error_code ec;
    return std::filesystem::exists(p, ec) ? p : std::filesystem::path{};
}

std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

}  // namespace qwendesk::test
