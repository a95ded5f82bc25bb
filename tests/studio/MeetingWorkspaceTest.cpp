// Issue 12's offscreen end-to-end test of a meeting in the studio: the session attempt opened in
// the window, an offer saved for a company, then in the Rendez-vous workspace a meeting opened,
// the discovery run with the choices' "Dire" button, the needs and requirements written and
// signed, the saved offer presented, the objections answered, the mandatory information given
// and the meeting closed to a signature (the company becomes a client); the refusals shown in
// the engine's words; the handed-in attempt read-only and the evaluator's hidden needs.
#include <gtest/gtest.h>

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTextFrame>
#include <QTreeWidget>

#include "../support/FittingOffer.h"
#include "MessageBoxAnswer.h"
#include "StudioFixture.h"
#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/core/Siret.h"
#include "cmcsim/meeting/MeetingContext.h"
#include "cmcsim/meeting/MeetingNegotiation.h"
#include "cmcsim/meeting/MeetingView.h"
#include "cmcsim/needs/CompanyNeeds.h"
#include "cmcsim/reference/MeetingBank.h"
#include "cmcsim/reference/ObjectionBank.h"
#include "cmcsim/sim/Campaign.h"
#include "meeting/MeetingChoices.h"
#include "meeting/MeetingCounterForm.h"
#include "meeting/MeetingList.h"
#include "meeting/MeetingNeedsEditor.h"
#include "meeting/MeetingOfferPicker.h"
#include "meeting/MeetingWorkspace.h"
#include "meeting/NewMeetingDialog.h"
#include "offers/OfferWorkspace.h"
#include "shell/MainWindow.h"

using namespace cmcsim;
using namespace cmcsim::test;

namespace {

// A company of the session market to meet, with an offer that fits its hidden needs (the
// wanted level, within the budget: MeetingOfferFit), as a candidate who diagnosed well builds it.
struct MeetingTarget {
    std::string siret;
    std::uint32_t company = 0;
    CompanyNeeds needs;
    nlohmann::json offer;
};

std::optional<MeetingTarget> targetOf(const StudioSession& session) {
    const auto& m = session.market();
    const auto seed = session.engine().attempt().seed();
    for (const auto& p : m.prospects) {
        const auto& e = m.establishments[p.establishment];
        const auto& c = m.companies[e.company];
        // Insured elsewhere: a client of the mutuelle is not signed a second time.
        if (p.siret != e.siret || e.closed || c.health.insurer <= 0 || c.provident.insurer == 0 ||
            c.headcount < 5)
            continue;
        MeetingTarget t{
            siret::formatSiret(p.siret),
            e.company,
            CompanyNeeds::of(m, session.reference(), session.scenario(), seed, e.company),
            {}};
        if (auto offer = fittingOffer(m, session.reference(), t.needs, t.siret)) {
            t.offer = std::move(*offer);
            return t;
        }
    }
    return std::nullopt;
}

// Says `id` as the candidate does: selects it among the choices and clicks "Dire".
void say(MeetingWorkspace& w, const std::string& id) {
    ASSERT_TRUE(w.choices()->select(QString::fromStdString(id))) << id << " not offered";
    ASSERT_TRUE(w.choices()->sayButton()->isEnabled()) << id;
    w.choices()->sayButton()->click();
    ASSERT_FALSE(w.refusal()->isVisible()) << id << ": " << w.refusal()->text().toStdString();
}

// The frames (tables) of `view`'s document that pass its viewport's width by more than `slack`
// pixels, with their first words: what would be cut or scrolled sideways.
std::string wideFrames(const QTextBrowser& view, double slack) {
    std::string out;
    const auto* document = view.document();
    const int width = view.viewport()->width();
    for (auto* frame : document->rootFrame()->childFrames()) {
        const auto box = document->documentLayout()->frameBoundingRect(frame);
        if (box.right() <= width + slack) continue;
        auto cursor = frame->firstCursorPosition();
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        out += QStringLiteral("%1 px (viewport %2): %3\n")
                   .arg(box.right())
                   .arg(width)
                   .arg(cursor.selectedText().left(60))
                   .toStdString();
    }
    return out;
}

}  // namespace

TEST(MeetingWorkspace, AMeetingRunToItsSignatureMakesTheCompanyAClient) {
    QSettings().clear();
    QTemporaryDir dir;
    const auto file = dir.filePath(QStringLiteral("rdv.cmc"));
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    ASSERT_TRUE(window.createAttempt(
        QString::fromStdString(studioFixture("scenarios/session.json").string()), file));
    auto& session = *window.session();
    auto* w = window.findChild<MeetingWorkspace*>();
    ASSERT_NE(w, nullptr);
    window.workspaces()->setCurrentWidget(w);
    EXPECT_EQ(window.workspaces()->tabText(window.workspaces()->currentIndex()),
              QStringLiteral("Rendez-vous"));
    EXPECT_EQ(w->list()->topLevelItemCount(), 0);
    EXPECT_FALSE(w->closeButton()->isEnabled());  // no meeting yet

    const auto target = targetOf(session);
    ASSERT_TRUE(target.has_value()) << "no company of the session market with a fitting offer";
    const auto siret = QString::fromStdString(target->siret);

    // A meeting before any offer: the Offres link is there, nothing to present.
    ASSERT_TRUE(w->openMeeting(siret, QStringLiteral("Découverte des besoins")));
    EXPECT_EQ(w->meeting(), 1);
    ASSERT_EQ(w->list()->topLevelItemCount(), 1);
    EXPECT_TRUE(w->list()
                    ->topLevelItem(0)
                    ->text(MeetingList::kMeeting)
                    .contains(QStringLiteral("« Découverte des besoins »")));
    EXPECT_EQ(w->offerPicker()->versions()->count(), 0);
    EXPECT_FALSE(w->offerPicker()->presentButton()->isEnabled());
    EXPECT_TRUE(w->offerPicker()->offersLink()->text().contains(QStringLiteral("espace Offres")));
    // The link opens the establishment in the Offres workspace, where the offer is built.
    Q_EMIT w->offerPicker()->offersLink()->linkActivated(QStringLiteral("offres"));
    EXPECT_EQ(window.workspaces()->currentWidget(), window.offerWorkspace());
    EXPECT_EQ(window.offerWorkspace()->siret(), siret);
    window.workspaces()->setCurrentWidget(w);
    EXPECT_TRUE(w->trustGauge()->isEnabled());
    const int trustAtStart = w->trustGauge()->value();

    // The discovery, said with the button: the company answers, reveals, trust moves.
    for (const auto* id :
         {"prep_fiche", "ouv_presentation", "ouv_interlocuteurs", "dec_effectif", "dec_garanties",
          "dec_budget", "dec_niveau", "dec_priorites", "ref_synthese"})
        say(*w, id);
    ASSERT_NE(w->view(), nullptr);
    const auto& discovered = w->view()->transcript();
    ASSERT_EQ(discovered.turns.size(), 9u);
    EXPECT_FALSE(discovered.known.empty());
    EXPECT_EQ(w->trustGauge()->value(), static_cast<int>(discovered.trust + 0.5));
    EXPECT_NE(w->trustGauge()->value(), trustAtStart);
    const auto conversation = w->conversation()->toPlainText();
    EXPECT_TRUE(conversation.contains(QString::fromStdString(discovered.turns[3].answer)));
    EXPECT_TRUE(conversation.contains(QStringLiteral("Appris")));
    // The choices never say how the engine weighs them: their wording only, no figure of trust.
    const auto* offered = w->choices()->tree()->topLevelItem(0)->child(0);
    EXPECT_EQ(offered->text(0).toStdString(),
              session.reference()
                  .meetings.find(offered->data(0, Qt::UserRole).toString().toStdString())
                  ->wording);

    // A list of keywords is refused: it costs trust and stays in the dialogue; the editor says so.
    const double trustBefore = w->view()->transcript().trust;
    w->needsEditor()->editor()->setPlainText(QStringLiteral("optique dentaire budget niveau"));
    w->needsEditor()->signButton()->click();
    EXPECT_EQ(w->view()->transcript().needsStep, 0);
    EXPECT_LT(w->view()->transcript().trust, trustBefore);
    EXPECT_TRUE(w->conversation()->toPlainText().contains(
        QStringLiteral("« optique dentaire budget niveau » n'est pas une phrase")));
    EXPECT_TRUE(w->needsEditor()
                    ->findChild<QLabel*>(QStringLiteral("meetingNeedsStatus"))
                    ->text()
                    .contains(QStringLiteral("Texte refusé")));
    // The needs and requirements, drafted from what was learnt, signed by the company.
    w->needsEditor()->editor()->clear();
    w->needsEditor()->draftButton()->click();
    EXPECT_FALSE(w->needsEditor()->editor()->toPlainText().isEmpty());
    ASSERT_TRUE(w->needsEditor()->signButton()->isEnabled());
    w->needsEditor()->signButton()->click();
    EXPECT_GT(w->view()->transcript().needsStep, 0);

    // The offer saved in the Offres workspace's way, then presented from the picker.
    ASSERT_TRUE(session.run(QStringLiteral("offre"), command::kSaveOffer,
                            {{"siret", target->siret}, {"offre", target->offer}}));
    ASSERT_EQ(w->offerPicker()->versions()->count(), 1);
    ASSERT_TRUE(w->offerPicker()->selectVersion(1));
    w->offerPicker()->presentButton()->click();
    ASSERT_TRUE(w->view()->transcript().offer.has_value());
    EXPECT_EQ(w->view()->transcript().offer->version, 1);

    // Each objection answered well, the mandatory information, the signature asked, closed.
    say(*w, "pres_besoins");
    std::vector<nlohmann::json> offers{target->offer};
    const MeetingContext context(session.market(), session.reference(), target->needs,
                                 session.engine().attempt().seed(), offers);
    for (const auto& e : session.reference().meetings.entries)
        if (e.move == MeetingMove::GoodAnswer && context.raises(e.code)) say(*w, e.id);
    for (const auto* id :
         {"info_identite", "info_ipid", "info_reclamations", "info_conseil", "clo_signature"})
        say(*w, id);
    ASSERT_TRUE(w->closeButton()->isEnabled());
    ASSERT_TRUE(w->closeMeeting(true));
    const auto& closed = w->view()->transcript();
    ASSERT_EQ(closed.outcome, MeetingOutcome::Signed)
        << (closed.reasons.empty() ? "" : closed.reasons.front());
    EXPECT_EQ(w->list()->topLevelItem(0)->text(MeetingList::kOutcome), QStringLiteral("Signé"));
    EXPECT_TRUE(w->conversation()->toPlainText().contains(QStringLiteral("Rendez-vous clos")));
    // The company is a client: signed in the funnel, its contract in the portfolio.
    EXPECT_TRUE(session.campaign().isClient(target->company));
    EXPECT_EQ(session.campaign().progress().at(target->company).stage, FunnelStage::Signed);
    // The debrief, shown once closed, rendered from the engine's document.
    EXPECT_EQ(w->sideTabs()->currentIndex(), 2);
    EXPECT_TRUE(w->debriefView()->toPlainText().contains(QStringLiteral("Débriefing")));
    // At 1366×768, even after a wider window, the debrief fits its panel: no sideways scroll
    // bar, no table beyond the width but by the banner's cell padding (10 px, no text in it).
    window.resize(1920, 1080);
    QApplication::processEvents();
    window.resize(1366, 768);
    QApplication::processEvents();
    EXPECT_EQ(w->debriefView()->horizontalScrollBarPolicy(), Qt::ScrollBarAlwaysOff);
    EXPECT_EQ(wideFrames(*w->debriefView(), 10), "");
    // The objections voiced are named in French, not by their codes.
    const auto conversationText = w->conversation()->toPlainText();
    std::vector<std::string> voiced;
    for (const auto& turn : closed.turns)
        voiced.insert(voiced.end(), turn.raised.begin(), turn.raised.end());
    EXPECT_FALSE(voiced.empty());
    for (const auto& code : voiced) {
        const auto* objection = session.reference().objections.find(code);
        ASSERT_NE(objection, nullptr) << code;
        ASSERT_FALSE(objection->label.empty()) << code;  // objections_rdv.csv `libelle`
        EXPECT_TRUE(conversationText.contains(QStringLiteral("Objection soulevée : %1")
                                                  .arg(QString::fromStdString(objection->label))))
            << code;
        EXPECT_FALSE(conversationText.contains(QString::fromStdString(code))) << code;
    }
    // Nothing more can be said: the controls are off, and the engine's refusal is shown.
    EXPECT_FALSE(w->closeButton()->isEnabled());
    EXPECT_FALSE(w->needsEditor()->signButton()->isEnabled());
    EXPECT_EQ(w->choices()->tree()->topLevelItemCount(), 0);
    EXPECT_FALSE(w->choices()->isVisible());
    {
        MessageBoxAnswer ok(QMessageBox::AcceptRole);  // the window's "Action refusée"
        EXPECT_FALSE(w->say(QStringLiteral("clo_prochaine_etape")));
        ASSERT_TRUE(ok.answered());
        EXPECT_TRUE(w->refusal()->isVisible());
        EXPECT_TRUE(w->refusal()->text().contains(QStringLiteral("clos")))
            << w->refusal()->text().toStdString();
    }
    {
        MessageBoxAnswer ok(QMessageBox::AcceptRole);
        EXPECT_FALSE(w->openMeeting(QStringLiteral("12345678900000")));
        ASSERT_TRUE(ok.answered());
        EXPECT_TRUE(w->refusal()->isVisible());
        EXPECT_EQ(session.state().meetings().meetings().size(), 1u);
    }

    // Handed in: read-only. The evaluator sees the company's hidden needs beside the dialogue.
    const auto receipt = session.seal();
    ASSERT_FALSE(receipt.isEmpty());
    window.closeAttempt();
    MainWindow evaluator;
    evaluator.resize(1366, 768);
    evaluator.show();
    ASSERT_TRUE(evaluator.openEvaluation(file, receipt));
    auto* e = evaluator.findChild<MeetingWorkspace*>();
    ASSERT_NE(e, nullptr);
    evaluator.workspaces()->setCurrentWidget(e);
    e->showMeeting(1);
    ASSERT_NE(e->truthView(), nullptr);
    EXPECT_TRUE(e->truthView()->toPlainText().contains(QStringLiteral("Vérité cachée")));
    EXPECT_FALSE(e->newButton()->isEnabled());
    EXPECT_FALSE(e->choices()->sayButton()->isEnabled());
}

// "Nouveau rendez-vous": no appointment booked before any week is played; a SIRET typed or
// chosen among the proposals of the prospect file's search.
TEST(MeetingWorkspace, TheNewMeetingDialogFindsACompanyByNameOrSiret) {
    StudioFixture fixture;
    NewMeetingDialog dialog(fixture.session());
    ASSERT_EQ(dialog.appointments()->topLevelItemCount(), 1);  // the "none booked" line
    EXPECT_FALSE(dialog.appointments()->topLevelItem(0)->flags() & Qt::ItemIsSelectable);
    EXPECT_TRUE(dialog.siret().isEmpty());
    const auto& row = fixture.session().view().rows().front();
    dialog.search()->setText(QStringLiteral("%1 (%2)").arg(
        QString::fromStdString(*row.name), QString::fromStdString(siret::formatSiret(row.siret))));
    EXPECT_EQ(dialog.siret().toStdString(), siret::formatSiret(row.siret));
    dialog.search()->setText(QStringLiteral("un nom sans SIRET"));
    EXPECT_TRUE(dialog.siret().isEmpty());
}

// A counter-proposal (rdv.contreproposition) once an offer is presented: within the seller's
// delegation it is granted; before any offer the button is off and the engine's refusal is shown.
TEST(MeetingWorkspace, ACounterProposalWithinTheDelegationIsGranted) {
    StudioFixture fixture;
    auto& session = fixture.session();
    MeetingWorkspace w(session);
    w.show();
    const auto target = targetOf(session);
    ASSERT_TRUE(target.has_value());
    ASSERT_TRUE(session.run(QStringLiteral("offre"), command::kSaveOffer,
                            {{"siret", target->siret}, {"offre", target->offer}}));
    ASSERT_TRUE(w.openMeeting(QString::fromStdString(target->siret)));
    EXPECT_FALSE(w.counterForm()->proposeButton()->isEnabled());  // nothing presented yet
    EXPECT_FALSE(w.counterPropose(2));
    EXPECT_TRUE(w.refusal()->isVisible());
    EXPECT_FALSE(w.refusal()->text().isEmpty());

    for (const auto* id : {"prep_fiche", "ouv_presentation", "dec_budget", "ref_synthese"})
        say(w, id);
    ASSERT_TRUE(w.presentOffer(1));
    ASSERT_TRUE(w.counterForm()->proposeButton()->isEnabled());
    const auto policy =
        MeetingNegotiation::of(session.scenario().policy, session.reference().meetings);
    w.counterForm()->discount()->setValue(policy.sellerPct);
    w.counterForm()->counterpart()->setCurrentIndex(
        w.counterForm()->counterpart()->findData(QStringLiteral("services")));
    w.counterForm()->proposeButton()->click();
    ASSERT_FALSE(w.refusal()->isVisible()) << w.refusal()->text().toStdString();
    const auto& counters = w.view()->transcript().counters;
    ASSERT_EQ(counters.size(), 1u);
    EXPECT_TRUE(counters[0].applied);
    EXPECT_EQ(counters[0].level, "conseiller");
    EXPECT_EQ(counters[0].counterpart, "services");
    EXPECT_DOUBLE_EQ(counters[0].discountPct, policy.sellerPct);
}
