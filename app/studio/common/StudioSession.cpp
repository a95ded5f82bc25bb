#include "common/StudioSession.h"

#include <QApplication>
#include <algorithm>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "cmcsim/core/InputError.h"
#include "cmcsim/sim/Campaign.h"
#include "cmcsim/store/TruthAccess.h"
#include "common/JournalCommand.h"

StudioSession::StudioSession(const cmcsim::ReferenceData& reference,
                             std::unique_ptr<cmcsim::AttemptSession> session, QObject* parent)
    : StudioSession(reference, std::move(session), nullptr, parent) {}

StudioSession::StudioSession(const cmcsim::ReferenceData& reference,
                             std::unique_ptr<cmcsim::AttemptSession> session,
                             std::unique_ptr<cmcsim::ProspectView> view, QObject* parent)
    : QObject(parent), reference_(reference), session_(std::move(session)), view_(std::move(view)) {
    if (!view_)
        view_ = std::make_unique<cmcsim::ProspectView>(market(), reference_, state().knowledge());
    const auto parts = session_->parts();
    if (!parts.whole()) {
        details_ = std::make_unique<cmcsim::MarketDetails>(session_->file(), reference_);
        // Read while painting: a row that fails its seal shows empty, and the tamper check,
        // which compares every table, refuses the attempt and closes it.
        if (!parts.contacts || !parts.records)
            view_->setContactSource([this](std::uint32_t line) {
                try {
                    return details_->contact(line);
                } catch (const std::exception&) {
                    return cmcsim::Contact{};
                }
            });
        // The census cells left in the file are read by the market itself (Market::census,
        // FileCensus), for the view, the evaluator's truth and the assessment alike.
    }
    view_->setMarks(state().marks());
    session_->addListener([this](const cmcsim::JournalEntry&) { onApplied(); });
    if (checking()) {
        // Polled rather than signalled from the check's thread: the result is compared here.
        constexpr int kPollMs = 50;
        checkPoll_.setInterval(kPollMs);
        connect(&checkPoll_, &QTimer::timeout, this, [this] {
            if (!session_->checkComputed()) return;
            checkPoll_.stop();
            if (intact()) Q_EMIT checked();
        });
        checkPoll_.start();
    }
#ifdef __GLIBC__
    // Reading the market and building the view freed many blocks, some in the reading threads'
    // arenas, where the workspaces built next cannot reuse them: given back (about 40 MiB at
    // national scale, docs/performance.md).
    malloc_trim(0);
#endif
}

bool StudioSession::intact() {
    if (tampered_) return false;
    if (!checking()) return true;
    const bool wait = !session_->checkComputed();
    if (wait) QApplication::setOverrideCursor(Qt::WaitCursor);
    QString reason;
    try {
        session_->finishCheck();
    } catch (const std::exception& e) {  // InputError, or what reading the file threw
        reason = QString::fromUtf8(e.what());
    }
    if (wait) QApplication::restoreOverrideCursor();
    if (reason.isEmpty()) return true;
    tampered_ = true;
    checkPoll_.stop();
    Q_EMIT tampered(reason);
    return false;
}

StudioSession::~StudioSession() = default;

cmcsim::MarketParts StudioSession::marketParts(
    [[maybe_unused]] cmcsim::AttemptSession::Access access) {
    return {.contacts = false, .census = false, .records = false};
}

void StudioSession::onApplied() {
    campaign_.reset();
    view_->apply(state().knowledge());
    view_->setMarks(state().marks());
    Q_EMIT changed();
}

bool StudioSession::run(const QString& label, const std::string& kind,
                        const nlohmann::json& payload) {
    if (!intact()) return false;
    try {
        const auto& applied = session_->execute(kind, payload);
        const auto refusal = state().undoRefusal(applied);
        undoStack_.push(new JournalCommand(*this, label, applied.sequence,
                                           refusal ? QString::fromStdString(*refusal) : QString()));
        Q_EMIT performed(label);
        return true;
    } catch (const cmcsim::InputError& e) {
        QString reason;
        for (const auto& p : e.problems())
            reason += QString::fromStdString(p.what) + QLatin1Char('\n');
        Q_EMIT refused(reason.trimmed());
        return false;
    }
}

bool StudioSession::requestCensus(std::uint32_t line) {
    return run(
        tr("État du personnel de « %1 »").arg(QString::fromStdString(*view_->rows()[line].name)),
        cmcsim::command::kCensusRequest, {{"ligne", line}});
}

QString StudioSession::undoRefusal() const {
    if (!undoStack_.canUndo()) return {};
    const auto* top =
        dynamic_cast<const JournalCommand*>(undoStack_.command(undoStack_.index() - 1));
    return top ? top->irreversibleReason() : QString();
}

QString StudioSession::seal() {
    if (!intact()) return {};
    try {
        const auto receipt = QString::fromStdString(session_->seal());
        undoStack_.clear();
        return receipt;
    } catch (const cmcsim::InputError& e) {
        Q_EMIT refused(QString::fromUtf8(e.what()));
        return {};
    }
}

void StudioSession::undoEntry(std::int64_t entry) {
    if (!intact()) return;
    try {
        session_->undo(entry);
    } catch (const cmcsim::InputError& e) {
        Q_EMIT refused(QString::fromUtf8(e.what()));
    }
}

void StudioSession::redoEntry(std::int64_t entry) {
    if (!intact()) return;
    try {
        session_->redo(entry);
    } catch (const cmcsim::InputError& e) {
        Q_EMIT refused(QString::fromUtf8(e.what()));
    }
}

std::int64_t StudioSession::shownEntry() const {
    if (shown_) return shownEntry_;
    return journal().empty() ? 0 : journal().back().sequence;
}

const cmcsim::Campaign& StudioSession::campaign() const {
    if (!campaign_)
        campaign_ = std::make_unique<cmcsim::Campaign>(cmcsim::Campaign::replay(
            scenario(), reference_, market(), session_->attempt().seed(), state()));
    return *campaign_;
}

bool StudioSession::truthOpen() const {
    return evaluator() && cmcsim::TruthAccess::open(journal());
}

QString StudioSession::truthRefusal() const {
    if (truthOpen()) return {};
    return tr(
        "Vérité cachée non affichée : cette épreuve n'est pas remise. La vérité cachée "
        "(besoins réels des entreprises, recensements et marché réels, anomalies du fichier) "
        "et la pré-évaluation qui la lit sont la vue de l'évaluateur, lisibles une fois "
        "l'épreuve remise ; rien n'enregistrerait qu'elles ont été lues pendant l'épreuve.");
}

void StudioSession::showEntry(std::int64_t sequence) {
    if (!evaluator() || journal().empty()) return;
    const auto count = static_cast<std::int64_t>(journal().size());
    const auto k = std::clamp<std::int64_t>(sequence, 1, count);
    // The engine's timeline rebuilds it from its nearest checkpoint (AttemptTimeline::stateAt).
    shown_ = std::make_unique<cmcsim::AttemptState>(session_->timeline().stateAt(k));
    shownEntry_ = k;
    onApplied();
}
