#include "cmcsim/meeting/MeetingLog.h"

#include <fmt/format.h>

#include <algorithm>

#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/attempt/ProspectDirectory.h"
#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/core/InputError.h"
#include "cmcsim/core/Siret.h"
#include "cmcsim/core/Utf8.h"
#include "cmcsim/meeting/MeetingDuration.h"
#include "cmcsim/meeting/MeetingNegotiation.h"
#include "cmcsim/plan/PlanCalendar.h"
#include "cmcsim/reference/MeetingBank.h"
#include "cmcsim/scenario/Scenario.h"

namespace cmcsim {

namespace {
[[noreturn]] void refuse(const JournalEntry& e, const std::string& why) {
    throw InputError(fmt::format("journal, entrée {} ({})", e.sequence, e.kind), why);
}

std::string text(const nlohmann::json& payload, const char* key) {
    const auto it = payload.find(key);
    return it != payload.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::string phaseList() {
    std::string out;
    for (int p = 0; p <= static_cast<int>(kLastMeetingPhase); ++p)
        out += fmt::format("{}{}", p ? ", " : "", meetingPhaseLabel(static_cast<MeetingPhase>(p)));
    return out;
}

// The minutes of week `week`'s capacity its meetings take (MeetingDuration::booked of each).
double bookedMinutes(const std::vector<MeetingRecord>& meetings, int week,
                     const MeetingBank& bank) {
    double minutes = 0;
    for (const auto& o : meetings)
        if (o.week == week)
            minutes += MeetingDuration::booked(o, MeetingLog::nominalMinutes(o, bank));
    return minutes;
}
}  // namespace

bool MeetingLog::handles(const std::string& kind) {
    return kind == command::kMeetingOpen || kind == command::kMeetingChoice ||
           kind == command::kMeetingNeeds || kind == command::kMeetingOffer ||
           kind == command::kMeetingClose || kind == command::kMeetingCounter;
}

void MeetingLog::checkWrite(const nlohmann::json& payload, const Context& context,
                            const MeetingBank& bank, const std::string& where) const {
    const auto duration = payload.is_object() ? payload.find("duree_minutes") : payload.end();
    if (!payload.is_object() || duration == payload.end()) return;
    if (auto why = MeetingDuration::refusal(
            duration->is_number_integer() ? duration->get<std::int64_t>() : -1, bank);
        !why.empty())
        throw InputError(where, "« duree_minutes » : " + why);
    if (!context.scenario) return;
    // A duration stated is booked at once: it must fit in what the week has left.
    const int week = context.weeksRun + 1;
    if (week > context.scenario->durationWeeks) return;  // apply() says so
    const double capacity =
        PlanCalendar::weekOf(*context.scenario, week, context.weeklyCapacityHours).capacityHours;
    const double minutes = bookedMinutes(meetings_, week, bank);
    if (minutes + duration->get<double>() > capacity * 60 + 1e-9)
        throw InputError(
            where, fmt::format("un rendez-vous de {} ne tient pas dans la semaine {} : {} h au "
                               "plan, dont {} h déjà prises par ses rendez-vous",
                               frenchCount(duration->get<double>(), "minute", "minutes"), week,
                               frenchNumber(capacity, 1), frenchNumber(minutes / 60, 1)));
}

const MeetingRecord* MeetingLog::meeting(int id) const {
    return id >= 1 && id <= static_cast<int>(meetings_.size())
               ? &meetings_[static_cast<std::size_t>(id - 1)]
               : nullptr;
}

void MeetingLog::apply(const JournalEntry& e, const nlohmann::json& payload, const Context& context,
                       const MeetingBank* bank) {
    if (!bank) bank = &MeetingBank::installed();
    if (e.kind == command::kMeetingOpen) {
        const auto code = text(payload, "siret");
        const auto number = siret::parse(code, 14);
        if (!number || !context.prospects.listsSiret(*number))
            refuse(e, fmt::format("« siret » doit être un SIRET du fichier prospects (reçu « {} »)",
                                  code));
        if (payload.contains("objet") && !payload["objet"].is_string())
            refuse(e, "« objet » doit être un texte");
        const auto duration = payload.find("duree_minutes");
        if (duration != payload.end() &&
            (!duration->is_number_integer() || duration->get<std::int64_t>() < kJournalMinMinutes ||
             duration->get<std::int64_t>() > kJournalMaxMinutes))
            refuse(e, fmt::format("« duree_minutes » doit être un nombre entier de minutes de {} "
                                  "à {}",
                                  kJournalMinMinutes, kJournalMaxMinutes));
        if (const auto control = utf8::firstControl(text(payload, "objet")))
            refuse(e, fmt::format("« objet » : caractère de contrôle {} interdit", *control));
        // A subject is a line (a tester's 100,000 characters filled 15 pages of the dossier).
        if (const auto subject = text(payload, "objet");
            !utf8::isValid(subject) || utf8::length(subject) > kMaxSubjectLength)
            refuse(e, fmt::format("« objet » : {} caractères au plus (l'objet du rendez-vous, une "
                                  "ligne)",
                                  kMaxSubjectLength));
        // A meeting takes place in the current simulated week, within the campaign and the
        // week's capacity (docs/simulation.md "Les rendez-vous", "Le temps").
        const int week = context.weeksRun + 1;
        if (const auto* scenario = context.scenario) {
            if (week > scenario->durationWeeks)
                refuse(e, fmt::format("l'épreuve compte {} semaines, toutes jouées : plus aucun "
                                      "rendez-vous ne peut avoir lieu",
                                      scenario->durationWeeks));
            const double capacity =
                PlanCalendar::weekOf(*scenario, week, context.weeklyCapacityHours).capacityHours;
            const double minutes = bookedMinutes(meetings_, week, *bank);
            if (minutes >= capacity * 60 - 1e-9)
                refuse(e,
                       fmt::format("la capacité de la semaine {} ({} h au plan) est prise par "
                                   "ses rendez-vous ({} h) : jouez la semaine pour en ouvrir "
                                   "un autre",
                                   week, frenchNumber(capacity, 1), frenchNumber(minutes / 60, 1)));
        }
        // One relationship per company (SIREN): at most one meeting open with it at a time.
        for (const auto& o : meetings_)
            if (!o.closed() && o.siren() == code.substr(0, 9))
                refuse(e, fmt::format("le rendez-vous n° {} avec cette entreprise (SIREN {}) est "
                                      "encore ouvert : poursuivez-le ou closez-le avant d'en "
                                      "ouvrir un autre (une seule relation par entreprise)",
                                      o.id, o.siren()));
        MeetingRecord m;
        m.id = static_cast<int>(meetings_.size()) + 1;
        m.siret = code;
        m.subject = text(payload, "objet");
        if (duration != payload.end()) m.plannedMinutes = duration->get<int>();
        m.entry = e.sequence;
        m.date = context.date;
        m.week = week;
        m.ordinal = 1 + static_cast<int>(std::count_if(
                            meetings_.begin(), meetings_.end(),
                            [&](const MeetingRecord& o) { return o.siren() == m.siren(); }));
        meetings_.push_back(std::move(m));
        return;
    }
    const auto it = payload.find("rdv");
    const int id = it != payload.end() && it->is_number_integer() ? it->get<int>() : 0;
    if (!meeting(id))
        refuse(e, fmt::format("« rdv » doit être le numéro d'un rendez-vous ouvert (1 à {})",
                              meetings_.size()));
    const auto& current = meetings_[static_cast<std::size_t>(id - 1)];
    if (current.lapsed)
        refuse(e, fmt::format("le rendez-vous n° {} est clos sans suite : sa semaine ({}) a été "
                              "jouée alors qu'il était ouvert (entrée {})",
                              id, current.week, current.closedBy));
    if (current.closed())
        refuse(e, fmt::format("le rendez-vous n° {} est clos (entrée {}) : plus rien ne s'y ajoute",
                              id, current.closedBy));
    MeetingAct act;
    act.entry = e.sequence;
    act.phase = current.phase;
    if (e.kind == command::kMeetingChoice) {
        const auto choice = text(payload, "choix");
        const auto* entry = bank->find(choice);
        if (!entry)
            refuse(e, fmt::format("choix inconnu « {} » (les identifiants des banques : cmcsim "
                                  "meeting choices)",
                                  choice));
        if (entry->phase < current.phase)
            refuse(e, fmt::format(
                          "« {} » relève de la phase « {} », déjà passée : le rendez-vous en est à "
                          "la phase « {} » (les phases se suivent : {})",
                          choice, meetingPhaseLabel(entry->phase), meetingPhaseLabel(current.phase),
                          phaseList()));
        act.choice = choice;
        act.phase = entry->phase;
    } else if (e.kind == command::kMeetingNeeds) {
        act.kind = MeetingAct::Kind::Needs;
        act.needs = text(payload, "besoins");
        if (act.needs.empty() || utf8::length(act.needs) > 8000)
            refuse(
                e,
                "« besoins » doit être le texte des exigences et besoins (1 à 8 000 caractères)");
        if (const auto control = utf8::firstControl(act.needs, "\n\t"))
            refuse(e, fmt::format("« besoins » : caractère de contrôle {} interdit", *control));
    } else if (e.kind == command::kMeetingOffer) {
        act.kind = MeetingAct::Kind::Offer;
        const auto v = payload.find("version");
        act.version = v != payload.end() && v->is_number_integer() ? v->get<int>() : 0;
        const int saved = context.offers.versions(current.siret);
        if (act.version < 1 || act.version > saved)
            refuse(e, saved == 0 ? fmt::format("aucune offre enregistrée pour le SIRET {} : "
                                               "enregistrez une version d'offre d'abord",
                                               current.siret)
                                 : fmt::format("« version » doit être une version enregistrée "
                                               "pour le SIRET {} (1 à {})",
                                               current.siret, saved));
        if (current.phase > MeetingPhase::Objections)
            refuse(e, fmt::format("une offre se présente au plus tard pendant les objections : le "
                                  "rendez-vous en est à la phase « {} »",
                                  meetingPhaseLabel(current.phase)));
        act.phase = std::max(current.phase, MeetingPhase::Presentation);
    } else if (e.kind == command::kMeetingCounter) {
        act.kind = MeetingAct::Kind::Counter;
        const auto pct = payload.find("remise_pct");
        if (pct == payload.end() || !pct->is_number() || !(pct->get<double>() >= 0) ||
            pct->get<double>() > 100)
            refuse(e,
                   "« remise_pct » doit être un nombre de 0 à 100 (la remise proposée, en % "
                   "de la cotisation)");
        act.discountPct = pct->get<double>();
        // Compared in basis points (hundredths of a point) as given, never rounded: 10,0001 %
        // is neither 10 % nor allowed (docs/simulation.md "La négociation").
        const auto points = MeetingNegotiation::basisPoints(act.discountPct);
        if (!points)
            refuse(e, fmt::format("remise de {} % refusée : une remise se donne au centième de "
                                  "point près (10 % ou 7,25 % par exemple)",
                                  MeetingNegotiation::asGiven(*pct)));
        if (*points == 0)
            refuse(e,
                   "une remise de 0 % n'est pas une contre-proposition : elle ne change rien "
                   "à l'offre (pour proposer la prévoyance ou les services, choisissez "
                   "l'argument de clôture correspondant : cmcsim meeting choices --all)");
        // A seller cannot commit the mutuelle beyond its commercial policy (delegation levels
        // of the scenario, else of datasets/parametres_rdv.csv).
        const auto policy = context.scenario
                                ? MeetingNegotiation::of(context.scenario->policy, *bank)
                                : MeetingNegotiation::defaults(*bank);
        if (policy.levelOf(act.discountPct) == MeetingNegotiation::Level::Refused)
            refuse(e,
                   fmt::format("remise de {} % refusée : la politique commerciale de la "
                               "mutuelle la plafonne à {} % avec l'accord de la direction "
                               "({} % par le conseiller seul) ; un conseiller n'engage pas "
                               "la mutuelle au-delà de sa délégation",
                               MeetingNegotiation::asGiven(*pct), frenchShort(policy.managerPct, 2),
                               frenchShort(policy.sellerPct, 2)));
        if (payload.contains("contrepartie") &&
            (!payload["contrepartie"].is_string() ||
             !MeetingNegotiation::knownCounterpart(payload["contrepartie"].get<std::string>())))
            refuse(e, "« contrepartie » doit valoir prevoyance, services ou engagement");
        act.counterpart = text(payload, "contrepartie");
        if (std::none_of(current.acts.begin(), current.acts.end(),
                         [](const MeetingAct& a) { return a.kind == MeetingAct::Kind::Offer; }))
            refuse(e,
                   "une contre-proposition porte sur l'offre présentée : présentez d'abord une "
                   "version d'offre (rdv.offre)");
        // The same terms again on the same offer change nothing: no counter-proposal.
        for (auto a = current.acts.rbegin(); a != current.acts.rend(); ++a) {
            if (a->kind == MeetingAct::Kind::Offer) break;
            if (a->kind != MeetingAct::Kind::Counter) continue;
            if (MeetingNegotiation::basisPoints(a->discountPct) == points &&
                a->counterpart == act.counterpart)
                refuse(e, fmt::format(
                              "remise de {} %{} déjà proposée sur cette offre (entrée {}) "
                              ": la même proposition ne change rien, ce n'est pas une "
                              "contre-proposition",
                              MeetingNegotiation::asGiven(*pct),
                              act.counterpart.empty()
                                  ? ""
                                  : " " + MeetingNegotiation::counterpartLabel(act.counterpart),
                              a->entry));
            break;
        }
        act.phase = std::max(current.phase, MeetingPhase::Objections);
    } else {
        meetings_[static_cast<std::size_t>(id - 1)].closedBy = e.sequence;
        return;
    }
    auto& m = meetings_[static_cast<std::size_t>(id - 1)];
    m.phase = act.phase;
    m.acts.push_back(std::move(act));
}

void MeetingLog::weekPlayed(int week, std::int64_t entry) {
    for (auto& m : meetings_)
        if (!m.closed() && m.week <= week) {
            m.closedBy = entry;
            m.lapsed = true;
        }
}

double MeetingLog::nominalMinutes(const MeetingRecord& meeting, const MeetingBank& bank) {
    double minutes = 0;
    for (const auto& a : meeting.acts) switch (a.kind) {
            case MeetingAct::Kind::Choice:
                if (const auto* entry = bank.find(a.choice)) minutes += entry->minutes;
                break;
            case MeetingAct::Kind::Needs:
                minutes += bank.parameter("minutes_besoins");
                break;
            case MeetingAct::Kind::Offer:
                minutes += bank.parameter("minutes_offre");
                break;
            case MeetingAct::Kind::Counter:
                minutes += bank.parameter("minutes_contreproposition");
                break;
        }
    return minutes;
}

std::vector<std::uint64_t> MeetingLog::revealedSirets(const MeetingBank& bank,
                                                      const std::string& reveal,
                                                      std::int64_t upTo) const {
    std::vector<std::uint64_t> out;
    for (const auto& m : meetings_)
        for (const auto& a : m.acts) {
            const auto* entry = a.kind == MeetingAct::Kind::Choice && a.entry <= upTo
                                    ? bank.find(a.choice)
                                    : nullptr;
            if (entry && entry->reveals == reveal)
                if (const auto number = siret::parse(m.siret, 14)) out.push_back(*number);
        }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

nlohmann::json MeetingLog::toJson() const {
    auto out = nlohmann::json::array();
    for (const auto& m : meetings_) {
        auto acts = nlohmann::json::array();
        for (const auto& a : m.acts) {
            nlohmann::json j = {{"entree", a.entry}, {"phase", meetingPhaseCode(a.phase)}};
            if (a.kind == MeetingAct::Kind::Choice) j["choix"] = a.choice;
            if (a.kind == MeetingAct::Kind::Needs) j["besoins"] = a.needs;
            if (a.kind == MeetingAct::Kind::Offer) j["version"] = a.version;
            if (a.kind == MeetingAct::Kind::Counter) {
                j["remise_pct"] = a.discountPct;
                if (!a.counterpart.empty()) j["contrepartie"] = a.counterpart;
            }
            acts.push_back(std::move(j));
        }
        nlohmann::json meeting = {{"rdv", m.id},
                                  {"siret", m.siret},
                                  {"objet", m.subject},
                                  {"entree", m.entry},
                                  {"date", m.date.iso()},
                                  {"semaine", m.week},
                                  {"etapes", acts},
                                  {"phase", meetingPhaseCode(m.phase)},
                                  {"cloture_par", m.closedBy}};
        if (m.lapsed) meeting["sans_suite"] = true;
        if (m.plannedMinutes > 0) meeting["duree_minutes"] = m.plannedMinutes;
        out.push_back(std::move(meeting));
    }
    return out;
}

}  // namespace cmcsim
