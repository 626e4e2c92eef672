// The one engine source the module compiles in (check_device_range, upload_new), after engine_api.h so that
// qwendesk::Error's type_info keeps default visibility in the module as everywhere else.
#include "engine_api.h"

#include "backends/backend.cpp"
