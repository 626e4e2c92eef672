// Setting and clearing environment variables in tests, on POSIX and Windows (MinGW has no setenv).
#pragma once

#include <cstdlib>
#include <string>

namespace qwendesk::test {

inline void set_env(const char* name, const std::string& value) {
#ifdef _WIN32
    _putenv_s(name, value.c_str());
#else
    setenv(name, value.c_str(), 1);
#endif
}

inline void unset_env(const char* name) {
#ifdef _WIN32
    _putenv_s(name, "");
#else
    unsetenv(name);
#endif
}

}  // namespace qwendesk::test
