// A split as text: the engine's --gpu-layers / --experts-on-cpu values, so a plan can be applied as is.
#include <algorithm>
#include <cctype>
#include <string>

#include "qwendesk/errors.h"
#include "qwendesk/hardware.h"

namespace qwendesk::hw {

const char* to_string(Split split) {
    switch (split) {
    case Split::None: return "none";
    case Split::Layers: return "layers";
    case Split::Experts: return "experts";
    case Split::LayersExperts: return "layers+experts";
    }
    return "?";
}

std::string experts_on_cpu_text(const Plan& plan) {
    if (plan.all_experts_on_cpu) return "all";
    std::string out;
    const auto& v = plan.experts_on_cpu;
    for (std::size_t i = 0; i < v.size();) {
        std::size_t j = i;
        while (j + 1 < v.size() && v[j + 1] == v[j] + 1) ++j;
        out += (out.empty() ? "" : ",") + std::to_string(v[i]) + (j > i ? "-" + std::to_string(v[j]) : "");
        i = j + 1;
    }
    return out;
}

std::string engine_flags(const Plan& plan) {
    std::string out = std::string("--backend ") + to_string(plan.backend);
    if (plan.backend == Backend::Cpu) return out;
    if (plan.gpu_layers >= 0) out += " --gpu-layers " + std::to_string(plan.gpu_layers);
    const std::string experts = experts_on_cpu_text(plan);
    if (!experts.empty()) out += " --experts-on-cpu " + experts;
    return out;
}

std::vector<int> parse_layer_list(const std::string& text, const ModelFootprint& model) {
    std::vector<int> out;
    auto bad = [&](const std::string& why) { return Error(ErrorKind::InvalidArgument, "--experts-on-cpu " + text + ": " + why); };
    if (text == "all") {
        for (int l = 0; l < model.layers; ++l)
            if (static_cast<std::size_t>(l) < model.layer_bytes.size() && model.layer_bytes[static_cast<std::size_t>(l)].experts > 0) out.push_back(l);
        if (out.empty()) throw bad(model.name + " has no experts");
        return out;
    }
    auto number = [&](const std::string& s) {
        if (s.empty() || s.size() > 6 || !std::all_of(s.begin(), s.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
            throw bad("expected 'all' or layers such as 0-3,7");
        const int n = std::stoi(s);
        if (n >= model.layers) throw bad("the model has " + std::to_string(model.layers) + " layers (0-" + std::to_string(model.layers - 1) + ")");
        return n;
    };
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t comma = text.find(',', start);
        if (comma == std::string::npos) comma = text.size();
        const std::string item = text.substr(start, comma - start);
        const std::size_t dash = item.find('-');
        const int lo = number(item.substr(0, dash)), hi = dash == std::string::npos ? lo : number(item.substr(dash + 1));
        if (hi < lo) throw bad("a range runs low to high");
        for (int l = lo; l <= hi; ++l) out.push_back(l);
        start = comma + 1;
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

}  // namespace qwendesk::hw
