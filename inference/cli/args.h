// A small option parser for qwendesk-cli subcommands: "--name value", "--flag", "-p 512".
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace qwendesk::cli {

class Args {
public:
    // `flags` are the options that take no value; everything else starting with '-' takes one.
    // Throws qwendesk::Error(InvalidArgument) for an unknown option or a missing value.
    Args(const std::vector<std::string>& argv, const std::set<std::string>& value_options,
         const std::set<std::string>& flags);

    bool has(const std::string& name) const;
    std::optional<std::string> get(const std::string& name) const;
    std::string require(const std::string& name) const;
    long long get_int(const std::string& name, long long fallback) const;
    double get_double(const std::string& name, double fallback) const;

private:
    std::map<std::string, std::string> values_;
    std::set<std::string> flags_;
};

// A path from a UTF-8 command-line string (on Windows the arguments are converted to UTF-8 first).
inline std::filesystem::path utf8_path(const std::string& text) {
    return std::filesystem::path(std::u8string(text.begin(), text.end()));
}

}  // namespace qwendesk::cli
