#include "cmcsim/reference/MeetingBank.h"

#include <algorithm>
#include <array>
#include <stdexcept>

#include "cmcsim/core/InputError.h"
#include "cmcsim/reference/CsvTable.h"
#include "cmcsim/reference/ObjectionBank.h"
#include "cmcsim/reference/PlanRules.h"
#include "cmcsim/reference/ReferenceData.h"

namespace cmcsim {

namespace {
constexpr std::array<const char*, 8> kPhaseCodes = {"preparation",   "ouverture",    "decouverte",
                                                    "reformulation", "presentation", "objections",
                                                    "information",   "cloture"};
constexpr std::array<const char*, 8> kPhaseLabels = {"Préparation",
                                                     "Ouverture",
                                                     "Découverte",
                                                     "Reformulation",
                                                     "Présentation",
                                                     "Objections",
                                                     "Informations obligatoires",
                                                     "Conclusion"};
constexpr std::array<const char*, 11> kMoveCodes = {
    "question",       "argument",   "comparaison", "reponse_bonne",
    "reponse_faible", "obligation", "signature",   "prochaine_etape",
    "complementaire", "trompeur",   "survente"};
// The placeholders a company's answer may use (MeetingFacts fills them).
const std::vector<std::string> kPlaceholders = {
    "raison_sociale", "effectif",        "budget",   "niveau",      "niveau_actuel", "decideurs",
    "priorites",      "insatisfactions", "assureur", "echeance",    "preavis",       "decision",
    "regime",         "prevoyance",      "due",      "sensibilite", "branche",       "qui_decide"};

template <std::size_t N>
std::optional<std::size_t> indexOf(const std::array<const char*, N>& codes,
                                   const std::string& code) {
    for (std::size_t i = 0; i < N; ++i)
        if (code == codes[i]) return i;
    return std::nullopt;
}

std::string joined(const std::vector<std::string>& list) {
    std::string out;
    for (const auto& s : list) out += (out.empty() ? "" : ", ") + s;
    return out;
}

// Reads the columns both banks share from `first` on (libelle … fiabilite, without `reponse`'s
// neighbours): checks codes and placeholders.
void readCommon(const CsvTable& t, std::size_t r, MeetingEntry& e, std::size_t wording,
                std::size_t criterion, const std::vector<std::string>& criteria) {
    e.wording = t.required(r, wording);
    e.answer = t.required(r, wording + 1);
    const auto names = PlanRules::placeholdersIn(e.answer);
    if (!names || std::any_of(names->begin(), names->end(), [](const std::string& n) {
            return std::find(kPlaceholders.begin(), kPlaceholders.end(), n) == kPlaceholders.end();
        }))
        t.fail(r, wording + 1,
               "des réponses dont les champs entre accolades sont " + joined(kPlaceholders));
    e.criterion = t.required(r, criterion);
    if (!criteria.empty() &&
        std::find(criteria.begin(), criteria.end(), e.criterion) == criteria.end())
        t.fail(r, criterion, "un indicateur du référentiel (datasets/referentiel_cmc.csv)");
    e.relevance = t.required(r, criterion + 1);
    const auto& conditions = MeetingBank::conditions();
    const bool known =
        e.relevance == "toujours" || e.relevance == "jamais" ||
        (e.relevance.starts_with("si:") && std::find(conditions.begin(), conditions.end(),
                                                     e.relevance.substr(3)) != conditions.end());
    if (!known)
        t.fail(r, criterion + 1, "toujours, jamais ou si:<condition> (" + joined(conditions) + ")");
    e.trust = t.number(r, criterion + 2, -20, 20);
    e.minutes = t.number(r, criterion + 3, 0, 120);
    e.source = t.required(r, criterion + 4);
    e.confidence = t.required(r, criterion + 5);
}
}  // namespace

const char* meetingPhaseCode(MeetingPhase phase) {
    return kPhaseCodes[static_cast<std::size_t>(phase)];
}

const char* meetingPhaseLabel(MeetingPhase phase) {
    return kPhaseLabels[static_cast<std::size_t>(phase)];
}

std::optional<MeetingPhase> meetingPhaseOf(const std::string& code) {
    const auto i = indexOf(kPhaseCodes, code);
    return i ? std::optional(static_cast<MeetingPhase>(*i)) : std::nullopt;
}

const char* meetingMoveCode(MeetingMove move) {
    return kMoveCodes[static_cast<std::size_t>(move)];
}

std::optional<MeetingMove> meetingMoveOf(const std::string& code) {
    const auto i = indexOf(kMoveCodes, code);
    return i ? std::optional(static_cast<MeetingMove>(*i)) : std::nullopt;
}

const std::vector<std::string>& MeetingBank::revealCodes() {
    static const std::vector<std::string> codes = {"aucun",
                                                   "decideurs",
                                                   "budget",
                                                   "sensibilite_prix",
                                                   "priorites",
                                                   "niveau_souhaite",
                                                   "insatisfactions",
                                                   "prevoyance",
                                                   "due",
                                                   "preavis",
                                                   "echeance",
                                                   "calendrier",
                                                   "regime_branche",
                                                   "etat_personnel",
                                                   "garanties_actuelles"};
    return codes;
}

const std::vector<std::string>& MeetingBank::conditions() {
    static const std::vector<std::string> list = {
        "assure", "insatisfactions",   "prevoyance",    "due",      "branche",
        "cse",    "prescripteur",      "ayants_droit",  "services", "sensible_prix",
        "offre",  "garanties_connues", "besoins_ecrits"};
    return list;
}

const std::vector<std::string>& MeetingBank::obligations() {
    static const std::vector<std::string> list = {"identite_distributeur", "ipid",
                                                  "reclamations_mediation", "conseil_ecrit"};
    return list;
}

std::string MeetingBank::obligationLabel(const std::string& code) {
    if (code == "identite_distributeur") return "Identité du distributeur";
    if (code == "ipid") return "IPID remis";
    if (code == "reclamations_mediation") return "Réclamations et médiation";
    if (code == "conseil_ecrit") return "Conseil écrit";
    if (code == "besoins_ecrits") return "Exigences et besoins écrits et signés";
    return code;
}

const std::vector<std::string>& MeetingBank::parameterNames() {
    static const std::vector<std::string> names = {"confiance_initiale",
                                                   "seuil_signature",
                                                   "seuil_prochaine_etape",
                                                   "question_hors_sujet",
                                                   "repetition",
                                                   "objection_non_soulevee",
                                                   "objection_non_traitee",
                                                   "obligation_omise",
                                                   "survente_niveau",
                                                   "depassement_budget",
                                                   "offre_adaptee",
                                                   "besoins_ecrits",
                                                   "besoins_refuses",
                                                   "besoins_mots_par_sujet",
                                                   "tolerance_budget",
                                                   "ecart_niveau_accepte",
                                                   "objections_max",
                                                   "bruit_confiance",
                                                   "bruit_minutes",
                                                   "minutes_besoins",
                                                   "minutes_offre",
                                                   "seuil_attente",
                                                   "objections_par_tour",
                                                   "rendement_confiance",
                                                   "remise_conseiller",
                                                   "remise_direction",
                                                   "minutes_accord_direction",
                                                   "minutes_contreproposition",
                                                   "contreproposition_accueillie",
                                                   "contreproposition_budget",
                                                   "contreproposition_refusee",
                                                   "contrepartie_utile",
                                                   "contrepartie_inutile",
                                                   "objection_anticipee",
                                                   "offre_sans_decouverte",
                                                   "delai_apres_perte",
                                                   "confiance_apres_perte",
                                                   "duree_rdv",
                                                   "tolerance_effectif",
                                                   "duree_rdv_min",
                                                   "duree_rdv_max",
                                                   "tolerance_duree",
                                                   "insistance",
                                                   "sous_niveau",
                                                   "remise_significative"};
    return names;
}

const MeetingEntry* MeetingBank::find(const std::string& id) const {
    const auto it = std::find_if(entries.begin(), entries.end(),
                                 [&](const MeetingEntry& e) { return e.id == id; });
    return it == entries.end() ? nullptr : &*it;
}

double MeetingBank::parameter(const std::string& name) const {
    const auto it = values.find(name);
    if (it == values.end())
        throw std::out_of_range("datasets/parametres_rdv.csv : paramètre « " + name + " » absent");
    return it->second;
}

MeetingBank MeetingBank::load(const std::filesystem::path& datasets,
                              const std::vector<std::string>& criteria,
                              const std::vector<std::string>& objections) {
    MeetingBank bank;
    const auto unique = [&](const CsvTable& t, std::size_t r, const std::string& id) {
        if (bank.find(id)) t.fail(r, 0, "un identifiant pas encore utilisé dans les deux banques");
    };
    const auto q = CsvTable::load(datasets / "questions_rdv.csv", "datasets/questions_rdv.csv",
                                  {"id", "phase", "libelle", "reponse", "revele", "critere",
                                   "pertinence", "confiance", "minutes", "source", "fiabilite"});
    for (std::size_t r = 0; r < q.rowCount(); ++r) {
        MeetingEntry e;
        e.id = q.required(r, 0);
        unique(q, r, e.id);
        const auto phase = meetingPhaseOf(q.text(r, 1));
        if (!phase || *phase > MeetingPhase::Reformulation)
            q.fail(r, 1, "preparation, ouverture, decouverte ou reformulation");
        e.phase = *phase;
        e.reveals = q.required(r, 4);
        const auto& codes = revealCodes();
        if (std::find(codes.begin(), codes.end(), e.reveals) == codes.end())
            q.fail(r, 4, "un champ des besoins (" + joined(codes) + ")");
        readCommon(q, r, e, 2, 5, criteria);
        bank.entries.push_back(std::move(e));
    }
    const auto a = CsvTable::load(datasets / "arguments_rdv.csv", "datasets/arguments_rdv.csv",
                                  {"id", "phase", "type", "code", "libelle", "reponse", "critere",
                                   "pertinence", "confiance", "minutes", "source", "fiabilite"});
    for (std::size_t r = 0; r < a.rowCount(); ++r) {
        MeetingEntry e;
        e.id = a.required(r, 0);
        unique(a, r, e.id);
        const auto phase = meetingPhaseOf(a.text(r, 1));
        if (!phase || *phase < MeetingPhase::Presentation)
            a.fail(r, 1, "presentation, objections, information ou cloture");
        e.phase = *phase;
        const auto move = meetingMoveOf(a.text(r, 2));
        if (!move || *move == MeetingMove::Question)
            a.fail(r, 2, "un type d'argument (argument, comparaison, reponse_bonne, …)");
        e.move = *move;
        e.code = a.text(r, 3);
        const bool answer = e.move == MeetingMove::GoodAnswer || e.move == MeetingMove::PoorAnswer;
        if (answer && (e.code.empty() ||
                       (!objections.empty() && std::find(objections.begin(), objections.end(),
                                                         e.code) == objections.end())))
            a.fail(r, 3, "le code ou le thème d'une objection de datasets/objections_rdv.csv");
        const auto& duties = obligations();
        if (e.move == MeetingMove::Obligation &&
            std::find(duties.begin(), duties.end(), e.code) == duties.end())
            a.fail(r, 3, "une information obligatoire (" + joined(duties) + ")");
        if (e.move == MeetingMove::Complementary && e.code != "prevoyance" && e.code != "services")
            a.fail(r, 3, "prevoyance ou services");
        e.reveals = "aucun";
        readCommon(a, r, e, 4, 6, criteria);
        bank.entries.push_back(std::move(e));
    }
    const auto p =
        CsvTable::load(datasets / "parametres_rdv.csv", "datasets/parametres_rdv.csv",
                       {"parametre", "valeur", "unite", "description", "source", "fiabilite"});
    const auto& names = parameterNames();
    for (std::size_t r = 0; r < p.rowCount(); ++r) {
        const auto name = p.required(r, 0);
        if (std::find(names.begin(), names.end(), name) == names.end())
            p.fail(r, 0, "un paramètre connu (" + joined(names) + ")");
        if (bank.values.contains(name)) p.fail(r, 0, "un paramètre pas encore décrit");
        bank.values[name] = p.number(r, 1, -1000, 1000);  // minutes up to duree_rdv
        p.required(r, 4);
    }
    for (const auto& name : names)
        if (!bank.values.contains(name))
            throw InputError("datasets/parametres_rdv.csv",
                             "paramètre « " + name + " » manquant (une ligne par paramètre)");
    return bank;
}

std::string MeetingBank::objectionLabel(const std::string& code) {
    static const ObjectionBank objections = ObjectionBank::load(dataRoot() / "datasets");
    return objections.label(code);
}

const MeetingBank& MeetingBank::installed() {
    static const MeetingBank bank = load(dataRoot() / "datasets");
    return bank;
}

}  // namespace cmcsim
