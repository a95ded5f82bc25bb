#include "scenario/TendersPage.h"

#include <QLabel>
#include <QRegularExpression>
#include <QVBoxLayout>
#include <algorithm>

#include "cmcsim/core/Siret.h"
#include "scenario/FormText.h"
#include "scenario/RecordTable.h"

namespace {
enum Column {
    kId,
    kSiret,
    kMinEmployees,
    kSections,
    kIdcc,
    kBroker,
    kPublication,
    kQuestions,
    kSubmission,
    kAward,
    kLevel,
    kProducts,
    kStructure,
    kExpression,
    kWeights,
    kDocuments,
    kAsked
};

QString yesNo(bool value) {
    return value ? TendersPage::tr("oui") : TendersPage::tr("non");
}

QStringList cells(const cmcsim::TenderSpec& t) {
    std::vector<std::string> products;
    if (t.health) products.push_back("sante");
    if (t.provident) products.push_back("prevoyance");
    QStringList weights;
    for (const auto& [criterion, weight] : t.weights)
        weights << QStringLiteral("%1=%2").arg(QString::fromStdString(criterion)).arg(weight);
    return {QString::fromStdString(t.id),
            t.siret ? QStringLiteral("%1").arg(*t.siret, 14, 10, QChar('0')) : QString(),
            t.minEmployees ? QString::number(t.minEmployees) : QString(),
            formtext::list(t.sections),
            formtext::list(t.idcc),
            yesNo(t.brokerOnly),
            QString::number(t.publicationWeek),
            QString::number(t.questionWeek),
            QString::number(t.submissionWeek),
            t.awardWeek ? QString::number(t.awardWeek) : QString(),
            QString::number(t.level),
            formtext::list(products),
            QString::fromStdString(t.structure),
            t.pmss ? QStringLiteral("pct_pmss") : QStringLiteral("euros"),
            weights.join(QStringLiteral(", ")),
            formtext::list(t.documents),
            formtext::list(t.questions)};
}
}  // namespace

TendersPage::TendersPage(QWidget* parent) : ScenarioPage(parent) {
    auto* layout = new QVBoxLayout(this);
    auto* help = new QLabel(
        tr("Le générateur ajoute ses propres appels d'offres pour les grandes entreprises ; "
           "déclarez ici ceux du scénario. Entreprise : un SIRET, ou des critères (effectif "
           "minimal, sections, IDCC, suivie par un courtier). Critères : prix=40, garanties=25… "
           "(somme 100, vide : pondération par défaut). Semaines comptées depuis le début."));
    help->setWordWrap(true);
    layout->addWidget(help);
    tenders_ = new RecordTable(
        QStringLiteral("$.appels_offres"),
        {{QStringLiteral("id"), tr("Identifiant"), QStringLiteral("ao-scenario")},
         {QStringLiteral("entreprise.siret"), tr("SIRET"), {}},
         {QStringLiteral("entreprise.effectif_min"), tr("Effectif min."), QStringLiteral("50")},
         {QStringLiteral("entreprise.sections"), tr("Sections"), {}},
         {QStringLiteral("entreprise.idcc"), tr("IDCC"), {}},
         {QStringLiteral("entreprise.courtier"), tr("Courtier"), tr("non")},
         {QStringLiteral("semaine_publication"), tr("Publication"), QStringLiteral("1")},
         {QStringLiteral("semaine_limite_questions"), tr("Questions"), QStringLiteral("2")},
         {QStringLiteral("semaine_limite_depot"), tr("Dépôt"), QStringLiteral("3")},
         {QStringLiteral("semaine_attribution"), tr("Attribution"), {}},
         {QStringLiteral("niveau"), tr("Niveau"), QStringLiteral("2")},
         {QStringLiteral("produits"), tr("Produits"), QStringLiteral("sante")},
         {QStringLiteral("structure"), tr("Structure"), QStringLiteral("isole_famille")},
         {QStringLiteral("expression"), tr("Expression"), QStringLiteral("euros")},
         {QStringLiteral("criteres"), tr("Critères"), {}},
         {QStringLiteral("documents"), tr("Documents"), QStringLiteral("ipid")},
         {QStringLiteral("questions"), tr("Questions posées"), {}}});
    bindTable(tenders_);
    layout->addWidget(tenders_);
}

void TendersPage::load(const cmcsim::Scenario& s) {
    QList<QStringList> rows;
    for (const auto& t : s.tenders) rows << cells(t);
    tenders_->setRows(rows);
}

void TendersPage::store(cmcsim::Scenario& s, std::vector<cmcsim::Problem>& problems) const {
    s.tenders.clear();
    for (int r = 0; r < tenders_->rowCount(); ++r) {
        const auto row = tenders_->row(r);
        cmcsim::TenderSpec t;
        t.id = row[kId].toStdString();
        if (!row[kSiret].isEmpty()) {
            t.siret = cmcsim::siret::parse(row[kSiret].toStdString(), 14);
            if (!t.siret)
                addProblem(problems, tenders_->cellPath(r, kSiret),
                           tr("SIRET de 14 chiffres attendu"));
        } else {
            if (!row[kMinEmployees].isEmpty())
                t.minEmployees =
                    static_cast<int>(cellInteger(tenders_, r, kMinEmployees, problems));
            t.sections = formtext::parseList(row[kSections]);
            t.idcc = formtext::parseList(row[kIdcc]);
            t.brokerOnly = row[kBroker] == tr("oui");
        }
        t.publicationWeek = static_cast<int>(cellInteger(tenders_, r, kPublication, problems, 1));
        t.questionWeek = static_cast<int>(cellInteger(tenders_, r, kQuestions, problems, 1));
        t.submissionWeek = static_cast<int>(cellInteger(tenders_, r, kSubmission, problems, 1));
        if (!row[kAward].isEmpty())
            t.awardWeek = static_cast<int>(cellInteger(tenders_, r, kAward, problems));
        t.level = static_cast<int>(cellInteger(tenders_, r, kLevel, problems, 3));
        const auto products = formtext::parseList(row[kProducts]);
        t.health = std::find(products.begin(), products.end(), "sante") != products.end();
        t.provident = std::find(products.begin(), products.end(), "prevoyance") != products.end();
        t.structure = row[kStructure].toStdString();
        t.pmss = row[kExpression] == QStringLiteral("pct_pmss");
        static const QRegularExpression weightPattern(QStringLiteral("([a-z_]+)\\s*=\\s*(\\d+)"));
        for (auto it = weightPattern.globalMatch(row[kWeights]); it.hasNext();) {
            const auto m = it.next();
            t.weights.emplace_back(m.captured(1).toStdString(), m.captured(2).toInt());
        }
        t.documents = formtext::parseList(row[kDocuments]);
        t.questions = formtext::parseList(row[kAsked]);
        s.tenders.push_back(std::move(t));
    }
}
