#include "shell/AttemptLoader.h"

#include <chrono>

#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/store/LoadProgress.h"
#include "common/StudioSession.h"
#include "common/StudioText.h"

using namespace studio;

namespace {
// What a report throws to stop the open once the user cancelled.
struct Cancelled {};
constexpr auto kReportInterval = std::chrono::milliseconds(40);
constexpr std::string_view kLoadView = "vue";  // the studio's own step after the engine's
}  // namespace

AttemptLoader::AttemptLoader(const cmcsim::ReferenceData& reference, const QString& file,
                             QObject* parent, cmcsim::AttemptSession::Access access)
    : QObject(parent), reference_(reference), file_(file), access_(access) {}

void AttemptLoader::start() {
    if (!thread_.joinable()) thread_ = std::thread([this] { run(); });
}

AttemptLoader::~AttemptLoader() {
    cancel();
    if (thread_.joinable()) thread_.join();
}

QString AttemptLoader::stepText(std::string_view step, std::uint64_t done, std::uint64_t total) {
    const auto count = [&](const QString& what) {
        return tr("%1 / %2 %3")
            .arg(number(static_cast<double>(done)), number(static_cast<double>(total)), what);
    };
    if (step == cmcsim::kLoadCompanies)
        return tr("Lecture du marché… %1").arg(count(tr("entreprises")));
    if (step == cmcsim::kLoadEstablishments)
        return tr("Lecture du marché… %1").arg(count(tr("établissements")));
    if (step == cmcsim::kLoadProspects)
        return tr("Lecture du fichier prospects… %1").arg(count(tr("lignes")));
    if (step == cmcsim::kLoadDefects)
        return tr("Lecture des anomalies du fichier… %1").arg(count(tr("anomalies")));
    if (step == cmcsim::kLoadIntegrity) return tr("Vérification de l'intégrité…");
    if (step == cmcsim::kLoadReplay)
        return tr("Rejeu du journal (%n action(s))…", nullptr, static_cast<int>(total));
    if (step == kLoadView) return tr("Préparation du fichier prospects…");
    return tr("Ouverture de l'épreuve…");
}

void AttemptLoader::run() {
    auto last = std::chrono::steady_clock::now() - kReportInterval;
    std::string lastStep;
    const cmcsim::LoadProgress report = [&](std::string_view step, std::uint64_t done,
                                            std::uint64_t total) {
        if (cancelled_) throw Cancelled{};
        const auto now = std::chrono::steady_clock::now();
        if (step == lastStep && now - last < kReportInterval && done < total) return;
        last = now;
        lastStep = step;
        const auto text = stepText(step, done, total);
        QMetaObject::invokeMethod(
            this, [this, text, done, total] { Q_EMIT progressed(text, done, total); },
            Qt::QueuedConnection);
    };
    try {
        // The tamper check goes on after the window is usable (StudioSession::checked).
        engine_ = std::make_unique<cmcsim::AttemptSession>(
            file_.toStdString(), reference_, report, access_,
            cmcsim::AttemptSession::Check::InBackground, StudioSession::marketParts(access_));
        report(kLoadView, 0, 0);
        view_ = std::make_unique<cmcsim::ProspectView>(engine_->attempt().market(), reference_,
                                                       engine_->state().knowledge());
        report(kLoadView, 1, 1);  // a last chance to cancel before the window takes it
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT loaded(); }, Qt::QueuedConnection);
    } catch (const Cancelled&) {
        view_.reset();
        engine_.reset();
    } catch (const std::exception& e) {  // InputError, and anything a damaged file causes
        view_.reset();
        engine_.reset();
        const auto reason = QString::fromUtf8(e.what());
        QMetaObject::invokeMethod(
            this, [this, reason] { Q_EMIT failed(reason); }, Qt::QueuedConnection);
    }
    QMetaObject::invokeMethod(
        this, [this] { Q_EMIT stopped(); }, Qt::QueuedConnection);
}

std::unique_ptr<StudioSession> AttemptLoader::takeSession(QObject* parent) {
    if (thread_.joinable()) thread_.join();  // it ends right after telling loaded()
    if (!engine_ || !view_) return nullptr;
    return std::make_unique<StudioSession>(reference_, std::move(engine_), std::move(view_),
                                           parent);
}
