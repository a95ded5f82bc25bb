#include "common/StudioSession.h"

#include <algorithm>

#include "cmcsim/core/InputError.h"
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
    view_->setMarks(state().marks());
    session_->addListener([this](const cmcsim::JournalEntry&) { onApplied(); });
}

StudioSession::~StudioSession() = default;

void StudioSession::onApplied() {
    view_->apply(state().knowledge());
    view_->setMarks(state().marks());
    Q_EMIT changed();
}

bool StudioSession::run(const QString& label, const std::string& kind,
                        const nlohmann::json& payload) {
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
    try {
        session_->undo(entry);
    } catch (const cmcsim::InputError& e) {
        Q_EMIT refused(QString::fromUtf8(e.what()));
    }
}

void StudioSession::redoEntry(std::int64_t entry) {
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

void StudioSession::showEntry(std::int64_t sequence) {
    if (!evaluator() || journal().empty()) return;
    const auto count = static_cast<std::int64_t>(journal().size());
    const auto k = std::clamp<std::int64_t>(sequence, 1, count);
    // The engine's timeline rebuilds it from its nearest checkpoint (AttemptTimeline::stateAt).
    shown_ = std::make_unique<cmcsim::AttemptState>(session_->timeline().stateAt(k));
    shownEntry_ = k;
    onApplied();
}
