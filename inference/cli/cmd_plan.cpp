// qwendesk-cli plan: where a model runs on this machine (or a described one) and why.
//   plan --model PATH [--ctx N]                             exact weight bytes from the file
//   plan --preset qwen3-30b-a3b --quant Q4_K_M [--ctx N]    bytes estimated from the shapes
//   plan --recommend [--ctx N]                              every Qwen3 model x quantisation
// --assume "gpu=RTX 4060:8GiB,ram=32GiB" plans for a described machine instead of probing this one;
// --backends cpu,cuda,vulkan plans as if those backends were built (default: this build's);
// --backend / --device override the choice; --kv-type f16 plans an F16 KV cache; --min-ctx sets the floor.
// A model larger than the GPU is split with the CPU (issue #13); --gpu-layers N / --experts-on-cpu all|LAYERS
// plan the split given (the engine's own flags), --no-split plans one device only. The plan prints the
// engine flags that apply it.
#include <cstdio>
#include <string>

#include <nlohmann/json.hpp>

#include "args.h"
#include "commands.h"
#include "qwendesk/errors.h"
#include "qwendesk/hardware.h"

namespace qwendesk::cli {

namespace {

using namespace qwendesk::hw;

std::set<Backend> parse_backends(const std::string& text) {
    std::set<Backend> out;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t comma = text.find(',', start);
        if (comma == std::string::npos) comma = text.size();
        const std::string item = text.substr(start, comma - start);
        if (!item.empty()) out.insert(parse_backend(item));
        start = comma + 1;
    }
    out.insert(Backend::Cpu);  // the CPU backend is always built
    return out;
}

int parse_device(const std::string& text, const MachineDescription& machine) {
    try {
        std::size_t used = 0;
        const int index = std::stoi(text, &used);
        if (used == text.size()) return index;
    } catch (const std::exception&) {
    }
    for (std::size_t i = 0; i < machine.gpus.size(); ++i)
        if (machine.gpus[i].name.find(text) != std::string::npos) return static_cast<int>(i);
    throw Error(ErrorKind::InvalidArgument, "--device " + text + ": no GPU by that index or name");
}

void print_plan(const ModelFootprint& model, const Plan& p) {
    const double params = static_cast<double>(model.parameters);
    std::printf("Model    %s: %s of weights (%s), %.2f%s parameters\n", model.name.c_str(), format_bytes(model.weight_bytes).c_str(),
                model.exact ? "exact, from the file" : "estimated from the shapes", params >= 1e9 ? params / 1e9 : params / 1e6,
                params >= 1e9 ? "B" : "M");
    std::printf("Choice   %s on %s, context %d tokens (asked %d) - %s\n", to_string(p.backend), p.device_name.c_str(), p.context,
                p.wished_context, to_string(p.fit));
    const MemoryPlan& m = p.memory;
    std::printf("Memory   weights %s + KV cache %s + working %s + runtime %s = %s of %s usable (%s, %s kept free)\n",
                format_bytes(m.weights).c_str(), format_bytes(m.kv_cache).c_str(), format_bytes(m.working).c_str(),
                format_bytes(m.runtime).c_str(), format_bytes(m.total()).c_str(), format_bytes(m.usable()).c_str(),
                format_bytes(m.capacity).c_str(), format_bytes(m.headroom).c_str());
    if (p.split != Split::None) {
        const MemoryPlan& h = p.host_memory;
        std::printf("RAM      weights %s + KV cache %s + working %s + runtime %s = %s of %s usable (%s, %s kept free)\n",
                    format_bytes(h.weights).c_str(), format_bytes(h.kv_cache).c_str(), format_bytes(h.working).c_str(),
                    format_bytes(h.runtime).c_str(), format_bytes(h.total()).c_str(), format_bytes(h.usable()).c_str(),
                    format_bytes(h.capacity).c_str(), format_bytes(h.headroom).c_str());
    }
    const std::string experts = experts_on_cpu_text(p);
    std::printf("Split    %s: gpu layers %s, experts on the CPU %s\n", to_string(p.split),
                p.gpu_layers < 0 ? "all" : std::to_string(p.gpu_layers).c_str(), experts.empty() ? "none" : experts.c_str());
    std::printf("Flags    %s\n", engine_flags(p).c_str());
    if (p.est_tokens_per_s > 0)
        std::printf("Speed    roughly %.0f tokens/s when generating (an estimate from memory bandwidth)\n", p.est_tokens_per_s);
    std::printf("Why\n");
    for (const auto& r : p.reasons) std::printf("  - %s\n", r.c_str());
    std::printf("%s\n", p.summary.c_str());
}

void print_recommendation(const Recommendation& r) {
    std::printf("| %-14s | %-6s | %10s | %-8s | %-28s | %7s | %10s | %10s | %-9s | %6s |\n", "model", "quant", "weights", "backend", "device",
                "context", "memory", "usable", "fit", "~tok/s");
    std::printf("|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|\n", "----------------", "--------", "-----------:", "----------",
                "------------------------------", "--------:", "-----------:", "-----------:", "-----------", "-------:");
    for (const auto& e : r.entries) {
        std::string fit = to_string(e.plan.fit);
        if (e.best_for_model) fit += " *";
        std::string device = e.plan.device_name.substr(0, 28);
        // A split shows as "cuda+cpu"; its memory columns are the GPU's part.
        const std::string backend = std::string(to_string(e.plan.backend)) + (e.plan.split != Split::None ? "+cpu" : "");
        std::printf("| %-14s | %-6s | %10s | %-8s | %-28s | %7d | %10s | %10s | %-9s | %6.0f |\n", e.model.c_str(), e.quant.c_str(),
                    format_bytes(e.footprint.weight_bytes).c_str(), backend.c_str(), device.c_str(), e.plan.context,
                    format_bytes(e.plan.memory.total()).c_str(), format_bytes(e.plan.memory.usable()).c_str(), fit.c_str(),
                    e.plan.est_tokens_per_s);
    }
    std::printf("\n* the best quantisation of that model that fits with room to spare and decodes at 8 tokens/s or more\n%s\n",
                r.summary.c_str());
}

}  // namespace

int run_plan(const CommandArgs& argv) {
    Args args(argv,
              {"--model", "--preset", "--quant", "--ctx", "--min-ctx", "--kv-type", "--backend", "--device", "--assume", "--backends",
               "--gpu-layers", "--experts-on-cpu"},
              {"--json", "--recommend", "--no-split"});
    const int modes = args.has("--model") + args.has("--preset") + args.has("--recommend");
    if (modes != 1) throw Error(ErrorKind::InvalidArgument, "give exactly one of --model PATH, --preset NAME --quant TYPE, or --recommend");
    if (args.has("--preset") != args.has("--quant") && !args.has("--recommend"))
        throw Error(ErrorKind::InvalidArgument, args.has("--quant") ? "--quant goes with --preset" : "--preset needs --quant (e.g. Q4_K_M)");

    PlanRequest request;
    const long long ctx = args.get_int("--ctx", kDefaultContext), min_ctx = args.get_int("--min-ctx", kMinimumContext);
    if (ctx <= 0 || ctx > (1 << 24) || min_ctx <= 0 || min_ctx > (1 << 24))
        throw Error(ErrorKind::InvalidArgument, "--ctx and --min-ctx must be between 1 and 16777216");
    request.context = static_cast<int>(ctx);
    request.min_context = static_cast<int>(min_ctx);
    if (auto kv = args.get("--kv-type")) {
        if (*kv == "f32" || *kv == "F32") request.kv_element_bytes = 4;
        else if (*kv == "f16" || *kv == "F16" || *kv == "bf16" || *kv == "BF16") request.kv_element_bytes = 2;
        else throw Error(ErrorKind::InvalidArgument, "--kv-type " + *kv + ": expected f32 or f16");
    }
    if (auto b = args.get("--backends")) request.backends = parse_backends(*b);
    request.allow_split = !args.has("--no-split");
    const bool forced_split = args.has("--gpu-layers") || args.has("--experts-on-cpu");
    if (forced_split && (args.has("--recommend") || args.has("--no-split")))
        throw Error(ErrorKind::InvalidArgument, "--gpu-layers and --experts-on-cpu plan one model's split; they take no --recommend or --no-split");
    if (auto n = args.get("--gpu-layers")) {
        const long long v = args.get_int("--gpu-layers", -1);
        if (v < -1 || v > 100000) throw Error(ErrorKind::InvalidArgument, "--gpu-layers " + *n + ": expected -1 (all) or a layer count");
        request.force_gpu_layers = static_cast<int>(v);
    }

    MachineDescription machine;
    std::optional<MachineProbe> probe;
    if (auto assume = args.get("--assume")) {
        machine = parse_machine(*assume);
    } else {
        probe = probe_machine();
        machine = describe_machine(*probe);
    }
    if (auto b = args.get("--backend")) request.force_backend = parse_backend(*b);
    if (auto d = args.get("--device")) request.force_device = parse_device(*d, machine);

    nlohmann::ordered_json built = nlohmann::ordered_json::array();
    for (Backend b : request.backends) built.push_back(to_string(b));

    if (args.has("--recommend")) {
        if (request.force_backend || request.force_device)
            throw Error(ErrorKind::InvalidArgument, "--recommend plans every model on the best device; it takes no --backend or --device");
        const Recommendation r = recommend(machine, request);
        if (args.has("--json")) {
            nlohmann::ordered_json j = {{"machine", to_json(machine)}, {"backends", built}, {"recommendation", to_json(r)}};
            std::printf("%s\n", j.dump(2).c_str());
        } else {
            print_recommendation(r);
        }
        return 0;
    }

    const ModelFootprint model = args.has("--model") ? footprint_from_file(utf8_path(*args.get("--model")))
                                                     : footprint_from_preset(*args.get("--preset"), *args.get("--quant"));
    if (auto e = args.get("--experts-on-cpu")) request.force_experts_on_cpu = parse_layer_list(*e, model);
    const Plan p = plan(machine, model, request);
    if (args.has("--json")) {
        nlohmann::ordered_json j = {{"model", to_json(model)}, {"machine", to_json(machine)}, {"backends", built}, {"plan", to_json(p)}};
        std::printf("%s\n", j.dump(2).c_str());
    } else {
        std::printf("Machine  %s%s, RAM %s", probe ? "this machine" : "described machine", "", format_bytes(machine.ram_bytes).c_str());
        for (const auto& g : machine.gpus) std::printf("; %s", describe(g).c_str());
        std::string b;
        for (Backend x : request.backends) b += (b.empty() ? "" : ", ") + std::string(to_string(x));
        std::printf("\nBackends %s\n", b.c_str());
        print_plan(model, p);
    }
    return 0;
}

}  // namespace qwendesk::cli
