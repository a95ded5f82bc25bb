#pragma once

#include <fmt/format.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cmcsim/core/InputError.h"

namespace cmcsim {

// nlohmann's SAX receiver that builds the document while knowing the JSON path of every
// value: a repeated key becomes a problem at its path, nesting beyond a limit stops the parse,
// and a parse error is kept with the path where it happened.
class JsonDocumentBuilder {
public:
    using json = nlohmann::json;

    // Why the parse stopped: nlohmann's error id (406 for a number overflow), the byte offset
    // just past the offending token, the token and the path of the value being read.
    struct Stop {
        int id = 0;
        std::size_t end = 0;
        std::string token;
        std::string message;
        std::string path;
        bool tooDeep = false;
    };

    JsonDocumentBuilder(json& root, std::vector<Problem>& problems, std::size_t maxDepth)
        : root_(root), problems_(problems), maxDepth_(maxDepth) {}

    const Stop& stop() const { return stop_; }

    bool null() { return place(nullptr) != nullptr; }
    bool boolean(bool value) { return place(value) != nullptr; }
    bool number_integer(json::number_integer_t value) { return place(value) != nullptr; }
    bool number_unsigned(json::number_unsigned_t value) { return place(value) != nullptr; }
    bool number_float(json::number_float_t value, const std::string&) {
        return place(value) != nullptr;
    }
    bool string(std::string& value) { return place(std::move(value)) != nullptr; }
    bool binary(json::binary_t& value) { return place(json::binary(std::move(value))) != nullptr; }
    bool start_object(std::size_t) { return open(json::object()); }
    bool start_array(std::size_t) { return open(json::array()); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }

    bool key(std::string& name) {
        auto& frame = stack_.back();
        if (frame.node->contains(name))
            problems_.push_back({containerPath() + "." + name,
                                 "clé en double : elle figure déjà plus haut dans le même objet"});
        frame.key = name;
        return true;
    }

    bool parse_error(std::size_t position, const std::string& token,
                     const nlohmann::detail::exception& error) {
        stop_.id = error.id;
        stop_.end = position;
        stop_.token = token;
        stop_.message = error.what();
        stop_.path = pathOfNext();
        return false;
    }

private:
    struct Frame {
        json* node;
        std::string key;  // of the next value, in an object
    };

    // The JSON path of the innermost open array or object.
    std::string containerPath() const {
        std::string path = "$";
        for (std::size_t i = 0; i + 1 < stack_.size(); ++i) {
            const auto& frame = stack_[i];
            path += frame.node->is_object() ? "." + frame.key
                                            : fmt::format("[{}]", frame.node->size() - 1);
        }
        return path;
    }

    // The JSON path of the value about to be placed.
    std::string pathOfNext() const {
        if (stack_.empty()) return "$";
        const auto& top = stack_.back();
        return containerPath() +
               (top.node->is_object() ? "." + top.key : fmt::format("[{}]", top.node->size()));
    }

    json* place(json&& value) {
        if (stack_.empty()) {
            root_ = std::move(value);
            return &root_;
        }
        auto& parent = *stack_.back().node;
        if (parent.is_array()) {
            parent.push_back(std::move(value));
            return &parent.back();
        }
        auto& slot = parent[stack_.back().key];
        slot = std::move(value);
        return &slot;
    }

    bool open(json&& container) {
        if (stack_.size() >= maxDepth_) {
            stop_.tooDeep = true;
            stop_.path = pathOfNext();
            return false;
        }
        stack_.push_back({place(std::move(container)), {}});
        return true;
    }

    bool close() {
        stack_.pop_back();
        return true;
    }

    json& root_;
    std::vector<Problem>& problems_;
    std::size_t maxDepth_;
    std::vector<Frame> stack_;
    Stop stop_;
};

}  // namespace cmcsim
