// Probe results, machines, footprints, plans and recommendations as JSON (qwendesk-cli --json, the app).
#include "qwendesk/hardware.h"

namespace qwendesk::hw {

using json = nlohmann::ordered_json;

json to_json(const MachineProbe& p) {
    json cpu = {{"name", p.cpu.name},
                {"arch", p.cpu.arch},
                {"logical_cores", p.cpu.logical_cores},
                {"physical_cores", p.cpu.physical_cores},
                {"simd", p.cpu.simd},
                {"total_ram", p.cpu.total_ram},
                {"available_ram", p.cpu.available_ram}};
    json cuda_devices = json::array();
    for (const auto& d : p.cuda.devices)
        cuda_devices.push_back({{"index", d.index},
                                {"name", d.name},
                                {"compute_capability", std::to_string(d.cc_major) + "." + std::to_string(d.cc_minor)},
                                {"multiprocessors", d.multiprocessors},
                                {"integrated", d.integrated},
                                {"total_bytes", d.total_bytes},
                                {"free_bytes", d.free_bytes},
                                {"uuid", d.uuid},
                                {"pci_bus_id", d.pci_bus_id},
                                {"error", d.error}});
    json cuda = {{"status", to_string(p.cuda.status)},
                 {"message", p.cuda.message},
                 {"library", p.cuda.library},
                 {"driver_version", p.cuda.driver_version},
                 {"devices", cuda_devices}};
    json vk_devices = json::array();
    for (const auto& d : p.vulkan.devices) {
        json heaps = json::array();
        for (const auto& h : d.heaps)
            heaps.push_back({{"size", h.size}, {"budget", h.budget}, {"usage", h.usage}, {"device_local", h.device_local}});
        vk_devices.push_back({{"index", d.index},
                              {"name", d.name},
                              {"vendor", d.vendor},
                              {"vendor_id", d.vendor_id},
                              {"device_id", d.device_id},
                              {"type", to_string(d.type)},
                              {"api_version", d.api_version},
                              {"driver_name", d.driver_name},
                              {"driver_info", d.driver_info},
                              {"driver_version", d.driver_version},
                              {"uuid", d.uuid},
                              {"device_local_bytes", d.device_local_bytes},
                              {"device_local_budget", d.device_local_budget},
                              {"memory_budget_ext", d.memory_budget_ext},
                              {"heaps", heaps},
                              {"subgroup_size", d.subgroup_size},
                              {"fp16", d.fp16},
                              {"int8_dot", d.int8_dot},
                              {"cooperative_matrix", d.cooperative_matrix}});
    }
    json vulkan = {{"status", to_string(p.vulkan.status)},
                   {"message", p.vulkan.message},
                   {"library", p.vulkan.library},
                   {"instance_version", p.vulkan.instance_version},
                   {"devices", vk_devices}};
    return {{"cpu", cpu}, {"cuda", cuda}, {"vulkan", vulkan}};
}

json to_json(const MachineDescription& m) {
    json gpus = json::array();
    for (const auto& g : m.gpus)
        gpus.push_back({{"name", g.name},
                        {"vendor", g.vendor},
                        {"type", to_string(g.type)},
                        {"memory_bytes", g.memory_bytes},
                        {"free_bytes", g.free_bytes},
                        {"cuda_index", g.cuda_index},
                        {"vulkan_index", g.vulkan_index}});
    return {{"cpu", m.cpu_name}, {"cores", m.cpu_cores}, {"simd", m.simd}, {"ram_bytes", m.ram_bytes}, {"ram_available", m.ram_available},
            {"gpus", gpus}};
}

json to_json(const ModelFootprint& f) {
    std::uint64_t experts = 0;
    for (const auto& l : f.layer_bytes) experts += l.experts;
    return {{"name", f.name},         {"quant", f.quant},   {"exact", f.exact},       {"weight_bytes", f.weight_bytes},
            {"active_bytes", f.active_bytes}, {"expert_bytes", experts}, {"parameters", f.parameters}, {"layers", f.layers},
            {"kv_heads", f.kv_heads}, {"head_dim", f.head_dim}, {"experts", f.experts}, {"experts_used", f.experts_used},
            {"max_context", f.max_context}};
}

namespace {
json memory_json(const MemoryPlan& m) {
    return {{"weights", m.weights},   {"kv_cache", m.kv_cache}, {"working", m.working},   {"runtime", m.runtime},
            {"total", m.total()},     {"capacity", m.capacity}, {"headroom", m.headroom}, {"usable", m.usable()}};
}
}  // namespace

json to_json(const Plan& p) {
    return {{"backend", to_string(p.backend)},
            {"device", p.device},
            {"device_name", p.device_name},
            {"context", p.context},
            {"wished_context", p.wished_context},
            {"fit", to_string(p.fit)},
            {"memory", memory_json(p.memory)},
            {"split", to_string(p.split)},
            {"gpu_layers", p.gpu_layers},
            {"experts_on_cpu", experts_on_cpu_text(p)},
            {"experts_on_cpu_layers", p.experts_on_cpu},
            {"host_memory", memory_json(p.host_memory)},
            {"engine_flags", engine_flags(p)},
            {"est_tokens_per_s", p.est_tokens_per_s},
            {"summary", p.summary},
            {"reasons", p.reasons}};
}

json to_json(const Recommendation& r) {
    json entries = json::array();
    for (const auto& e : r.entries)
        entries.push_back({{"model", e.model},
                           {"quant", e.quant},
                           {"weight_bytes", e.footprint.weight_bytes},
                           {"backend", to_string(e.plan.backend)},
                           {"device_name", e.plan.device_name},
                           {"split", to_string(e.plan.split)},
                           {"gpu_layers", e.plan.gpu_layers},
                           {"experts_on_cpu", experts_on_cpu_text(e.plan)},
                           {"context", e.plan.context},
                           {"total_bytes", e.plan.memory.total()},
                           {"usable_bytes", e.plan.memory.usable()},
                           {"fit", to_string(e.plan.fit)},
                           {"est_tokens_per_s", e.plan.est_tokens_per_s},
                           {"best_for_model", e.best_for_model}});
    json j = {{"summary", r.summary}, {"entries", entries}};
    if (r.best) j["best"] = *r.best;
    return j;
}

}  // namespace qwendesk::hw
