// The options every model-running subcommand shares: --backend, --threads, --gpu-layers, --experts-on-cpu,
// --kv-type.
#pragma once

#include <string>

#include "args.h"
#include "runtime/model_runtime.h"

namespace qwendesk::cli {

inline RuntimeOptions runtime_options(const Args& args, const std::string& default_backend) {
    RuntimeOptions o;
    o.backend = args.get("--backend").value_or(default_backend);
    o.threads = static_cast<int>(args.get_int("--threads", 0));
    o.gpu_layers = static_cast<int>(args.get_int("--gpu-layers", -1));
    o.experts_on_cpu = args.get("--experts-on-cpu").value_or("");
    o.kv_type = args.get("--kv-type").value_or("auto");
    return o;
}

}  // namespace qwendesk::cli
