#include "args.h"

#include <charconv>

#include "qwendesk/errors.h"

namespace qwendesk::cli {

Args::Args(const std::vector<std::string>& argv, const std::set<std::string>& value_options,
           const std::set<std::string>& flags) {
    for (std::size_t i = 0; i < argv.size(); ++i) {
        const std::string& a = argv[i];
        if (flags.count(a)) {
            flags_.insert(a);
        } else if (value_options.count(a)) {
            if (i + 1 >= argv.size()) throw Error(ErrorKind::InvalidArgument, "option " + a + " needs a value");
            values_[a] = argv[++i];
        } else {
            throw Error(ErrorKind::InvalidArgument, "unknown option '" + a + "'");
        }
    }
}

bool Args::has(const std::string& name) const { return flags_.count(name) || values_.count(name); }

std::optional<std::string> Args::get(const std::string& name) const {
    auto it = values_.find(name);
    if (it == values_.end()) return std::nullopt;
    return it->second;
}

std::string Args::require(const std::string& name) const {
    auto v = get(name);
    if (!v) throw Error(ErrorKind::InvalidArgument, "missing required option " + name);
    return *v;
}

long long Args::get_int(const std::string& name, long long fallback) const {
    auto v = get(name);
    if (!v) return fallback;
    long long out = 0;
    auto [ptr, ec] = std::from_chars(v->data(), v->data() + v->size(), out);
    if (ec != std::errc() || ptr != v->data() + v->size())
        throw Error(ErrorKind::InvalidArgument, "option " + name + " expects an integer, got '" + *v + "'");
    return out;
}

double Args::get_double(const std::string& name, double fallback) const {
    auto v = get(name);
    if (!v) return fallback;
    try {
        std::size_t used = 0;
        double out = std::stod(*v, &used);
        if (used != v->size()) throw std::invalid_argument("trailing");
        return out;
    } catch (const std::exception&) {
        throw Error(ErrorKind::InvalidArgument, "option " + name + " expects a number, got '" + *v + "'");
    }
}

}  // namespace qwendesk::cli
