// Executes a parsed template (jinja_parser.h) with Python/jinja2 semantics, bounded by RenderLimits:
// nothing a template or its data does can run forever, recurse without bound or build unbounded output.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "chat/jinja_parser.h"
#include "chat/jinja_value.h"

namespace qwendesk::jinja {

struct RenderLimits {
    std::uint64_t max_steps = 10'000'000;         // statements, expressions and loop iterations
    int max_depth = 256;                          // nested evaluation (blocks, expressions, macro calls)
    std::uint64_t max_work_bytes = 1ull << 30;    // bytes of strings built in all
    std::size_t max_output_bytes = kMaxStringBytes;
    std::size_t max_items = std::size_t{1} << 20;  // range() length and similar
};

class Interpreter {
public:
    explicit Interpreter(const Template& tmpl, RenderLimits limits = {});
    ~Interpreter();
    Interpreter(const Interpreter&) = delete;
    Interpreter& operator=(const Interpreter&) = delete;

    // Renders once with these variables on top of the built-in globals. Throws qwendesk::Error, with the
    // template line and column for runtime errors.
    std::string render(const std::vector<std::pair<std::string, Value>>& variables);

    // For built-ins.
    NamespaceData* new_namespace();
    void check_items(std::size_t n, const char* what) const;
    void charge(std::size_t bytes);
    Value call(const Value& callee, CallArgs& args);

private:
    struct Scope;
    enum class Flow { Normal, Break, Continue };
    struct DepthGuard;

    Flow exec_body(const Body& body, Scope& scope, std::string& out);
    Flow exec(const Stmt& s, Scope& scope, std::string& out);
    Flow exec_for(const Stmt& s, Scope& scope, std::string& out);
    void exec_set(const Stmt& s, Scope& scope, Value value);
    Value eval(const Expr& e, Scope& scope);
    Value eval_inner(const Expr& e, Scope& scope);
    CallArgs eval_args(const Expr& e, Scope& scope);
    Value call_macro(const Stmt& macro, CallArgs& args);
    void step();
    void append(std::string& out, const std::string& text);

    const Template& tmpl_;
    RenderLimits limits_;
    std::vector<std::unique_ptr<NamespaceData>> namespaces_;  // outlives every Value of a render
    Scope* root_ = nullptr;
    std::uint64_t steps_ = 0;
    std::uint64_t work_ = 0;
    int depth_ = 0;
};

}  // namespace qwendesk::jinja
