#include "cmcsim/store/AttemptSession.h"

#include <fmt/format.h>

#include <algorithm>
#include <memory>
#include <optional>

#include "../attempt/EntryRefusal.h"
#include "cmcsim/attempt/JournalText.h"
#include "cmcsim/core/InputError.h"
#include "cmcsim/core/Money.h"
#include "cmcsim/meeting/MeetingOpening.h"
#include "cmcsim/meeting/MeetingView.h"
#include "cmcsim/offer/Offer.h"
#include "cmcsim/reference/MeetingBank.h"
#include "cmcsim/reference/ReferenceData.h"
#include "cmcsim/sim/Campaign.h"
#include "cmcsim/store/AttemptDigest.h"
#include "cmcsim/store/AttemptFile.h"
#include "cmcsim/store/AttemptSchema.h"
#include "cmcsim/store/Database.h"
#include "cmcsim/store/FileCensus.h"
#include "cmcsim/store/JournalStore.h"
#include "cmcsim/tender/TenderCompliance.h"
#include "cmcsim/tender/TenderDesk.h"

namespace cmcsim {

namespace {
// The open meeting a step names ("rdv"), its dialogue run once for the checks below.
struct OpenMeeting {
    std::uint32_t company = 0;
    std::unique_ptr<MeetingView> view;
};

std::optional<OpenMeeting> openMeeting(const Attempt& a, const ReferenceData& reference,
                                       const AttemptState& now, const nlohmann::json& payload) {
    if (!payload.is_object() || !payload.contains("rdv") || !payload["rdv"].is_number_integer())
        return std::nullopt;  // the state's own checks answer the rest
    const auto* record = now.meetings().meeting(payload["rdv"].get<int>());
    if (!record || record->closed()) return std::nullopt;
    const auto company = MeetingView::companyOf(a.market(), record->siret);
    if (!company) return std::nullopt;
    return OpenMeeting{
        *company, std::make_unique<MeetingView>(a.market(), reference, a.scenario(), a.seed(), now,
                                                record->id, *company)};
}

// A request for signature ("rdv.choix" of a signature entry) in a meeting with a company
// already a client (an earlier meeting signed, a signature of the campaign, the portfolio) is
// refused, saying since which week: one relationship per company, one signature
// (docs/simulation.md "Les rendez-vous"). The state alone cannot tell: it needs the dialogues
// and the campaign.
void checkMeetingSignature(const Attempt& a, const ReferenceData& reference,
                           const AttemptState& now, const std::filesystem::path& file,
                           const nlohmann::json& payload, const OpenMeeting& open) {
    if (!payload.contains("choix") || !payload["choix"].is_string()) return;
    const auto* entry = reference.meetings.find(payload["choix"].get<std::string>());
    if (!entry || entry->move != MeetingMove::Signature) return;
    // A client signs a complementary product it was proposed in this meeting (multi-product:
    // the outcome "Complément signé").
    if (!open.view->fullTranscript().complementary.empty()) return;
    const auto& record = open.view->record();
    const auto company = open.company;
    const auto refuse = [&](const std::string& since) {
        throw InputError(file.string(),
                         fmt::format("signature refusée : {} est déjà cliente de la mutuelle {} ; "
                                     "un rendez-vous avec un client ne mène pas à une seconde "
                                     "signature (proposez plutôt un complément, une prochaine "
                                     "étape)",
                                     a.market().companies[company].name, since));
    };
    for (const auto& m : now.meetings().meetings())
        if (m.id != record.id && m.siren() == record.siren() && m.closed() &&
            MeetingView(a.market(), reference, a.scenario(), a.seed(), now, m.id, company)
                    .fullTranscript()
                    .outcome == MeetingOutcome::Signed)
            refuse(fmt::format("depuis la semaine {} (rendez-vous n° {} signé)", m.week, m.id));
    const auto campaign = Campaign::replay(a.scenario(), reference, a.market(), a.seed(), now);
    if (!campaign.isClient(company)) return;
    const auto p = campaign.progress().find(company);
    refuse(p != campaign.progress().end() && p->second.stage == FunnelStage::Signed
               ? fmt::format("depuis la semaine {} ({})", p->second.since,
                             p->second.action.empty() ? "signature" : p->second.action)
               : std::string("depuis avant l'épreuve (son portefeuille)"));
}

// A step in a meeting the company ended (its planned duration overrun, MeetingDialogue) is
// refused: only its closure is accepted (docs/simulation.md "Le temps").
void checkMeetingStopped(const std::filesystem::path& file, const OpenMeeting& open) {
    const auto& t = open.view->fullTranscript();
    if (t.stoppedByCompany)
        throw InputError(file.string(),
                         fmt::format("le rendez-vous n° {} est terminé : {} ; l'entreprise a dit "
                                     "« nous devons nous arrêter là », il ne reste qu'à le clore "
                                     "(cmcsim meeting close)",
                                     open.view->record().id, t.closure));
}
}  // namespace

AttemptSession::AttemptSession(const std::filesystem::path& file, const ReferenceData& reference,
                               const LoadProgress& progress, Access access, Check check,
                               MarketParts parts)
    : file_(file), reference_(&reference), parts_(parts) {
    // Read and check everything before opening for writing: a bad file is never modified.
    AttemptIntegrity integrity;
    if (check == Check::BeforeReady) {
        attempt_ = std::make_unique<Attempt>(
            AttemptFile::open(file, reference, &integrity, progress, parts));
    } else {
        auto opened = AttemptFile::openForWork(file, reference, progress, parts);
        attempt_ = std::make_unique<Attempt>(std::move(opened.attempt));
        integrity = std::move(opened.integrity);
        check_ = std::move(opened.check);
        if (progress) progress(kLoadIntegrity, 0, 0);
    }
    if (!parts.census) attempt_->readCensusFrom(std::make_shared<FileCensus>(file, reference));
    if (progress) progress(kLoadReplay, 0, attempt_->journal().size());
    timeline_ = std::make_unique<AttemptTimeline>(attempt_->scenario(), attempt_->market(),
                                                  attempt_->journal(), reference.planRules);
    if (access == Access::ReadOnly) return;
    db_ = std::make_unique<Database>(file, Database::Mode::ReadWrite);
    // A handed-in attempt is never migrated: that would change what was handed in.
    if (state().sealed()) return;
    // A migration writes: the file is proved intact first.
    if (integrity.formatVersion < AttemptSchema::kVersion) finishCheck();
    // A migrated file's tables, as they are now, are sealed again in the journal, in the layout
    // of the current format (a format-1 file is bound from now on). The migration and that entry
    // are one transaction: a crash leaves the file as it was, or migrated and sealed (a failure
    // throws out of the constructor, so the timeline it was applied to goes with it).
    std::optional<JournalEntry> bound;
    AttemptSchema::migrate(*db_, [&] {
        bound = next(command::kBound,
                     {{"format", AttemptSchema::kVersion},
                      {"empreintes", AttemptDigest::toJson(AttemptDigest::compute(*db_))}});
        timeline_->append(*bound);
        JournalStore::append(*db_, *bound);
    });
    if (bound) record(std::move(*bound));
}

AttemptSession::~AttemptSession() = default;

bool AttemptSession::checkPending() const {
    return check_ != nullptr;
}

bool AttemptSession::checkComputed() const {
    return !check_ || check_->computed();
}

void AttemptSession::finishCheck() {
    if (!check_) return;
    check_->finish();  // throws on a difference, and again at every later call
    check_.reset();
}

JournalEntry AttemptSession::next(const std::string& kind, const nlohmann::json& payload) const {
    const auto& journal = attempt_->journal();
    return Journal::next(journal.empty() ? nullptr : &journal.back(), state().simulatedDate(), kind,
                         payload.dump());
}

const JournalEntry& AttemptSession::record(JournalEntry entry) {
    attempt_->record(std::move(entry));
    const auto& applied = attempt_->journal().back();
    for (const auto& listener : listeners_) listener(applied);
    return applied;
}

const JournalEntry& AttemptSession::execute(const std::string& kind,
                                            const nlohmann::json& payload) {
    if (readOnly())
        throw InputError(file_.string(),
                         "épreuve ouverte en lecture seule (mode évaluateur) : aucune action "
                         "n'y est enregistrée");
    finishCheck();
    if (kind == command::kBuyStudy) checkStudyAfterWeeks(payload);
    if (kind == command::kSaveOffer) checkOffer(payload);
    if (kind == command::kMeetingOpen) checkMeetingOpening(payload);
    if (kind == command::kMeetingChoice || kind == command::kMeetingNeeds ||
        kind == command::kMeetingOffer || kind == command::kMeetingCounter)
        if (const auto open = openMeeting(*attempt_, *reference_, state(), payload)) {
            checkMeetingStopped(file_, *open);
            if (kind == command::kMeetingChoice)
                checkMeetingSignature(*attempt_, *reference_, state(), file_, payload, *open);
        }
    auto entry = next(kind, payload);
    try {
        if (kind == command::kTenderSubmit) checkTenderSubmission(entry, payload);
        if (kind == command::kTenderQuestion || kind == command::kTenderResponse)
            state().tenders().checkWrite(kind, payload, attempt_->scenario(),
                                         entry::where(entry));  // renamed by unwritten()
        if (kind == command::kMeetingOpen)
            state().meetings().checkWrite(payload, state().meetingContext(),
                                          MeetingBank::installed(), entry::where(entry));
        timeline_->append(entry);  // a refusal leaves the state as it was
    } catch (const InputError& refused) {
        throw unwritten(refused, entry);
    }
    try {
        db_->exec("BEGIN IMMEDIATE");
        try {
            JournalStore::append(*db_, entry);
            db_->exec("COMMIT");
        } catch (...) {
            db_->exec("ROLLBACK");
            throw;
        }
    } catch (...) {
        timeline_->retract();
        throw;
    }
    return record(std::move(entry));
}

InputError AttemptSession::unwritten(const InputError& refused, const JournalEntry& entry) {
    // The fold names its refusals by entry, as a replay must; this one was never written.
    const auto entryPlace = entry::where(entry);
    auto problems = refused.problems();
    for (auto& p : problems)
        if (p.where.starts_with(entryPlace))
            p.where = fmt::format("{} (rien n'est écrit au journal){}",
                                  JournalText::refusedName(entry.kind),
                                  p.where.substr(entryPlace.size()));
    return InputError(std::move(problems));
}

void AttemptSession::checkStudyAfterWeeks(const nlohmann::json& payload) const {
    const auto& now = state();
    if (now.weekRuns().empty() || !payload.is_object() || !payload.contains("etude") ||
        !payload["etude"].is_string())
        return;  // the state's own checks answer the rest
    const auto id = payload["etude"].get<std::string>();
    const auto& studies = attempt_->scenario().studies;
    const auto study = std::find_if(studies.begin(), studies.end(),
                                    [&](const StudyOffer& s) { return s.id == id; });
    if (study == studies.end() || now.studies().contains(id)) return;
    const double spent = Campaign::replay(attempt_->scenario(), *reference_, attempt_->market(),
                                          attempt_->seed(), now)
                             .spentEur();
    const double left = std::max(0.0, now.budgetLeft() - spent);
    if (study->costEur > left + 1e-9)
        throw InputError(file_.string(),
                         fmt::format("budget insuffisant : l'étude « {} » coûte {}, il reste {} "
                                     "(les actions des semaines jouées ont dépensé {})",
                                     study->title, Money::euros(study->costEur).french(),
                                     Money::euros(left).french(), Money::euros(spent).french()));
}

void AttemptSession::checkMeetingOpening(const nlohmann::json& payload) const {
    if (!payload.is_object() || !payload.contains("siret") || !payload["siret"].is_string())
        return;  // the state's own checks answer the rest
    if (const auto why =
            MeetingOpening::refusal(attempt_->market(), *reference_, attempt_->scenario(),
                                    attempt_->seed(), state(), payload["siret"].get<std::string>()))
        throw InputError(file_.string(), *why);
}

void AttemptSession::checkTenderSubmission(const JournalEntry& entry,
                                           const nlohmann::json& payload) const {
    if (!payload.is_object() || !payload.contains("ao") || !payload["ao"].is_string()) return;
    const auto id = payload["ao"].get<std::string>();
    const auto* response = state().tenders().find(id);
    if (!response || response->submittedBy || !response->draft)
        return;  // the state's own checks answer the rest
    const TenderDesk desk(*reference_, attempt_->scenario(), attempt_->market(), state());
    if (const auto reasons = desk.submissionRefusals(id); !reasons.empty())
        // Named as the journal's fold names its refusals, the same reasons and more.
        throw InputError(entry::where(entry),
                         TenderCompliance::refusalText(reasons));  // renamed by unwritten()
}

void AttemptSession::checkOffer(const nlohmann::json& payload) const {
    if (!payload.is_object() || !payload.contains("offre") || !payload["offre"].is_object())
        return;  // the state's own checks answer the rest
    Offer::fromJson(payload["offre"].dump(), "offre", reference_->offers);
}

std::string AttemptSession::seal() {
    const auto& entry = execute(
        command::kSeal, {{"entrees", static_cast<std::int64_t>(attempt_->journal().size())}});
    return Journal::receiptCode(entry.hash);
}

const JournalEntry& AttemptSession::undo(std::int64_t entry) {
    return execute(command::kUndo, {{"entree", entry}});
}

const JournalEntry& AttemptSession::redo(std::int64_t entry) {
    return execute(command::kRedo, {{"entree", entry}});
}

}  // namespace cmcsim
