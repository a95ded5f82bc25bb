#include "MeetingShots.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <cstdio>
#include <optional>

#include "../support/FittingOffer.h"
#include "CandidateWalk.h"
#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/core/Siret.h"
#include "cmcsim/meeting/MeetingContext.h"
#include "cmcsim/sim/Campaign.h"
#include "common/StudioSession.h"
#include "meeting/MeetingChoices.h"
#include "meeting/MeetingNeedsEditor.h"
#include "meeting/MeetingWorkspace.h"
#include "meeting/NewMeetingDialog.h"
#include "shell/MainWindow.h"

namespace {

// A company the weeks booked a meeting with, and an offer that fits its hidden needs (a
// candidate who diagnosed well), so that the meeting can end signed.
struct Booked {
    std::string siret;
    cmcsim::CompanyNeeds needs;
    nlohmann::json offer;
};

std::optional<Booked> booked(const StudioSession& session) {
    const auto& market = session.market();
    const auto seed = session.engine().attempt().seed();
    for (const auto& [company, progress] : session.campaign().progress()) {
        if (progress.stage != cmcsim::FunnelStage::Meeting) continue;
        const auto line = session.view().knowledge().lineOfSiren(market.companies[company].siren);
        if (!line) continue;
        Booked b{cmcsim::siret::formatSiret(session.view().rows()[*line].siret),
                 cmcsim::CompanyNeeds::of(market, session.reference(), session.scenario(), seed,
                                          company),
                 {}};
        if (auto offer =
                cmcsim::test::fittingOffer(market, session.reference(), b.needs, b.siret)) {
            b.offer = std::move(*offer);
            return b;
        }
    }
    return std::nullopt;
}

bool grab(QWidget& widget, const QDir& out, const char* name) {
    QApplication::processEvents();
    const auto path = out.filePath(QString::fromLatin1(name));
    const bool ok = widget.grab().save(path);
    std::fprintf(stderr, "%s %s\n", ok ? "écrit" : "ÉCHEC", qPrintable(path));
    return ok;
}

}  // namespace

bool meetingShots(MainWindow& window, const QDir& out) {
    auto& session = *window.session();
    auto* meetings = window.findChild<MeetingWorkspace*>();
    if (!meetings) return false;
    const QSize before = window.size();
    window.workspaces()->setCurrentWidget(meetings);
    const auto target = booked(session);
    if (!target) {
        std::fprintf(stderr, "ÉCHEC aucun rendez-vous pris avec une offre possible\n");
        return false;
    }
    bool ok = true;
    {
        NewMeetingDialog dialog(session, &window);
        dialog.subjectEdit()->setText(QStringLiteral("Découverte des besoins en santé collective"));
        if (auto* first = dialog.appointments()->topLevelItem(0))
            dialog.appointments()->setCurrentItem(first);
        dialog.show();
        ok = grab(dialog, out, "rendez-vous-nouveau.png") && ok;
    }
    session.run(QStringLiteral("offre"), cmcsim::command::kSaveOffer,
                {{"siret", target->siret}, {"offre", target->offer}});
    if (!meetings->openMeeting(QString::fromStdString(target->siret),
                               QStringLiteral("Découverte des besoins en santé collective")))
        return false;
    const auto say = [&](std::initializer_list<const char*> ids) {
        for (const auto* id : ids) ok = meetings->say(QString::fromLatin1(id)) && ok;
    };
    say({"prep_fiche", "ouv_presentation", "ouv_interlocuteurs", "dec_effectif", "dec_garanties",
         "dec_budget", "dec_niveau", "dec_priorites", "ref_synthese"});
    meetings->needsEditor()->draftButton()->click();
    meetings->needsEditor()->signButton()->click();
    ok = meetings->presentOffer(1) && ok;
    say({"pres_besoins"});
    // The first objection answered; the others still on the table in the shot.
    const cmcsim::MeetingContext context(session.market(), session.reference(), target->needs,
                                         session.engine().attempt().seed(), {target->offer});
    std::vector<std::string> answers;
    for (const auto& e : session.reference().meetings.entries)
        if (e.move == cmcsim::MeetingMove::GoodAnswer && context.raises(e.code))
            answers.push_back(e.id);
    for (std::size_t i = 0; i < answers.size() && i < 1; ++i)
        ok = meetings->say(QString::fromStdString(answers[i])) && ok;
    meetings->sideTabs()->setCurrentIndex(0);
    ok = shoot(window, out, "rendez-vous") && ok;

    for (std::size_t i = 1; i < answers.size(); ++i)
        ok = meetings->say(QString::fromStdString(answers[i])) && ok;
    say({"info_identite", "info_ipid", "info_reclamations", "info_conseil", "clo_signature"});
    ok = meetings->closeMeeting(true) && ok;
    ok = shoot(window, out, "rendez-vous-debriefing") && ok;
    window.resize(before);
    return ok;
}
