#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "cmcsim/assess/Evaluation.h"

namespace cmcsim {

// The JSON form of an evaluation (docs/evaluation-grid.md), shared by Evaluation's digest and
// EvaluationFile: the content (everything but the signatures), and the signatures.
struct EvaluationJson {
    static nlohmann::json content(const Evaluation& evaluation);
    static nlohmann::json signatures(const std::vector<Signature>& signatures);
    static nlohmann::json judgements(const std::map<std::string, Judgement>& judgements);
    // SHA-256 of `text`, in lower-case hexadecimal.
    static std::string sha256(std::string_view text);
};

}  // namespace cmcsim
