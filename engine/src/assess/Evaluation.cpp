#include "cmcsim/assess/Evaluation.h"

#include <fmt/chrono.h>
#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <stdexcept>

#include "EvaluationJson.h"
#include "cmcsim/attempt/Journal.h"
#include "cmcsim/core/Date.h"
#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/core/InputError.h"
#include "cmcsim/core/TextFold.h"
#include "cmcsim/core/Utf8.h"
#include "cmcsim/reference/AssessmentFramework.h"

namespace cmcsim {

namespace {

constexpr const char* kWhere = "évaluation";

// Refuses ill-formed, too long or control-laden text typed for `what`.
void checkText(const std::string& text, const std::string& what, std::size_t maxLength,
               bool multiline) {
    if (!utf8::isValid(text)) throw InputError(kWhere, what + " : texte UTF-8 mal formé");
    if (const auto c = utf8::firstControl(text, multiline ? "\n\t" : ""))
        throw InputError(kWhere, fmt::format("{} : caractère de contrôle {} interdit", what, *c));
    if (utf8::length(text) > maxLength)
        throw InputError(kWhere, fmt::format("{} : {} caractères au plus (reçu {})", what,
                                             maxLength, utf8::length(text)));
}

void checkNumber(int number) {
    if (number != 1 && number != 2)
        throw InputError(kWhere,
                         fmt::format("évaluateur {} inconnu (attendu 1 ou 2 : la grille est "
                                     "remplie par deux évaluateurs)",
                                     number));
}

}  // namespace

Evaluation::Evaluation(EvaluationBinding binding, std::vector<GridCriterion> criteria,
                       std::vector<IndicatorResult> preAssessment, std::string createdAt)
    : binding_(std::move(binding)),
      criteria_(std::move(criteria)),
      preAssessment_(std::move(preAssessment)),
      createdAt_(std::move(createdAt)) {}

Evaluation Evaluation::start(const AssessmentFramework& framework, EvaluationBinding binding,
                             std::vector<IndicatorResult> preAssessment) {
    std::vector<GridCriterion> criteria;
    for (const auto& c : framework.criteria()) {
        GridCriterion criterion{c.id, c.bloc, c.title, c.competence, {}};
        for (const auto& i : c.indicators) criterion.indicators.push_back({i.id, i.wording});
        criteria.push_back(std::move(criterion));
    }
    const auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    return Evaluation(std::move(binding), std::move(criteria), std::move(preAssessment),
                      fmt::format("{:%Y-%m-%dT%H:%M:%SZ}", now));
}

const GridCriterion* Evaluation::criterion(std::string_view id) const {
    for (const auto& c : criteria_)
        if (c.id == id) return &c;
    return nullptr;
}

std::vector<int> Evaluation::blocs() const {
    std::vector<int> out;
    for (const auto& c : criteria_)
        if (std::find(out.begin(), out.end(), c.bloc) == out.end()) out.push_back(c.bloc);
    std::sort(out.begin(), out.end());
    return out;
}

const EvaluatorGrid& Evaluation::evaluator(int number) const {
    if (number != 1 && number != 2) throw std::out_of_range("evaluator number");
    return evaluators_[static_cast<std::size_t>(number - 1)];
}

void Evaluation::checkOpen() const {
    if (signatures_.empty()) return;
    std::string names;
    for (const auto& s : signatures_) names += (names.empty() ? "" : " et ") + s.name;
    throw InputError(kWhere,
                     fmt::format("la grille est signée ({}) : elle ne peut plus changer", names));
}

void Evaluation::setEvaluator(int number, std::string name, std::string role) {
    checkOpen();
    checkNumber(number);
    checkText(name, "nom de l'évaluateur", kMaxNameLength, false);
    checkText(role, "rôle de l'évaluateur", kMaxNameLength, false);
    if (name.empty()) throw InputError(kWhere, "nom de l'évaluateur : vide");
    // Two evaluators judge independently: one person cannot hold both grids.
    const auto& other = evaluators_[static_cast<std::size_t>(2 - number)];
    if (!other.name.empty() && foldText(other.name) == foldText(name))
        throw InputError(kWhere, fmt::format("« {} » est déjà l'évaluateur {} : les deux grilles "
                                             "sont tenues par deux personnes différentes",
                                             name, 3 - number));
    auto& grid = evaluators_[static_cast<std::size_t>(number - 1)];
    grid.name = std::move(name);
    grid.role = std::move(role);
}

void Evaluation::judge(int evaluator, const std::string& id, Judgement judgement) {
    checkOpen();
    checkNumber(evaluator);
    checkText(judgement.comment, "commentaire", kMaxCommentLength, true);
    auto& grid = evaluators_[static_cast<std::size_t>(evaluator - 1)];
    if (criterion(id)) {
        grid.criteria[id] = std::move(judgement);
        return;
    }
    for (const auto& c : criteria_)
        for (const auto& i : c.indicators)
            if (i.id == id) {
                grid.indicators[id] = std::move(judgement);
                return;
            }
    throw InputError(kWhere, fmt::format("critère ou indicateur « {} » inconnu de la grille", id));
}

void Evaluation::agree(const std::string& id, Judgement judgement) {
    checkOpen();
    checkText(judgement.comment, "commentaire", kMaxCommentLength, true);
    if (!criterion(id))
        throw InputError(kWhere, fmt::format("critère « {} » inconnu de la grille", id));
    agreed_[id] = std::move(judgement);
}

void Evaluation::commentBloc(int bloc, std::string comment) {
    checkOpen();
    const auto all = blocs();
    if (std::find(all.begin(), all.end(), bloc) == all.end())
        throw InputError(kWhere, fmt::format("bloc {} absent de la grille", bloc));
    checkText(comment, "commentaire du bloc", kMaxCommentLength, true);
    blocComments_[bloc] = std::move(comment);
}

std::vector<std::string> Evaluation::missingAgreement() const {
    std::vector<std::string> out;
    for (const auto& c : criteria_)
        if (!agreed_.contains(c.id)) out.push_back(c.id);
    return out;
}

void Evaluation::sign(int number, const std::string& date) {
    checkNumber(number);
    // The date first: it is what the evaluator typed, and it does not depend on the grid.
    const auto signedOn = Date::parseIso(date);
    if (!signedOn)
        throw InputError(kWhere, fmt::format("date de signature « {} » illisible (attendu "
                                             "AAAA-MM-JJ)",
                                             date));
    // A signature cannot be backdated before the hand-in, nor dated in the future.
    const auto handedIn = Date::parseIso(std::string_view(binding_.sealedAt).substr(0, 10));
    if (handedIn && *signedOn < *handedIn)
        throw InputError(kWhere, fmt::format("date de signature {} antérieure à la remise de "
                                             "l'épreuve ({}) : une grille ne se signe qu'après "
                                             "la remise",
                                             signedOn->french(), handedIn->french()));
    const auto now = *Date::parseIso(today());
    if (*signedOn > now)
        throw InputError(kWhere, fmt::format("date de signature {} dans le futur (nous sommes le "
                                             "{})",
                                             signedOn->french(), now.french()));
    const auto& grid = evaluator(number);
    if (grid.name.empty())
        throw InputError(kWhere, fmt::format("évaluateur {} sans nom : donnez son nom avant qu'il "
                                             "signe",
                                             number));
    // The first signature freezes the grid: the other evaluator must be named before it, or the
    // grid could never be completed (found by a tester).
    if (evaluator(3 - number).name.empty())
        throw InputError(kWhere, fmt::format("évaluateur {} sans nom : les deux évaluateurs sont "
                                             "nommés avant la première signature",
                                             3 - number));
    for (const auto& s : signatures_)
        if (s.evaluator == number)
            throw InputError(kWhere, fmt::format("{} a déjà signé le {}", s.name, s.date));
    const auto list = [](const std::vector<std::string>& ids) {
        std::string text;
        for (const auto& id : ids) text += (text.empty() ? "" : ", ") + id;
        return text;
    };
    if (const auto missing = missingAgreement(); !missing.empty())
        throw InputError(kWhere, fmt::format("signature impossible : pas de verdict convenu pour "
                                             "{} ({})",
                                             frenchCount(static_cast<double>(missing.size()),
                                                         "critère", "critères"),
                                             list(missing)));
    // "À apprécier" is what the automatic assessment leaves to the evaluators, not a verdict
    // they can agree on: the signed grid gives each criterion acquis, partiel or non acquis.
    std::vector<std::string> undecided;
    for (const auto& c : criteria_)
        if (agreed_.at(c.id).verdict == Verdict::AApprecier) undecided.push_back(c.id);
    if (!undecided.empty())
        throw InputError(kWhere, fmt::format("signature impossible : verdict convenu « à "
                                             "apprécier » pour {} ({}) ; la grille signée dit "
                                             "acquis, partiellement acquis ou non acquis",
                                             frenchCount(static_cast<double>(undecided.size()),
                                                         "critère", "critères"),
                                             list(undecided)));
    signatures_.push_back({number, grid.name, grid.role, date, contentDigest()});
}

void Evaluation::sign(int number) {
    sign(number, today());
}

std::string Evaluation::today() {
    return fmt::format("{:%Y-%m-%d}",
                       std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now()));
}

std::string Evaluation::contentDigest() const {
    return EvaluationJson::sha256(EvaluationJson::content(*this).dump());
}

std::string Evaluation::code() const {
    return Journal::receiptCode(contentDigest());
}

void Evaluation::restore(std::array<EvaluatorGrid, 2> evaluators,
                         std::map<std::string, Judgement> agreed,
                         std::map<int, std::string> blocComments,
                         std::vector<Signature> signatures) {
    evaluators_ = std::move(evaluators);
    agreed_ = std::move(agreed);
    blocComments_ = std::move(blocComments);
    signatures_ = std::move(signatures);
}

std::string_view verdictKey(Verdict verdict) {
    switch (verdict) {
        case Verdict::Acquis:
            return "acquis";
        case Verdict::PartiellementAcquis:
            return "partiellement_acquis";
        case Verdict::NonAcquis:
            return "non_acquis";
        case Verdict::AApprecier:
            return "a_apprecier";
    }
    return "a_apprecier";
}

std::optional<Verdict> verdictFromText(std::string_view text) {
    std::string key;
    for (const char c : foldText(text)) key += (c == ' ' || c == '-') ? '_' : c;
    for (const auto v :
         {Verdict::Acquis, Verdict::PartiellementAcquis, Verdict::NonAcquis, Verdict::AApprecier})
        if (key == verdictKey(v)) return v;
    if (key == "a_apprecier_par_l'evaluateur") return Verdict::AApprecier;
    return std::nullopt;
}

}  // namespace cmcsim
