// GPU drivers (Mesa's lavapipe, vendor ICDs) allocate memory they never free and are unloaded by the Vulkan
// loader, so LeakSanitizer reports their leaks against an unknown module that no suppression can name.
// Code that calls into a driver to create or destroy instances and devices holds a DriverAllocationScope:
// in sanitizer builds LeakSanitizer then does not count what is allocated meanwhile; elsewhere it is empty.
#pragma once

#if defined(__SANITIZE_ADDRESS__)
#define QWENDESK_LSAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define QWENDESK_LSAN 1
#endif
#endif
#if defined(QWENDESK_LSAN)
#include <sanitizer/lsan_interface.h>
#endif

namespace qwendesk {

#if defined(QWENDESK_LSAN)
using DriverAllocationScope = __lsan::ScopedDisabler;
#else
struct DriverAllocationScope {};
#endif

}  // namespace qwendesk
