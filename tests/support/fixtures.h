// Where the shared fixtures live, and a skip for suites that need them when the folder is absent.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

namespace qwendesk::test {

std::filesystem::path fixtures_dir();

// Returns the path of a fixture file or folder, or an empty path when it is absent.
std::filesystem::path fixture(const std::string& relative);

std::string read_file(const std::filesystem::path& path);

}  // namespace qwendesk::test

// Skips the current test (reported as SKIPPED, with the reason) when a fixture is absent.
#define QWENDESK_REQUIRE_FIXTURE(var, relative)                                                       \
    const std::filesystem::path var = ::qwendesk::test::fixture(relative);                            \
    if (var.empty())                                                                                  \
    GTEST_SKIP() << "fixture " << (relative) << " not found under " << ::qwendesk::test::fixtures_dir() \
                 << " (clone ../shared beside the repo to run this test)"
