#include "scenario/TrapsStudiesPage.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QVBoxLayout>

#include "scenario/FormText.h"
#include "scenario/RecordTable.h"

namespace {
// The rates in the order of DataQualityTraps, with their keys and French labels.
struct Rate {
    const char* key;
    const char* label;
    double cmcsim::DataQualityTraps::*field;
};
const Rate kRates[] = {
    {"stale_headcount", QT_TRANSLATE_NOOP("TrapsStudiesPage", "Effectif périmé"),
     &cmcsim::DataQualityTraps::staleHeadcount},
    {"duplicates", QT_TRANSLATE_NOOP("TrapsStudiesPage", "Doublons"),
     &cmcsim::DataQualityTraps::duplicates},
    {"closed", QT_TRANSLATE_NOOP("TrapsStudiesPage", "Établissements fermés"),
     &cmcsim::DataQualityTraps::closed},
    {"wrong_naf", QT_TRANSLATE_NOOP("TrapsStudiesPage", "Code APE erroné"),
     &cmcsim::DataQualityTraps::wrongNaf},
    {"missing_contact", QT_TRANSLATE_NOOP("TrapsStudiesPage", "Contact manquant"),
     &cmcsim::DataQualityTraps::missingContact},
    {"wrong_contact", QT_TRANSLATE_NOOP("TrapsStudiesPage", "Contact erroné"),
     &cmcsim::DataQualityTraps::wrongContact},
    {"partial_diffusion",
     QT_TRANSLATE_NOOP("TrapsStudiesPage",
                       "Diffusion partielle [ND] (part des entrepreneurs "
                       "individuels)"),
     &cmcsim::DataQualityTraps::partialDiffusion},
    {"unknown_size_band", QT_TRANSLATE_NOOP("TrapsStudiesPage", "Tranche NN"),
     &cmcsim::DataQualityTraps::unknownSizeBand},
    {"undeclared_agreement", QT_TRANSLATE_NOOP("TrapsStudiesPage", "IDCC 9999"),
     &cmcsim::DataQualityTraps::undeclaredAgreement},
};
}  // namespace

TrapsStudiesPage::TrapsStudiesPage(QWidget* parent) : ScenarioPage(parent) {
    auto* layout = new QHBoxLayout(this);
    auto* traps = new QGroupBox(tr("Pièges du fichier prospects (part des lignes, 0 à 0,5)"));
    auto* form = new QFormLayout(traps);
    for (std::size_t i = 0; i < rates_.size(); ++i) {
        rates_[i] = line(QStringLiteral("$.data_quality.") + QLatin1String(kRates[i].key));
        form->addRow(tr(kRates[i].label), rates_[i]);
    }
    layout->addWidget(traps, 2);
    auto* studies = new QGroupBox(tr("Études proposées"));
    auto* studyLayout = new QVBoxLayout(studies);
    studies_ = new RecordTable(
        QStringLiteral("$.studies"),
        {{QStringLiteral("id"), tr("Identifiant"), QStringLiteral("etude")},
         {QStringLiteral("kind"), tr("Nature"), QStringLiteral("statistiques_territoire")},
         {QStringLiteral("title"), tr("Titre"), {}},
         {QStringLiteral("description"), tr("Description"), {}},
         {QStringLiteral("cost_eur"), tr("Prix (€)"), QStringLiteral("1500")},
         {QStringLiteral("days"), tr("Jours"), QStringLiteral("1")}});
    bindTable(studies_);
    studyLayout->addWidget(studies_);
    layout->addWidget(studies, 3);
}

void TrapsStudiesPage::load(const cmcsim::Scenario& s) {
    for (std::size_t i = 0; i < rates_.size(); ++i)
        rates_[i]->setText(formtext::number(s.traps.*kRates[i].field));
    QList<QStringList> rows;
    for (const auto& st : s.studies)
        rows << QStringList{
            QString::fromStdString(st.id),    QString::fromStdString(st.kind),
            QString::fromStdString(st.title), QString::fromStdString(st.description),
            formtext::number(st.costEur),     formtext::number(st.days)};
    studies_->setRows(rows);
}

void TrapsStudiesPage::store(cmcsim::Scenario& s, std::vector<cmcsim::Problem>& problems) const {
    for (std::size_t i = 0; i < rates_.size(); ++i)
        s.traps.*kRates[i].field = numberOf(
            rates_[i], QStringLiteral("$.data_quality.") + QLatin1String(kRates[i].key), problems);
    s.studies.clear();
    for (int r = 0; r < studies_->rowCount(); ++r) {
        const auto row = studies_->row(r);
        cmcsim::StudyOffer st{row[0].toStdString(),
                              row[1].toStdString(),
                              row[2].toStdString(),
                              row[3].toStdString(),
                              cellNumber(studies_, r, 4, problems),
                              cellNumber(studies_, r, 5, problems)};
        s.studies.push_back(std::move(st));
    }
}
