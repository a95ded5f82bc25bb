#include "cmcsim/attempt/AttemptState.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "EntryRefusal.h"
#include "TopLevelKey.h"
#include "cmcsim/attempt/PlanCommand.h"
#include "cmcsim/attempt/PortfolioSight.h"
#include "cmcsim/core/JsonReader.h"
#include "cmcsim/core/Siret.h"
#include "cmcsim/note/FigureEarning.h"
#include "cmcsim/reference/MeetingBank.h"
#include "cmcsim/reference/PlanRules.h"
#include "cmcsim/scenario/Scenario.h"
#include "cmcsim/tender/Tender.h"

namespace cmcsim {

using entry::refuse;
using entry::textField;
using entry::throwIfAny;
using entry::where;

namespace {
const std::set<std::string> kAnomalyKinds = {"doublon", "fermee", "donnee_erronee"};

bool isMeta(const std::string& kind) {
    return kind == command::kUndo || kind == command::kRedo;
}

nlohmann::json payloadOf(const JournalEntry& e) {
    try {
        return nlohmann::json::parse(e.payload);
    } catch (const nlohmann::json::exception&) {
        refuse(e, "contenu JSON illisible");
    }
}

}  // namespace

AttemptState::AttemptState(const Scenario& scenario, const Market& market, const PlanRules& rules)
    : AttemptState(scenario, ProspectDirectory::over(market), rules) {}

AttemptState::AttemptState(const Scenario& scenario,
                           std::shared_ptr<const ProspectDirectory> prospects,
                           const PlanRules& rules)
    : scenario_(&scenario),
      prospects_(std::move(prospects)),
      rules_(&rules),
      budget_(scenario.policy.budgetEur),
      days_(scenario.policy.analysisDays) {}

AttemptState AttemptState::replay(const Scenario& scenario, const Market& market,
                                  const std::vector<JournalEntry>& journal,
                                  const PlanRules& rules) {
    return replay(scenario, ProspectDirectory::over(market), journal, rules);
}

AttemptState AttemptState::replay(const Scenario& scenario,
                                  std::shared_ptr<const ProspectDirectory> prospects,
                                  const std::vector<JournalEntry>& journal,
                                  const PlanRules& rules) {
    AttemptState state(scenario, std::move(prospects), rules);
    std::map<std::int64_t, const JournalEntry*> regular;
    // A format-1 file (its creation entry seals no table digests) was written when acquisitions
    // could still be undone: its entries up to the migration ("epreuve.liaison") keep that rule,
    // so the candidate's older attempt still opens; every later entry follows today's rule.
    bool earlierRules = !journal.empty() && earlierRulesFrom(journal.front());
    const auto find = [&](std::int64_t sequence) -> const JournalEntry* {
        const auto it = regular.find(sequence);
        return it == regular.end() ? nullptr : it->second;
    };
    for (const auto& e : journal) {
        state.refuseIfSealed(e);
        if (e.kind == command::kSeal) state.sealed_ = true;
        if (e.kind == command::kBound) earlierRules = false;
        if (!isMeta(e.kind))
            regular.emplace(e.sequence, &e);
        else
            state.admitMeta(e, earlierRules, find, state.undone_);
    }
    for (const auto& e : journal)
        if (!isMeta(e.kind) && !state.undone_.contains(e.sequence)) state.apply(e);
    return state;
}

void AttemptState::refuseIfSealed(const JournalEntry& e) const {
    if (sealed_) refuse(e, "l'épreuve a été remise : elle n'accepte plus de commande");
}

bool AttemptState::earlierRulesFrom(const JournalEntry& first) {
    if (first.kind != command::kCreated) return false;
    // Read without building the document: it carries every sealed block's digest.
    const auto sealed = hasTopLevelKey(first.payload, "empreintes");
    if (!sealed) refuse(first, "contenu JSON illisible");
    return !*sealed;
}

std::int64_t AttemptState::admitMeta(
    const JournalEntry& e, bool earlierRules,
    const std::function<const JournalEntry*(std::int64_t)>& regular,
    std::set<std::int64_t>& undone) const {
    const auto payload = payloadOf(e);
    std::vector<Problem> problems;
    JsonReader(payload, problems).allowOnly({"entree"});
    throwIfAny(e, problems);
    const JournalEntry* entry = nullptr;
    if (payload.is_object() && payload.contains("entree") &&
        payload["entree"].is_number_integer() && payload["entree"].get<std::int64_t>() != 1)
        entry = regular(payload["entree"].get<std::int64_t>());
    if (!entry) refuse(e, "« entree » doit désigner une commande antérieure du journal");
    const auto target = payload["entree"].get<std::int64_t>();
    if (e.kind == command::kUndo && !earlierRules)
        if (const auto why = undoRefusal(*entry)) refuse(e, *why);
    if (e.kind == command::kUndo && !undone.insert(target).second)
        refuse(e, "cette commande est déjà annulée");
    if (e.kind == command::kRedo && undone.erase(target) == 0)
        refuse(e, "cette commande n'est pas annulée");
    if (e.kind == command::kRedo && !earlierRules)
        if (const auto why = planPastRefusal(*entry, "la rétablir")) refuse(e, *why);
    return target;
}

std::uint32_t AttemptState::record(const nlohmann::json& payload, const JournalEntry& e) const {
    if (!payload.contains("ligne") || !payload["ligne"].is_number_unsigned() ||
        payload["ligne"].get<std::uint64_t>() >= prospects_->lines())
        refuse(e,
               fmt::format("« ligne » doit être un numéro de ligne du fichier prospects (0 à {})",
                           prospects_->lines() - 1));
    return payload["ligne"].get<std::uint32_t>();
}

void AttemptState::apply(const JournalEntry& e) {
    // The creation and the link are written by the program, checked when the file opens.
    if (e.kind == command::kCreated || e.kind == command::kBound) return;
    const auto payload = payloadOf(e);
    if (!payload.is_object()) refuse(e, "objet JSON attendu");
    std::vector<Problem> problems;
    JsonReader r(payload, problems);
    // Every kind names the keys its payload may hold (AttemptState.h, `command`): an unknown
    // key is refused before anything else is read, so a misspelt key is never ignored.
    if (e.kind == command::kSeal) {
        r.allowOnly({"entrees"});
        throwIfAny(e, problems);
        return;
    }
    if (e.kind == command::kBuyStudy) {
        r.allowOnly({"etude"});
        throwIfAny(e, problems);
        const auto id = textField(payload, "etude");
        const auto study = std::find_if(scenario_->studies.begin(), scenario_->studies.end(),
                                        [&](const StudyOffer& s) { return s.id == id; });
        if (study == scenario_->studies.end()) {
            std::vector<std::string> ids;
            for (const auto& s : scenario_->studies) ids.push_back(s.id);
            refuse(e, fmt::format("étude inconnue « {} » (études du scénario : {})", id,
                                  fmt::join(ids, ", ")));
        }
        if (studies_.contains(id))
            refuse(e, fmt::format("l'étude « {} » est déjà achetée", study->title));
        if (study->costEur > budgetLeft() + 1e-9)
            refuse(e, fmt::format("budget insuffisant : l'étude coûte {:.2f} €, il reste {:.2f} €",
                                  study->costEur, budgetLeft()));
        if (study->days > daysLeft() + 1e-9)
            refuse(e,
                   fmt::format("jours d'analyse insuffisants : l'étude demande {} j, il reste {} j",
                               study->days, daysLeft()));
        budgetSpent_ += study->costEur;
        daysSpent_ += study->days;
        studies_.insert(id);
    } else if (e.kind == command::kVerify) {
        r.allowOnly({"ligne"});
        throwIfAny(e, problems);
        acquire(e, record(payload, e), &RecordNotes::verifiedBy, kVerificationDays,
                "cette ligne est déjà vérifiée", "vérifier une fiche");
    } else if (e.kind == command::kCensusRequest) {
        r.allowOnly({"ligne"});
        throwIfAny(e, problems);
        acquire(e, record(payload, e), &RecordNotes::censusBy, kCensusRequestDays,
                "l'état du personnel de cette ligne est déjà demandé",
                "demander l'état du personnel");
    } else if (e.kind == command::kFlag) {
        r.allowOnly({"ligne", "anomalie", "motif"});
        const auto line = record(payload, e);
        const auto kind = r.text("anomalie", 1, 40).value_or("");
        if (!kind.empty() && !kAnomalyKinds.contains(kind))
            r.problemAt("anomalie", "doublon, fermee ou donnee_erronee attendu");
        const auto reason = r.text("motif", 1, 2000).value_or("");
        throwIfAny(e, problems);
        records_[line].flags.push_back({kind, reason, e.sequence});
    } else if (e.kind == command::kTag) {
        r.allowOnly({"ligne", "etiquette"});
        const auto line = record(payload, e);
        const auto tag = r.text("etiquette", 1, 40).value_or("");
        throwIfAny(e, problems);
        records_[line].tags.insert(tag);
    } else if (e.kind == command::kNote) {
        r.allowOnly({"ligne", "texte"});
        const auto line = record(payload, e);
        const auto text = r.text("texte", 1, 8000).value_or("");
        throwIfAny(e, problems);
        records_[line].notes.emplace_back(e.sequence, text);
    } else if (e.kind == command::kSaveFilter) {
        r.allowOnly({"nom", "filtre"});
        const auto name = r.text("nom", 1, 120).value_or("");
        ProspectFilter filter;
        if (payload.contains("filtre"))
            filter = ProspectFilter::fromJson(payload["filtre"], problems, "$.filtre");
        else
            r.problemAt("filtre", "champ obligatoire manquant");
        throwIfAny(e, problems);
        filters_[name] = filter;
    } else if (e.kind == command::kDeleteFilter) {
        r.allowOnly({"nom"});
        throwIfAny(e, problems);
        const auto name = textField(payload, "nom");
        if (!filters_.erase(name)) refuse(e, fmt::format("filtre inconnu « {} »", name));
    } else if (e.kind == command::kSaveSegment) {
        auto segment = Segment::fromJson(payload, problems);
        throwIfAny(e, problems);
        segment.entry = e.sequence;
        const auto it = std::find_if(segments_.begin(), segments_.end(),
                                     [&](const Segment& s) { return s.id == segment.id; });
        if (it != segments_.end())
            *it = std::move(segment);
        else
            segments_.push_back(std::move(segment));
    } else if (e.kind == command::kDeleteSegment) {
        r.allowOnly({"id"});
        throwIfAny(e, problems);
        const auto id = textField(payload, "id");
        const auto it = std::find_if(segments_.begin(), segments_.end(),
                                     [&](const Segment& s) { return s.id == id; });
        if (it == segments_.end()) refuse(e, fmt::format("segment inconnu « {} »", id));
        if (plan_.target(id)) refuse(e, fmt::format("le segment « {} » est une cible du plan", id));
        for (const auto& a : plan_.actions)
            if (a.segmentId == id)
                refuse(e, fmt::format("le segment « {} » est visé par l'action « {} » du plan", id,
                                      a.id));
        segments_.erase(it);
    } else if (e.kind == command::kSaveOffer) {
        r.allowOnly({"siret", "offre"});
        const auto code = r.text("siret", 14, 14).value_or("");
        if (!payload.contains("offre") || !payload["offre"].is_object())
            r.problemAt("offre", "objet JSON d'offre attendu");
        throwIfAny(e, problems);
        const auto number = siret::parse(code, 14);
        // A SIRET the prospect file lists: a duplicate's own SIRET too, or refusing it would
        // tell the candidate the line is a duplicate.
        const bool known = number && prospects_->listsSiret(*number);
        if (!known) refuse(e, fmt::format("SIRET absent du fichier prospects « {} »", code));
        offers_.add(code, payload["offre"], e.sequence);
    } else if (isPlanCommand(e.kind)) {
        applyPlan(e, payload);
    } else if (e.kind == command::kRunWeek) {
        runWeek(e, payload);
    } else if (e.kind == command::kSaveNote) {
        saveNote(e, payload);
    } else if (MeetingLog::handles(e.kind)) {
        applyMeeting(e, payload);
    } else if (TenderFile::handles(e.kind)) {
        tenders_.apply(e, payload, tenderContext(), where(e));
    } else {
        refuse(e, "type de commande inconnu");
    }
}

bool AttemptState::isPlanCommand(const std::string& kind) {
    return PlanCommand::is(kind);
}

void AttemptState::applyPlan(const JournalEntry& e, const nlohmann::json& payload) {
    auto plan = PlanCommand::apply(e, payload, plan_,
                                   {*scenario_, *prospects_, segments_, weekRuns_, *rules_});
    plan_ = plan;
    planVersions_.push_back({e.sequence, std::move(plan)});
}

void AttemptState::acquire(const JournalEntry& e, std::uint32_t line, std::int64_t RecordNotes::*by,
                           double days, const char* already, const char* action) {
    // The line's notes are created only once the acquisition is accepted: a refusal leaves the
    // state as it was (AttemptTimeline applies entries in place).
    if (const auto it = records_.find(line); it != records_.end() && it->second.*by)
        refuse(e, already);
    if (days > daysLeft() + 1e-9)
        refuse(e, fmt::format("plus assez de jours d'analyse pour {}", action));
    daysSpent_ += days;
    records_[line].*by = e.sequence;
}

void AttemptState::runWeek(const JournalEntry& e, const nlohmann::json& payload) {
    std::vector<Problem> problems;
    JsonReader(payload, problems).allowOnly({"semaine"});
    throwIfAny(e, problems);
    const int next = weekRuns_.empty() ? 1 : weekRuns_.back().week + 1;
    const auto it = payload.find("semaine");
    if (it == payload.end() || !it->is_number_integer() || it->get<std::int64_t>() != next)
        refuse(e, fmt::format("« semaine » doit valoir {} : les semaines se jouent dans l'ordre",
                              next));
    if (next > scenario_->durationWeeks)
        refuse(e, fmt::format("l'épreuve compte {} semaines : toutes sont jouées",
                              scenario_->durationWeeks));
    WeekRun run;
    run.week = next;
    run.entry = e.sequence;
    run.plan = plan_;
    run.segments = segments_;
    run.budgetEur = budgetLeft();
    run.competitorWatch = hasStudyKind("veille_concurrentielle");
    run.portfolioKnown = PortfolioSight::now(*this);
    run.prescribersKnown = hasStudyKind("annuaire_prescripteurs");
    weekRuns_.push_back(std::move(run));
    meetings_.weekPlayed(next, e.sequence);
}

MeetingLog::Context AttemptState::meetingContext() const {
    return {*prospects_,     offers_,
            simulatedDate(), static_cast<int>(weekRuns_.size()),
            scenario_,       plan_.weeklyCapacityHours};
}

void AttemptState::applyMeeting(const JournalEntry& e, const nlohmann::json& payload) {
    meetings_.apply(e, payload, meetingContext());
}

void AttemptState::saveNote(const JournalEntry& e, const nlohmann::json& payload) {
    std::vector<Problem> problems;
    JsonReader r(payload, problems);
    r.allowOnly({"texte"});
    const auto text = r.text("texte", 0, SynthesisNote::kMaxBytes).value_or("");
    throwIfAny(e, problems);
    auto note = SynthesisNote::parse(text, where(e) + " $.texte");
    for (const auto* reference : note.references())
        if (const auto why = unearnedFigure(reference->figureId))
            refuse(e, fmt::format("la référence au chiffre « {} » est refusée : {}",
                                  reference->figureId, *why));
    noteVersions_.push_back(
        {e.sequence, static_cast<int>(noteVersions_.size()) + 1, std::move(note)});
}

std::optional<std::string> AttemptState::unearnedFigure(const std::string& id) const {
    return FigureEarning::missing(id, *this);
}

Date AttemptState::simulatedDate() const {
    Date date = scenario_->startDate;
    for (int worked = 0; worked < static_cast<int>(std::floor(daysSpent_ + 1e-9));) {
        date = date.plusDays(1);
        const int weekday = (date.days() + 4) % 7;  // 1970-01-01 was a Thursday; 0 = Sunday
        if (weekday != 0 && weekday != 6) ++worked;
    }
    if (!weekRuns_.empty())
        date = std::max(date, scenario_->startDate.plusDays(7 * weekRuns_.back().week));
    return date;
}

TenderFileContext AttemptState::tenderContext() const {
    return {*scenario_, *prospects_, Tender::weekOf(*scenario_, simulatedDate()), offers_};
}

bool AttemptState::hasStudyKind(const std::string& kind) const {
    for (const auto& s : scenario_->studies)
        if (s.kind == kind && studies_.contains(s.id)) return true;
    return false;
}

const RecordNotes* AttemptState::notesFor(std::uint32_t line) const {
    const auto it = records_.find(line);
    return it == records_.end() ? nullptr : &it->second;
}

std::optional<std::string> AttemptState::planPastRefusal(const JournalEntry& e,
                                                         const char* what) const {
    return PlanCommand::pastRefusal(e, weekRuns_, what);
}

std::optional<std::string> AttemptState::undoRefusal(const JournalEntry& e) const {
    if (e.kind == command::kRunWeek)
        return "une semaine jouée ne s'annule pas : ses résultats sont acquis (modifiez le plan "
               "pour les semaines suivantes)";
    if (const auto why = planPastRefusal(e, "l'annuler")) return why;
    if (MeetingLog::handles(e.kind))
        return "un échange de rendez-vous ne s'annule pas : ce qui a été dit et appris reste "
               "acquis";
    if (const auto why = tenders_.undoRefusal(e)) return why;
    const bool study = e.kind == command::kBuyStudy, verification = e.kind == command::kVerify,
               census = e.kind == command::kCensusRequest;
    if (!study && !verification && !census) return std::nullopt;
    const auto payload = nlohmann::json::parse(e.payload, nullptr, false);
    std::string what;
    if (study) {
        const auto id = payload.is_object() ? textField(payload, "etude") : "";
        std::string title = id;
        for (const auto& s : scenario_->studies)
            if (s.id == id) title = s.title;
        what = fmt::format("l'achat de l'étude « {} »", title);
    } else {
        const bool known = payload.is_object() && payload.contains("ligne") &&
                           payload["ligne"].is_number_unsigned() &&
                           payload["ligne"].get<std::uint64_t>() < prospects_->lines();
        const auto name =
            known ? fmt::format(" de « {} »",
                                prospects_->lineName(payload["ligne"].get<std::uint32_t>()))
                  : std::string();
        what = verification ? "la vérification de la fiche" + name
                            : "la demande de l'état du personnel" + name;
    }
    return fmt::format(
        "{} est {} : une information acquise ne s'annule pas (ni budget ni jours rendus)", what,
        study ? "définitif" : "définitive");
}

Knowledge AttemptState::knowledge() const {
    return knowledgeAt(INT64_MAX);
}

Knowledge AttemptState::knowledgeAt(std::int64_t entry) const {
    Knowledge k = studiesKnowledge(entry);
    k.verified.assign(prospects_->lines(), 0);
    k.census.assign(prospects_->lines(), 0);
    for (const auto& [line, notes] : records_) {
        if (notes.verifiedBy && notes.verifiedBy <= entry) k.verified[line] = 1;
        if (notes.censusBy && notes.censusBy <= entry) k.census[line] = 1;
    }
    tenders_.reveal(k, entry);
    return k;
}

Knowledge AttemptState::knowledgeOf(const std::vector<std::uint32_t>& lines) const {
    Knowledge k = studiesKnowledge();
    k.verified.assign(lines.size(), 0);
    k.census.assign(lines.size(), 0);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const auto it = records_.find(lines[i]);
        if (it == records_.end()) continue;
        if (it->second.verifiedBy) k.verified[i] = 1;
        if (it->second.censusBy) k.census[i] = 1;
    }
    // A call for tender read reveals the census of its line (TenderFile::reveal).
    for (const auto& [id, response] : tenders_.responses())
        for (std::size_t i = 0; i < lines.size(); ++i)
            if (lines[i] == response.line) k.census[i] = 1;
    return k;
}

Knowledge AttemptState::studiesKnowledge(std::int64_t upTo) const {
    Knowledge k;
    k.insurers = hasStudyKind("veille_concurrentielle");
    k.portfolio = PortfolioSight::now(*this);
    k.prescribers = hasStudyKind("annuaire_prescripteurs");
    k.territory = hasStudyKind("statistiques_territoire");
    k.branches = hasStudyKind("donnees_branche");
    k.censusSirets = meetings_.revealedSirets(MeetingBank::installed(), "etat_personnel", upTo);
    for (const auto siret :
         meetings_.revealedSirets(MeetingBank::installed(), "garanties_actuelles", upTo))
        k.toldCover.push_back(siret / 100000);
    // A call for tender read gives the company's current contracts (TenderDocument).
    for (const auto& [id, response] : tenders_.responses())
        if (const auto number = siret::parse(response.siret, 14); number && response.readBy <= upTo)
            k.specifiedCover.push_back(*number / 100000);
    k.sortCompanies();
    return k;
}

ProspectMarks AttemptState::marks() const {
    ProspectMarks m;
    m.bits.assign(prospects_->lines(), 0);
    for (const auto& [line, notes] : records_) {
        if (!notes.flags.empty()) m.bits[line] |= ProspectMarks::kFlagged;
        if (!notes.notes.empty()) m.bits[line] |= ProspectMarks::kNoted;
        if (!notes.tags.empty()) m.tags[line] = notes.tags;
    }
    return m;
}

}  // namespace cmcsim
