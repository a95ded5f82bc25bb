#include "cmcsim/reference/ObjectionBank.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <iterator>
#include <utility>

#include "cmcsim/reference/NeedsModel.h"

namespace cmcsim {

namespace {
const std::array<std::pair<const char*, ObjectionCondition>, 12> kConditions = {{
    {"toujours", ObjectionCondition::Always},
    {"assure", ObjectionCondition::Covered},
    {"sans_contrat", ObjectionCondition::Uncovered},
    {"satisfait", ObjectionCondition::Satisfied},
    {"insatisfait", ObjectionCondition::Dissatisfied},
    {"sensible_prix", ObjectionCondition::PriceSensitive},
    {"branche", ObjectionCondition::Branch},
    {"due", ObjectionCondition::PendingDue},
    {"prevoyance", ObjectionCondition::ProvidentCovered},
    {"cadres", ObjectionCondition::Cadres},
    {"courtier", ObjectionCondition::Broker},
    {"grande", ObjectionCondition::Large},
}};

const std::array<std::pair<const char*, const char*>, 9> kTopicLabels = {{
    {"prix", "prix"},
    {"garanties", "garanties"},
    {"changement_assureur", "changement d'assureur"},
    {"gestion", "gestion"},
    {"confiance", "confiance"},
    {"timing", "calendrier"},
    {"branche", "convention collective"},
    {"prevoyance", "prévoyance"},
    {"obligations", "obligations de l'employeur"},
}};

std::vector<std::string> splitRoles(const std::string& cell) {
    std::vector<std::string> roles;
    std::size_t start = 0;
    while (start <= cell.size()) {
        const auto end = std::min(cell.find('|', start), cell.size());
        roles.push_back(cell.substr(start, end - start));
        start = end + 1;
    }
    return roles;
}
}  // namespace

bool Objection::raisedBy(std::string_view role) const {
    return std::find(roles.begin(), roles.end(), role) != roles.end();
}

std::string ObjectionBank::topicLabel(std::string_view topic) {
    for (const auto& [code, label] : kTopicLabels)
        if (topic == code) return label;
    return std::string(topic);
}

const std::string& Objection::wordingBy(std::string_view role) const {
    const auto named = ObjectionBank::namedRoles(wording);
    return !ownWording.empty() && std::find(named.begin(), named.end(), role) != named.end()
               ? ownWording
               : wording;
}

std::vector<std::string> ObjectionBank::namedRoles(std::string_view text) {
    static const std::pair<const char*, const char*> names[] = {
        {"CSE", "cse"},
        {"DRH", "drh"},
        {"ressources humaines", "drh"},
        {"expert-comptable", "expert_comptable"},
        {"expert comptable", "expert_comptable"},
        {"courtier", "courtier"},
        {"dirigeant", "dirigeant"}};
    std::vector<std::string> out;
    for (const auto& [words, role] : names)
        if (text.find(words) != std::string_view::npos &&
            std::find(out.begin(), out.end(), role) == out.end())
            out.push_back(role);
    return out;
}

std::string ObjectionBank::label(std::string_view code) const {
    if (const auto* o = find(code); o && !o->label.empty()) return o->label;
    if (std::any_of(std::begin(kTopics), std::end(kTopics),
                    [&](const char* topic) { return code == topic; }))
        return topicLabel(code);
    std::string out(code);
    std::replace(out.begin(), out.end(), '_', ' ');
    return out;
}

const Objection* ObjectionBank::find(std::string_view code) const {
    const auto it = std::find_if(objections_.begin(), objections_.end(),
                                 [&](const Objection& o) { return o.code == code; });
    return it == objections_.end() ? nullptr : &*it;
}

ObjectionBank ObjectionBank::load(const std::filesystem::path& datasets) {
    return from(CsvTable::load(datasets / "objections_rdv.csv", "datasets/objections_rdv.csv",
                               {"code", "roles", "sujet", "condition", "poids", "formulation",
                                "source", "confiance", "libelle", "formulation_par_soi"}));
}

ObjectionBank ObjectionBank::from(const CsvTable& t) {
    ObjectionBank bank;
    for (std::size_t r = 0; r < t.rowCount(); ++r) {
        Objection o;
        o.code = t.required(r, 0);
        if (bank.find(o.code)) t.fail(r, 0, fmt::format("objection « {} » en double", o.code));
        o.roles = splitRoles(t.required(r, 1));
        for (const auto& role : o.roles)
            if (decisionRoleIndex(role) < 0)
                t.fail(r, 1,
                       fmt::format("rôles séparés par « | » parmi dirigeant, drh, cse, "
                                   "expert_comptable, courtier attendus (« {} » inconnu)",
                                   role));
        o.topic = t.required(r, 2);
        if (std::none_of(std::begin(kTopics), std::end(kTopics),
                         [&](const char* topic) { return o.topic == topic; }))
            t.fail(r, 2,
                   "sujet attendu : prix, garanties, changement_assureur, gestion, confiance, "
                   "timing, branche, prevoyance ou obligations");
        const auto condition = t.required(r, 3);
        const auto c = std::find_if(kConditions.begin(), kConditions.end(),
                                    [&](const auto& entry) { return condition == entry.first; });
        if (c == kConditions.end())
            t.fail(r, 3,
                   "condition attendue : toujours, assure, sans_contrat, satisfait, insatisfait, "
                   "sensible_prix, branche, due, prevoyance, cadres, courtier ou grande");
        o.condition = c->second;
        o.weight = t.number(r, 4, 0.01, 100);
        o.wording = t.required(r, 5);
        o.source = t.required(r, 6);
        o.confidence = t.required(r, 7);
        o.label = t.required(r, 8);
        o.ownWording = t.text(r, 9);
        // A decision maker never names itself: a wording naming one of its roles needs the
        // words that role says (found by testers: the CSE asking to "consult the CSE").
        bool self = false;
        for (const auto& role : ObjectionBank::namedRoles(o.wording))
            if (o.raisedBy(role)) self = true;
        if (self && o.ownWording.empty())
            t.fail(r, 9,
                   "la formulation nomme un décideur qui peut soulever l'objection : donnez ses "
                   "propres mots (un décideur ne parle pas de lui à la troisième personne)");
        if (!self && !o.ownWording.empty())
            t.fail(r, 9, "vide : la formulation ne nomme aucun des décideurs qui la soulèvent");
        bank.objections_.push_back(std::move(o));
    }
    const auto last = t.rowCount() == 0 ? 0 : t.rowCount() - 1;
    for (const auto role : kDecisionRoles)
        if (std::none_of(bank.objections_.begin(), bank.objections_.end(),
                         [&](const Objection& o) { return o.raisedBy(role); }))
            t.fail(last, 1, fmt::format("au moins une objection du rôle « {} » attendue", role));
    return bank;
}

}  // namespace cmcsim
