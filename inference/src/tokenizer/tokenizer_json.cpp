#include "tokenizer/tokenizer_json.h"

#include <nlohmann/json.hpp>

#include <vector>

#include "qwendesk/errors.h"

namespace qwendesk::tokenizer {

namespace {

using json = nlohmann::json;

// The split regex of Qwen2 / Qwen2.5 / Qwen3, the only pre-tokenizer this engine implements.
constexpr std::string_view kQwen2Regex =
    R"((?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+)";

// Ids above this are treated as corrupt rather than allocated for.
constexpr std::uint64_t kMaxTokenId = 1u << 24;

// SAX handler: model.vocab and model.merges go straight into the spec; the rest becomes a small DOM.
class Handler {
public:
    Handler(TokenizerSpec& spec, const std::string& origin) : spec_(spec), origin_(origin) {}

    json& root() { return root_; }
    bool vocab_seen() const { return vocab_seen_; }
    bool merges_seen() const { return merges_seen_; }

    bool null() { return value(json(nullptr)); }
    bool boolean(bool v) { return value(json(v)); }
    bool number_integer(json::number_integer_t v) {
        if (mode_ == Mode::Vocab) {
            if (v < 0) fail("model.vocab[\"" + pending_key_ + "\"] has a negative id " + std::to_string(v));
            return vocab_entry(static_cast<std::uint64_t>(v));
        }
        return value(json(v));
    }
    bool number_unsigned(json::number_unsigned_t v) {
        if (mode_ == Mode::Vocab) return vocab_entry(v);
        return value(json(v));
    }
    bool number_float(json::number_float_t v, const json::string_t&) { return value(json(v)); }
    bool string(json::string_t& s) {
        if (mode_ == Mode::Merges) {
            const auto space = s.find(' ');
            if (space == std::string::npos || s.find(' ', space + 1) != std::string::npos)
                fail("model.merges[" + std::to_string(spec_.merges.size()) + "] \"" + s +
                     "\" is not two tokens separated by one space");
            spec_.merges.emplace_back(s.substr(0, space), s.substr(space + 1));
            return true;
        }
        if (mode_ == Mode::MergePair) {
            if (pair_.size() >= 2) bad_merge();
            pair_.push_back(std::move(s));
            return true;
        }
        return value(json(std::move(s)));
    }
    bool binary(json::binary_t&) { return value(json(nullptr)); }

    bool start_object(std::size_t) {
        if (mode_ == Mode::Vocab) fail("model.vocab values must be token ids");
        if (mode_ == Mode::Merges || mode_ == Mode::MergePair) bad_merge();
        if (at_model_field("vocab")) {
            mode_ = Mode::Vocab;
            vocab_seen_ = true;
            return true;
        }
        open(json::object());
        return true;
    }
    bool key(json::string_t& k) {
        if (mode_ == Mode::Vocab) {
            pending_key_ = std::move(k);
        } else {
            key_ = std::move(k);
        }
        return true;
    }
    bool end_object() {
        if (mode_ == Mode::Vocab) {
            mode_ = Mode::Dom;
            return true;
        }
        close();
        return true;
    }
    bool start_array(std::size_t) {
        if (mode_ == Mode::Vocab) fail("model.vocab values must be token ids");
        if (mode_ == Mode::MergePair) bad_merge();
        if (mode_ == Mode::Merges) {
            mode_ = Mode::MergePair;
            pair_.clear();
            return true;
        }
        if (at_model_field("merges")) {
            mode_ = Mode::Merges;
            merges_seen_ = true;
            return true;
        }
        open(json::array());
        return true;
    }
    bool end_array() {
        if (mode_ == Mode::MergePair) {
            if (pair_.size() != 2) bad_merge();
            spec_.merges.emplace_back(std::move(pair_[0]), std::move(pair_[1]));
            mode_ = Mode::Merges;
            return true;
        }
        if (mode_ == Mode::Merges) {
            mode_ = Mode::Dom;
            return true;
        }
        close();
        return true;
    }
    bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& ex) {
        throw Error(ErrorKind::CorruptFile,
                    origin_ + ": not valid JSON (at byte " + std::to_string(position) + "): " + ex.what());
    }

private:
    enum class Mode { Dom, Vocab, Merges, MergePair };

    [[noreturn]] void fail(const std::string& what) { throw Error(ErrorKind::CorruptFile, origin_ + ": " + what); }
    [[noreturn]] void bad_merge() {
        fail("model.merges[" + std::to_string(spec_.merges.size()) +
             "] must be a string \"a b\" or an array of two strings");
    }

    bool at_model_field(std::string_view field) const {
        return model_ != nullptr && !stack_.empty() && stack_.back() == model_ && key_ == field;
    }

    bool vocab_entry(std::uint64_t id) {
        if (id >= kMaxTokenId)
            fail("model.vocab[\"" + pending_key_ + "\"] has id " + std::to_string(id) + ", above the limit " +
                 std::to_string(kMaxTokenId));
        if (id >= spec_.vocab.size()) {
            spec_.vocab.resize(id + 1);
            seen_.resize(id + 1, 0);
        }
        if (seen_[id]) fail("model.vocab gives id " + std::to_string(id) + " to two tokens");
        seen_[id] = 1;
        spec_.vocab[id] = std::move(pending_key_);
        return true;
    }

    // Puts a value where the parser is: the root, the current key of an object, or the end of an array.
    json* place(json&& v) {
        if (stack_.empty()) {
            root_ = std::move(v);
            return &root_;
        }
        json& parent = *stack_.back();
        if (parent.is_object()) {
            json& slot = parent[key_];
            slot = std::move(v);
            return &slot;
        }
        parent.push_back(std::move(v));
        return &parent.back();
    }
    bool value(json&& v) {
        if (mode_ != Mode::Dom) {
            if (mode_ == Mode::Vocab) fail("model.vocab[\"" + pending_key_ + "\"] must be a token id");
            bad_merge();
        }
        place(std::move(v));
        return true;
    }
    void open(json&& container) {
        const bool is_model = stack_.size() == 1 && root_.is_object() && key_ == "model";
        json* p = place(std::move(container));
        if (is_model) model_ = p;
        stack_.push_back(p);
    }
    void close() {
        if (!stack_.empty()) stack_.pop_back();
    }

    TokenizerSpec& spec_;
    const std::string& origin_;
    json root_;
    std::vector<json*> stack_;
    json* model_ = nullptr;
    std::string key_;
    std::string pending_key_;
    std::vector<std::string> pair_;
    std::vector<std::uint8_t> seen_;
    Mode mode_ = Mode::Dom;
    bool vocab_seen_ = false;
    bool merges_seen_ = false;
};

// obj[name] without the undefined behaviour of const operator[] on a missing key.
const json& member(const json& obj, const char* name) {
    static const json kNull;
    if (!obj.is_object()) return kNull;
    auto it = obj.find(name);
    return it == obj.end() ? kNull : *it;
}

std::string type_of(const json& j) {
    if (j.is_object()) {
        auto it = j.find("type");
        if (it != j.end() && it->is_string()) return it->get<std::string>();
    }
    return j.dump();
}

[[noreturn]] void unsupported(const std::string& origin, const std::string& what) {
    throw Error(ErrorKind::Unsupported, origin + ": " + what + "; this engine implements Qwen's byte-level BPE only");
}

bool flag(const json& obj, const char* name, bool fallback) {
    auto it = obj.find(name);
    if (it == obj.end() || it->is_null()) return fallback;
    return it->is_boolean() ? it->get<bool>() : fallback;
}

void check_model(const json& model, const Handler& h, const std::string& origin) {
    if (!model.is_object()) throw Error(ErrorKind::CorruptFile, origin + ": \"model\" is missing or not an object");
    if (auto it = model.find("type"); it != model.end()) {
        if (!it->is_string()) throw Error(ErrorKind::CorruptFile, origin + ": model.type is not a string");
        if (it->get<std::string>() != "BPE") unsupported(origin, "model.type is \"" + it->get<std::string>() + "\"");
    }
    if (!h.vocab_seen()) throw Error(ErrorKind::CorruptFile, origin + ": model.vocab is missing or not an object");
    if (!h.merges_seen()) throw Error(ErrorKind::CorruptFile, origin + ": model.merges is missing or not an array");
    for (const char* affix : {"continuing_subword_prefix", "end_of_word_suffix"}) {
        auto it = model.find(affix);
        if (it != model.end() && it->is_string() && !it->get<std::string>().empty())
            unsupported(origin, std::string("model.") + affix + " is \"" + it->get<std::string>() + "\"");
    }
}

void check_normalizer(const json& root, const std::string& origin) {
    auto it = root.find("normalizer");
    if (it == root.end() || it->is_null()) return;  // none: NFC changes nothing Qwen's vocabulary relies on
    const std::string type = type_of(*it);
    if (type == "NFC") return;
    if (type == "Sequence") {
        const json& list = member(*it, "normalizers");
        if (list.is_array() && list.size() == 1 && type_of(list[0]) == "NFC") return;
    }
    unsupported(origin, "normalizer " + it->dump() + " is not NFC");
}

void check_pre_tokenizer(const json& root, const std::string& origin) {
    auto it = root.find("pre_tokenizer");
    if (it == root.end() || !it->is_object()) unsupported(origin, "pre_tokenizer is missing");
    const json& pt = *it;
    bool ok = false;
    if (type_of(pt) == "Sequence") {
        const json& list = member(pt, "pretokenizers");
        if (list.is_array() && list.size() == 2 && type_of(list[0]) == "Split" && type_of(list[1]) == "ByteLevel") {
            const json& split = list[0];
            const json& regex = member(member(split, "pattern"), "Regex");
            const bool regex_ok = regex.is_string() && regex.get<std::string>() == kQwen2Regex;
            const bool isolated = member(split, "behavior") == "Isolated";
            const json& bl = list[1];
            ok = regex_ok && isolated && !flag(split, "invert", false) && !flag(bl, "add_prefix_space", false) &&
                 !flag(bl, "use_regex", false);
        }
    }
    if (!ok) unsupported(origin, "pre_tokenizer is not Qwen2's Split regex followed by ByteLevel");
}

void check_decoder(const json& root, const std::string& origin) {
    auto it = root.find("decoder");
    if (it == root.end() || it->is_null()) return;
    if (type_of(*it) != "ByteLevel") unsupported(origin, "decoder " + it->dump() + " is not ByteLevel");
}

void read_added_tokens(const json& root, TokenizerSpec& spec, const std::string& origin) {
    auto it = root.find("added_tokens");
    if (it == root.end() || it->is_null()) return;
    if (!it->is_array()) throw Error(ErrorKind::CorruptFile, origin + ": added_tokens is not an array");
    std::size_t k = 0;
    for (const json& t : *it) {
        const std::string where = origin + ": added_tokens[" + std::to_string(k++) + "]";
        if (!t.is_object()) throw Error(ErrorKind::CorruptFile, where + " is not an object");
        auto id = t.find("id");
        auto content = t.find("content");
        if (id == t.end() || !id->is_number_unsigned() || id->get<std::uint64_t>() >= kMaxTokenId)
            throw Error(ErrorKind::CorruptFile, where + ".id is missing or not a token id");
        if (content == t.end() || !content->is_string())
            throw Error(ErrorKind::CorruptFile, where + ".content is missing or not a string");
        // lstrip / rstrip / single_word / normalized are all false in Qwen's files; they are not implemented.
        spec.added.push_back({static_cast<TokenId>(id->get<std::uint64_t>()), content->get<std::string>(),
                              flag(t, "special", false)});
    }
}

}  // namespace

TokenizerSpec parse_tokenizer_json(std::string_view json_text, const std::string& origin) {
    TokenizerSpec spec;
    spec.vocab.reserve(160000);
    spec.merges.reserve(160000);
    Handler handler(spec, origin);
    json::sax_parse(json_text.data(), json_text.data() + json_text.size(), &handler);
    const json& root = handler.root();
    if (!root.is_object()) throw Error(ErrorKind::CorruptFile, origin + ": the top level is not a JSON object");
    auto model = root.find("model");
    check_model(model == root.end() ? json() : *model, handler, origin);
    check_normalizer(root, origin);
    check_pre_tokenizer(root, origin);
    check_decoder(root, origin);
    read_added_tokens(root, spec, origin);
    spec.vocab.shrink_to_fit();
    return spec;
}

}  // namespace qwendesk::tokenizer
