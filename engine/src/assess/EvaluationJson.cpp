#include "EvaluationJson.h"

#include <fmt/format.h>
#include <openssl/evp.h>

namespace cmcsim {

nlohmann::json EvaluationJson::judgements(const std::map<std::string, Judgement>& judgements) {
    auto out = nlohmann::json::object();
    for (const auto& [id, j] : judgements)
        out[id] = {{"verdict", verdictKey(j.verdict)}, {"commentaire", j.comment}};
    return out;
}

nlohmann::json EvaluationJson::content(const Evaluation& e) {
    const auto& b = e.binding();
    nlohmann::json criteria = nlohmann::json::array();
    for (const auto& c : e.criteria()) {
        nlohmann::json indicators = nlohmann::json::array();
        for (const auto& i : c.indicators)
            indicators.push_back({{"id", i.id}, {"libelle", i.wording}});
        criteria.push_back({{"id", c.id},
                            {"bloc", c.bloc},
                            {"titre", c.title},
                            {"competence", c.competence},
                            {"indicateurs", indicators}});
    }
    nlohmann::json results = nlohmann::json::array();
    for (const auto& r : e.preAssessment()) {
        nlohmann::json evidence = nlohmann::json::array();
        for (const auto& ev : r.evidence)
            evidence.push_back({{"entree", ev.entry}, {"libelle", ev.label}, {"valeur", ev.value}});
        results.push_back({{"critere", r.criterion},
                           {"indicateur", r.indicator},
                           {"verdict", verdictKey(r.verdict)},
                           {"score", r.score},
                           {"explication", r.explanation},
                           {"preuves", evidence}});
    }
    nlohmann::json evaluators = nlohmann::json::array();
    for (int n = 1; n <= 2; ++n) {
        const auto& g = e.evaluator(n);
        evaluators.push_back({{"nom", g.name},
                              {"role", g.role},
                              {"criteres", judgements(g.criteria)},
                              {"indicateurs", judgements(g.indicators)}});
    }
    auto blocComments = nlohmann::json::object();
    for (const auto& [bloc, comment] : e.blocComments())
        blocComments[std::to_string(bloc)] = comment;
    return {
        {"epreuve",
         {{"recu", b.receipt},
          {"scenario", b.scenarioId},
          {"nom_scenario", b.scenarioName},
          {"candidat", b.candidate},
          {"remise", b.sealedAt}}},
        {"creee_le", e.createdAt()},
        {"criteres", criteria},
        {"pre_evaluation", results},
        {"evaluateurs", evaluators},
        {"accord", {{"criteres", judgements(e.agreed())}, {"commentaires_blocs", blocComments}}}};
}

nlohmann::json EvaluationJson::signatures(const std::vector<Signature>& signatures) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& s : signatures)
        out.push_back({{"evaluateur", s.evaluator},
                       {"nom", s.name},
                       {"role", s.role},
                       {"date", s.date},
                       {"empreinte", s.digest}});
    return out;
}

std::string EvaluationJson::sha256(std::string_view text) {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_Digest(text.data(), text.size(), digest, &length, EVP_sha256(), nullptr);
    std::string hex;
    for (unsigned int i = 0; i < length; ++i) hex += fmt::format("{:02x}", digest[i]);
    return hex;
}

}  // namespace cmcsim
