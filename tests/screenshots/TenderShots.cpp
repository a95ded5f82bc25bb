#include "TenderShots.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTemporaryDir>
#include <cstdio>
#include <fstream>

#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/core/Siret.h"
#include "cmcsim/tender/TenderDesk.h"
#include "common/StudioSession.h"
#include "shell/MainWindow.h"
#include "tender/TenderQuestionsPanel.h"
#include "tender/TenderResponseForm.h"
#include "tender/TenderSpecificationsPage.h"
#include "tender/TenderWorkspace.h"

namespace {

namespace cmd = cmcsim::command;

// Renders `window` at 1366×768 as "<name>.png" and at 1920×1080 as "<name>-1920.png".
bool shoot(MainWindow& window, const QDir& out, const char* name) {
    bool ok = true;
    for (const QSize size : {QSize(1366, 768), QSize(1920, 1080)}) {
        window.resize(size);
        QApplication::processEvents();
        const auto path = out.filePath(
            QString::fromLatin1(name) +
            (size.width() == 1366 ? QString() : QStringLiteral("-1920")) + QStringLiteral(".png"));
        const bool saved = window.grab().save(path) && QFileInfo(path).size() > 10'000;
        std::fprintf(stderr, "%s %s\n", saved ? "écrit" : "ÉCHEC", qPrintable(path));
        ok = ok && saved;
    }
    window.resize(1366, 768);
    return ok;
}

cmcsim::TenderDesk deskOf(const StudioSession& session) {
    return cmcsim::TenderDesk(session.reference(), session.scenario(), session.market(),
                              session.state());
}

// The example offer of scenarios/offers/branches/ for the agreement of the tender's company,
// null when there is none: its categories meet the branch's minimums, which a deposit requires.
nlohmann::json branchOfferFor(const StudioSession& session, const cmcsim::Tender& tender) {
    const auto& market = session.market();
    for (const auto& e : market.establishments) {
        if (e.siret != tender.siret) continue;
        const auto index = market.companies[e.company].idcc;
        if (index < 0) return {};
        const auto& idcc =
            session.reference().idcc.agreements()[static_cast<std::size_t>(index)].idcc;
        const QDir branches(QStringLiteral(CMCSIM_SOURCE_ROOT "/scenarios/offers/branches"));
        for (const auto& name : branches.entryList({QString::fromStdString(idcc) + "-*.json"})) {
            if (name.contains(QStringLiteral("alsace-moselle"))) continue;
            std::ifstream in(branches.filePath(name).toStdString());
            return nlohmann::json::parse(in);
        }
    }
    return {};
}

// An offer answering `tender`: the mutuelle's health product of the requested level, with the
// requested structure and expression, provident when asked; in the categories of the branch's
// example offer, whose provident rates it keeps, when the company's agreement has one.
nlohmann::json offerFor(const StudioSession& session, const cmcsim::Tender& tender) {
    const auto& catalogue = session.reference().offers;
    std::string health = "sante_confort";
    for (const auto& p : catalogue.health)
        if (p.owner == "mutuelle" && p.level == tender.level) health = p.id;
    if (auto branch = branchOfferFor(session, tender); !branch.is_null()) {
        for (auto& c : branch["categories"]) {
            c["sante"]["produit"] = health;
            c["sante"]["structure"] = tender.structure;
            c["sante"]["expression"] = tender.pmss ? "pct_pmss" : "euros";
            if (!tender.provident) c.erase("prevoyance");
        }
        branch["titre"] = "Réponse à l'appel d'offres " + tender.id;
        branch["services"] = {"tiers_payant", "teleconsultation"};
        return branch;
    }
    nlohmann::json category = {{"categorie", "ensemble"},
                               {"sante",
                                {{"produit", health},
                                 {"structure", tender.structure},
                                 {"expression", tender.pmss ? "pct_pmss" : "euros"},
                                 {"part_employeur_pct", 60}}}};
    if (tender.provident)
        for (const auto& p : catalogue.provident)
            if (p.owner == "mutuelle" && !p.rates) {
                category["prevoyance"] = {{"produit", p.id}, {"part_employeur_pct", 60}};
                break;
            }
    return {{"format", "cmcsim-offre/1"},
            {"titre", "Réponse à l'appel d'offres " + tender.id},
            {"date_effet", "2027-01-01"},
            {"services", {"tiers_payant", "teleconsultation"}},
            {"categories", {category}}};
}

// The candidate's answer to question `id` of datasets/ao_questions.csv.
QString answerTo(const std::string& id) {
    if (id == "tiers_payant")
        return QStringLiteral(
            "Tiers payant généralisé sur un réseau national de plus de 200 000 professionnels : "
            "pharmacies, opticiens, dentistes, audioprothésistes, laboratoires et hôpitaux. Les "
            "salariés n'avancent aucun frais sur présentation de leur carte.");
    if (id == "delais_remboursement")
        return QStringLiteral(
            "Remboursement sous 48 heures en télétransmission et sous 5 jours ouvrés sur papier. "
            "Un gestionnaire dédié répond au service RH sous 24 heures, avec un bilan annuel "
            "de qualité de service remis à l'entreprise.");
    if (id == "portabilite")
        return QStringLiteral(
            "Portabilité gratuite jusqu'à 12 mois dès la fin du contrat de travail, sans "
            "formalité pour l'ancien salarié. Le maintien Évin est proposé dans les six mois avec "
            "des "
            "tarifs plafonnés comme le prévoit le décret.");
    if (id == "outils_digitaux")
        return QStringLiteral(
            "Espace en ligne et application pour les salariés (remboursements, carte, devis), "
            "portail RH pour les entrées et sorties, télétransmission Noémie avec la Sécurité "
            "sociale. Les salariés suivent leurs remboursements en temps réel.");
    return QStringLiteral(
        "Nous maintenons les taux pendant trois ans sauf évolution réglementaire, avec un compte "
        "de résultat annuel. Il est présenté à l'entreprise et au CSE avant toute révision.");
}

}  // namespace

bool tenderShots(const QDir& out) {
    QTemporaryDir dir;
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    if (!window.createAttempt(QStringLiteral("default"), dir.filePath(QStringLiteral("ao.cmc")),
                              QStringLiteral("Camille Martin")))
        return false;
    auto& session = *window.session();
    auto* tenders = window.findChild<TenderWorkspace*>();
    if (!tenders) return false;
    // The weeks until a tender is published (the generator publishes from week 1 to 8).
    for (int week = 1; deskOf(session).list().empty() && week <= 8; ++week)
        session.run(QStringLiteral("semaine"), cmd::kRunWeek, {{"semaine", week}});
    const auto desk = deskOf(session);  // the list points into its book
    const auto listed = desk.list();
    if (listed.empty()) return false;
    const auto tender = *listed.front().tender;
    const auto id = QString::fromStdString(tender.id);
    window.workspaces()->setCurrentWidget(tenders);
    tenders->showTender(id);
    if (!tenders->specifications()->read()) return false;
    tenders->questions()->question()->setPlainText(
        QStringLiteral("Quelle a été la sinistralité du contrat actuel ces dernières années ?"));
    tenders->questions()->ask();
    tenders->pages()->setCurrentIndex(TenderWorkspace::kSpecificationsPage);
    bool ok = shoot(window, out, "appels-offres-cahier");

    session.run(QStringLiteral("Offre v1 pour l'appel d'offres %1").arg(id), cmd::kSaveOffer,
                {{"siret", cmcsim::siret::formatSiret(tender.siret)},
                 {"offre", offerFor(session, tender)}});
    auto* form = tenders->response();
    for (const auto& q : tender.questions) form->answerEdit(q)->setPlainText(answerTo(q));
    for (std::size_t d = 0; d + 1 < tender.documents.size(); ++d)
        form->documentBox(tender.documents[d])->setChecked(true);
    tenders->pages()->setCurrentIndex(TenderWorkspace::kResponsePage);
    ok = shoot(window, out, "appels-offres-reponse") && ok;

    form->documentBox(tender.documents.back())->setChecked(true);
    if (!form->submit(true)) return false;
    for (int week = deskOf(session).weeksRun() + 1; week <= tender.awardWeek; ++week)
        session.run(QStringLiteral("semaine"), cmd::kRunWeek, {{"semaine", week}});
    tenders->pages()->setCurrentIndex(TenderWorkspace::kDebriefPage);
    ok = shoot(window, out, "appels-offres-resultat") && ok;
    return ok;
}
