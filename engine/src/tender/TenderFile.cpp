#include "cmcsim/tender/TenderFile.h"

#include <fmt/format.h>

#include <algorithm>

#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/core/InputError.h"
#include "cmcsim/core/Siret.h"
#include "cmcsim/core/Utf8.h"
#include "cmcsim/prospects/Knowledge.h"
#include "cmcsim/reference/TenderReference.h"
#include "cmcsim/scenario/Scenario.h"
#include "cmcsim/tender/Tender.h"
#include "cmcsim/tender/TenderAnswerReview.h"
#include "cmcsim/tender/TenderCompliance.h"

namespace cmcsim {

namespace {

std::string textOf(const nlohmann::json& payload, const char* key) {
    const auto it = payload.find(key);
    return it != payload.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// "Tableau de garanties (tableau_garanties), …": the documents the tender requests.
std::string requestedDocuments(const Tender& tender) {
    std::string out;
    for (const auto& id : tender.documents) {
        const auto* kind = TenderReference::installed().document(id);
        out += (out.empty() ? "" : ", ") + (kind ? kind->label + " (" + id + ")" : id);
    }
    return out.empty() ? "aucun document" : out;
}

}  // namespace

bool TenderFile::handles(const std::string& kind) {
    return kind == command::kTenderRead || kind == command::kTenderQuestion ||
           kind == command::kTenderResponse || kind == command::kTenderSubmit;
}

const TenderResponse* TenderFile::find(const std::string& id) const {
    const auto it = responses_.find(id);
    return it == responses_.end() ? nullptr : &it->second;
}

void TenderFile::apply(const JournalEntry& e, const nlohmann::json& payload,
                       const TenderFileContext& c, const std::string& where) {
    const auto refuse = [&](const std::string& why) { throw InputError(where, why); };
    const auto id = textOf(payload, "ao");
    const auto tender = Tender::find(c.scenario, TenderReference::installed(), id);
    if (!tender) refuse(fmt::format("appel d'offres inconnu « {} »", id));
    if (!tender->published(c.week))
        refuse(
            fmt::format("l'appel « {} » n'est pas encore publié (semaine {}, nous sommes en "
                        "semaine {})",
                        id, tender->publicationWeek, c.week));
    const auto it = responses_.find(id);
    if (e.kind == command::kTenderRead) {
        if (it != responses_.end()) refuse("ce cahier des charges est déjà lu");
        const auto code = textOf(payload, "siret");
        const auto number = siret::parse(code, 14);
        if (!number || !c.prospects.listsSiret(*number))
            refuse(fmt::format("SIRET absent du fichier prospects « {} »", code));
        if (tender->siret && tender->siret != *number)
            refuse(fmt::format("l'appel « {} » vient du SIRET {}, pas de {}", id,
                               siret::formatSiret(tender->siret), code));
        const auto line = payload.find("ligne");
        if (line == payload.end() || !line->is_number_unsigned() ||
            line->get<std::uint64_t>() >= c.prospects.lines())
            refuse("« ligne » doit être la ligne du fichier prospects qui liste ce SIRET");
        TenderResponse r;
        r.id = id;
        r.siret = code;
        r.line = line->get<std::uint32_t>();
        r.readBy = e.sequence;
        if (const auto staff = payload.find("effectifs"); staff != payload.end()) {
            const auto count = [&](const char* key) {
                const auto n = staff->is_object() ? staff->find(key) : staff->end();
                if (n == staff->end() || !n->is_number_unsigned() ||
                    n->get<std::uint64_t>() > 10'000'000)
                    refuse(fmt::format("« effectifs.{} » : un nombre de salariés", key));
                return n->get<int>();
            };
            const auto provident = payload.find("prevoyance_en_cours");
            if (provident == payload.end() || !provident->is_boolean())
                refuse("« prevoyance_en_cours » : vrai ou faux, avec « effectifs »");
            r.facts =
                TenderCompanyFacts{count("cadres"), count("non_cadres"), provident->get<bool>()};
        }
        responses_.emplace(id, std::move(r));
        return;
    }
    if (it == responses_.end()) refuse("lisez d'abord le cahier des charges");
    auto& response = it->second;
    if (response.submittedBy)
        refuse(
            fmt::format("la réponse à l'appel « {} » est déposée (entrée {}) : elle ne change "
                        "plus",
                        id, response.submittedBy));
    if (e.kind == command::kTenderQuestion) {
        // The journal's first rule, 3 to 2000 bytes; the later limits are checkWrite's.
        const auto text = textOf(payload, "texte");
        if (text.size() < 3 || text.size() > 4 * kQuestionMaxLength)
            refuse(
                fmt::format("« texte » : une question de 3 à {} caractères", kQuestionMaxLength));
        if (!tender->questionsOpen(c.week))
            refuse(
                fmt::format("la date limite des questions est passée (semaine {}, nous sommes "
                            "en semaine {})",
                            tender->questionWeek, c.week));
        response.questions.push_back({e.sequence, c.week, text});
    } else if (e.kind == command::kTenderResponse) {
        if (!tender->submissionOpen(c.week))
            refuse(
                fmt::format("la date limite de dépôt est passée (semaine {}, nous sommes en "
                            "semaine {})",
                            tender->submissionWeek, c.week));
        TenderDraft draft;
        draft.entry = e.sequence;
        const auto version = payload.find("version");
        if (version == payload.end() || !version->is_number_unsigned() ||
            !c.offers.find(response.siret, version->get<int>()))
            refuse(fmt::format("« version » doit désigner une offre enregistrée pour le SIRET {}",
                               response.siret));
        draft.offerVersion = version->get<int>();
        const auto answers = payload.find("reponses");
        if (answers != payload.end()) {
            if (!answers->is_object()) refuse("« reponses » : un objet {question: texte}");
            for (const auto& [question, text] : answers->items()) {
                if (std::find(tender->questions.begin(), tender->questions.end(), question) ==
                    tender->questions.end())
                    refuse(fmt::format("« reponses » : l'appel ne pose pas la question « {} »",
                                       question));
                // Characters, not bytes: an accented answer of 4,028 characters was refused.
                if (!text.is_string() || !utf8::isValid(text.get<std::string>()) ||
                    utf8::length(text.get<std::string>()) > 8000)
                    refuse(fmt::format("« reponses.{} » : un texte de 8000 caractères au plus",
                                       question));
                draft.answers[question] = text.get<std::string>();
            }
        }
        const auto documents = payload.find("documents");
        if (documents != payload.end()) {
            if (!documents->is_array()) refuse("« documents » : une liste d'identifiants");
            for (const auto& d : *documents) {
                if (!d.is_string() || !TenderReference::installed().document(d.get<std::string>()))
                    refuse(fmt::format("« documents » : document inconnu {}", d.dump()));
                if (std::find(draft.documents.begin(), draft.documents.end(), d) ==
                    draft.documents.end())
                    draft.documents.push_back(d.get<std::string>());
            }
        }
        response.draft = std::move(draft);
    } else {
        const auto* saved =
            response.draft ? c.offers.find(response.siret, response.draft->offerVersion) : nullptr;
        const auto reasons = TenderCompliance::submissionRefusals(*tender, response, c.week,
                                                                  saved ? &saved->offer : nullptr);
        if (!reasons.empty()) refuse(TenderCompliance::refusalText(reasons));
        response.submittedBy = e.sequence;
        response.submittedWeek = c.week;
    }
}

void TenderFile::checkWrite(const std::string& kind, const nlohmann::json& payload,
                            const Scenario& scenario, const std::string& where) const {
    const auto refuse = [&](const std::string& why) { throw InputError(where, why); };
    if (!payload.is_object()) return;  // apply() answers the rest
    const auto id = textOf(payload, "ao");
    const auto tender = Tender::find(scenario, TenderReference::installed(), id);
    const auto* response = find(id);
    if (!tender || !response || response->submittedBy) return;
    if (kind == command::kTenderQuestion) {
        const auto text = textOf(payload, "texte");
        const auto length = utf8::isValid(text) ? utf8::length(text) : 0;
        if (length < 3 || length > kQuestionMaxLength)
            refuse(fmt::format("« texte » : une question de 3 à {} caractères (elle en a {})",
                               kQuestionMaxLength, length));
        if (const auto control = utf8::firstControl(text, "\n\t"))
            refuse(fmt::format("« texte » : caractère de contrôle {} interdit", *control));
        const auto words = TenderAnswerReview::normalised(text);
        if (words.empty())
            refuse(
                "« texte » : la question n'a aucun mot (des espaces ou de la ponctuation "
                "seulement)");
        const auto allowed = TenderReference::installed().parameters.maxQuestions;
        if (static_cast<int>(response->questions.size()) >= allowed)
            refuse(
                fmt::format("{} : c'est le nombre permis par appel d'offres, une question "
                            "hors du cahier des charges comprise",
                            frenchCount(allowed, "question déjà posée", "questions déjà posées")));
        // The same words (case, accents and punctuation aside) are the same question.
        for (const auto& asked : response->questions)
            if (TenderAnswerReview::normalised(asked.text) == words)
                refuse(
                    fmt::format("question déjà posée (entrée {}, semaine {}) : sa réponse "
                                "est acquise",
                                asked.entry, asked.week));
    } else if (kind == command::kTenderResponse) {
        const auto answers = payload.find("reponses");
        if (answers != payload.end() && answers->is_object())
            for (const auto& [question, text] : answers->items())
                if (text.is_string())
                    if (const auto control = utf8::firstControl(text.get<std::string>(), "\n\t"))
                        refuse(fmt::format("« reponses.{} » : caractère de contrôle {} interdit",
                                           question, *control));
        const auto documents = payload.find("documents");
        if (documents == payload.end() || !documents->is_array()) return;
        std::vector<nlohmann::json> given;
        for (const auto& d : *documents) {
            if (!d.is_string()) continue;
            if (std::find(tender->documents.begin(), tender->documents.end(), d) ==
                tender->documents.end())
                refuse(
                    fmt::format("« documents » : {} n'est pas demandé par le cahier des "
                                "charges, qui demande : {}",
                                d.dump(), requestedDocuments(*tender)));
            if (std::find(given.begin(), given.end(), d) != given.end())
                refuse(fmt::format("« documents » : {} fourni deux fois", d.dump()));
            given.push_back(d);
        }
    }
}

std::optional<std::string> TenderFile::undoRefusal(const JournalEntry& e) const {
    if (e.kind == command::kTenderRead)
        return "la lecture d'un cahier des charges est définitive : une information acquise ne "
               "s'annule pas";
    if (e.kind == command::kTenderQuestion)
        return "une question posée ne s'annule pas : sa réponse est acquise";
    if (e.kind == command::kTenderSubmit) return "une réponse déposée ne se retire pas";
    if (e.kind != command::kTenderResponse) return std::nullopt;
    const auto payload = nlohmann::json::parse(e.payload, nullptr, false);
    const auto* response = payload.is_object() ? find(textOf(payload, "ao")) : nullptr;
    if (response && response->submittedBy > e.sequence)
        return "cette réponse est déposée : elle ne s'annule plus";
    return std::nullopt;
}

void TenderFile::reveal(Knowledge& knowledge, std::int64_t upTo) const {
    for (const auto& [id, r] : responses_)
        if (r.line < knowledge.census.size() && r.readBy <= upTo) knowledge.census[r.line] = 1;
}

nlohmann::json TenderFile::toJson() const {
    auto out = nlohmann::json::object();
    for (const auto& [id, r] : responses_) {
        nlohmann::json j = {{"siret", r.siret}, {"ligne", r.line}, {"lecture", r.readBy}};
        auto questions = nlohmann::json::array();
        for (const auto& q : r.questions)
            questions.push_back({{"entree", q.entry}, {"semaine", q.week}, {"texte", q.text}});
        j["questions"] = questions;
        if (r.draft)
            j["reponse"] = {{"entree", r.draft->entry},
                            {"version", r.draft->offerVersion},
                            {"reponses", r.draft->answers},
                            {"documents", r.draft->documents}};
        if (r.submittedBy) j["depot"] = {{"entree", r.submittedBy}, {"semaine", r.submittedWeek}};
        out[id] = std::move(j);
    }
    return out;
}

}  // namespace cmcsim
