#include "TopLevelKey.h"

#include <nlohmann/json.hpp>
#include <string>

namespace cmcsim {

namespace {
// Follows the depth of the document and notes the top-level object's member `key`.
class KeyFinder final : public nlohmann::json_sax<nlohmann::json> {
public:
    explicit KeyFinder(std::string_view key) : key_(key) {}
    bool found() const { return found_; }

    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t&) override { return true; }
    bool string(string_t&) override { return true; }
    bool binary(binary_t&) override { return true; }
    bool start_object(std::size_t) override {
        ++depth_;
        return true;
    }
    bool key(string_t& name) override {
        found_ = found_ || (depth_ == 1 && name == key_);
        return true;
    }
    bool end_object() override {
        --depth_;
        return true;
    }
    bool start_array(std::size_t) override {
        ++depth_;
        return true;
    }
    bool end_array() override {
        --depth_;
        return true;
    }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override {
        return false;
    }

private:
    std::string_view key_;
    int depth_ = 0;
    bool found_ = false;
};
}  // namespace

std::optional<bool> hasTopLevelKey(std::string_view json, std::string_view key) {
    KeyFinder finder(key);
    if (!nlohmann::json::sax_parse(json, &finder)) return std::nullopt;
    return finder.found();
}

}  // namespace cmcsim
