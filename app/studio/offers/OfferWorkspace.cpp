#include "offers/OfferWorkspace.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStandardPaths>
#include <QStringListModel>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

#include "DocumentPdf.h"
#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/core/Siret.h"
#include "cmcsim/offer/OfferStudy.h"
#include "cmcsim/report/ProposalDocument.h"
#include "common/FoldingCompleter.h"
#include "common/ReadOnlyGuard.h"
#include "common/StudioSession.h"
#include "common/StudioText.h"
#include "offers/DiagnosisHtml.h"
#include "offers/OfferBuilder.h"
#include "offers/OfferResultsPanel.h"

using namespace studio;

namespace {
constexpr int kDebounceMs = 150;
constexpr int kCompanyProposals = 50;  // companies proposed as the name is typed
}  // namespace

OfferWorkspace::OfferWorkspace(StudioSession& session, QWidget* parent)
    : QWidget(parent), session_(session) {
    segment_ = new QComboBox;
    segment_->setToolTip(tr("Limiter la recherche aux entreprises d'un segment"));
    company_ = new QLineEdit;
    company_->setObjectName(QStringLiteral("offerCompany"));
    company_->setPlaceholderText(tr("Raison sociale ou SIRET…"));
    company_->setClearButtonEnabled(true);
    // Proposals from the engine's search (every word, case and accents ignored), within the
    // segment chosen: "guerin" proposes "Guérin Hôtel".
    companies_ = new FoldingCompleter(company_, [this](const QString& typed) {
        const auto& view = session_.view();
        cmcsim::ProspectFilter filter;
        const auto id = segment_->currentData().toString().toStdString();
        for (const auto& s : session_.state().segments())
            if (!id.empty() && s.id == id) filter = s.filter;
        filter.text += ' ' + typed.toStdString();
        QStringList entries;
        if (typed.trimmed().isEmpty()) return entries;
        for (const auto line : view.filter(filter)) {
            const auto& row = view.rows()[line];
            entries << QStringLiteral("%1 (%2)").arg(text(*row.name),
                                                     text(cmcsim::siret::formatSiret(row.siret)));
            if (entries.size() >= kCompanyProposals) break;
        }
        return entries;
    });
    auto* fromCard = new QPushButton(tr("Depuis la fiche sélectionnée"));
    fromCard->setToolTip(tr("L'entreprise de la ligne sélectionnée dans le fichier prospects"));
    diagnosisView_ = new QTextBrowser;
    diagnosisView_->setObjectName(QStringLiteral("offerDiagnosis"));
    requestCensus_ = new QPushButton(tr("Demander l'état du personnel"));
    requestCensus_->setObjectName(QStringLiteral("offerRequestCensus"));
    requestCensus_->setToolTip(
        tr("Le diagnostic et le tarif reposent sur une estimation tant que l'entreprise n'a pas "
           "envoyé son état du personnel (%1 jour d'analyse par établissement, définitif)")
            .arg(number(cmcsim::AttemptState::kCensusRequestDays, 2)));
    requestCensus_->setEnabled(false);
    versions_ = new QListWidget;
    versions_->setObjectName(QStringLiteral("offerVersions"));
    versions_->setToolTip(
        tr("Double-cliquer sur une version pour la recharger dans le formulaire"));
    versions_->setWordWrap(true);
    versions_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    savedCompanies_ = new QListWidget;
    savedCompanies_->setObjectName(QStringLiteral("offerSavedCompanies"));
    savedCompanies_->setToolTip(tr("Cliquer sur une entreprise pour reprendre sa dernière offre"));
    savedCompanies_->setMaximumHeight(90);
    savedCompanies_->setWordWrap(true);
    savedCompanies_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    // One row each: side by side, the segment's name was cut at 1366 pixels.
    leftLayout->addWidget(segment_);
    leftLayout->addWidget(company_);
    leftLayout->addWidget(fromCard);
    leftLayout->addWidget(new QLabel(tr("<b>Entreprises avec une offre enregistrée</b>")));
    leftLayout->addWidget(savedCompanies_);
    leftLayout->addWidget(diagnosisView_, 3);
    leftLayout->addWidget(requestCensus_);
    leftLayout->addWidget(new QLabel(tr("<b>Versions enregistrées</b>")));
    leftLayout->addWidget(versions_, 1);

    builder_ = new OfferBuilder(session_.reference().offers);
    builder_->effectiveEdit()->setDate(QDate(session_.scenario().startDate.year() + 1, 1, 1));
    auto* form = new QScrollArea;
    form->setWidget(builder_);
    form->setWidgetResizable(true);
    form->setFrameShape(QFrame::NoFrame);
    form->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    banner_ = new QLabel(tr("<b>✘ Offre non conforme</b> — voir l'onglet « Conformité »"));
    banner_->setObjectName(QStringLiteral("offerBanner"));
    banner_->setStyleSheet(
        QStringLiteral("background:#b00020;color:white;padding:6px;border-radius:3px"));
    banner_->hide();
    save_ = new QPushButton(QIcon::fromTheme(QStringLiteral("document-save")),
                            tr("Enregistrer la version"));
    export_ = new QPushButton(QIcon::fromTheme(QStringLiteral("document-export")),
                              tr("Exporter en PDF…"));
    for (auto* b : {save_, requestCensus_}) studio::guardCommand(b, session_);
    auto* centre = new QWidget;
    auto* centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->addWidget(banner_);
    centreLayout->addWidget(form, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(save_);
    buttons->addWidget(export_);
    centreLayout->addLayout(buttons);

    results_ = new OfferResultsPanel(session_.reference());
    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(left);
    splitter->addWidget(centre);
    splitter->addWidget(results_);
    splitter->setStretchFactor(0, 25);
    splitter->setStretchFactor(1, 30);
    splitter->setStretchFactor(2, 45);
    splitter->setSizes({360, 520, 720});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    debounce_ = new QTimer(this);
    debounce_->setSingleShot(true);
    debounce_->setInterval(kDebounceMs);
    connect(debounce_, &QTimer::timeout, this, &OfferWorkspace::recompute);
    connect(builder_, &OfferBuilder::changed, debounce_, qOverload<>(&QTimer::start));
    connect(segment_, &QComboBox::currentIndexChanged, this, &OfferWorkspace::refreshCompanies);
    connect(companies_, qOverload<const QString&>(&QCompleter::activated), this,
            &OfferWorkspace::pickCompany);
    connect(company_, &QLineEdit::returnPressed, this, [this] { pickCompany(company_->text()); });
    connect(fromCard, &QPushButton::clicked, this, [this] {
        QString siret;
        Q_EMIT selectedCompanyRequested(siret);
        if (siret.isEmpty())
            QMessageBox::information(
                this, tr("Offres"),
                tr("Sélectionnez d'abord une ligne dans le fichier prospects."));
        else
            showCompany(siret);
    });
    connect(versions_, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem* item) {
        const auto& offers = session_.state().offers();
        const auto index = item->data(Qt::UserRole).toULongLong();
        if (index < offers.size()) builder_->load(offers[index].offer);
        recompute();
    });
    connect(savedCompanies_, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { showCompany(item->data(Qt::UserRole).toString()); });
    connect(save_, &QPushButton::clicked, this, &OfferWorkspace::saveOffer);
    connect(requestCensus_, &QPushButton::clicked, this, &OfferWorkspace::requestCensus);
    connect(export_, &QPushButton::clicked, this, [this] { exportPdf(); });
    connect(&session_, &StudioSession::changed, this, [this] {
        const auto current = segment_->currentData().toString();
        {
            const QSignalBlocker block(segment_);
            segment_->clear();
            segment_->addItem(tr("Tout le fichier prospects"), QString());
            for (const auto& s : session_.state().segments())
                segment_->addItem(tr("Segment « %1 »").arg(text(s.name)), text(s.id));
            segment_->setCurrentIndex(std::max(0, segment_->findData(current)));
        }
        if (segment_->currentData().toString() != current) refreshCompanies();
        refreshVersions();
        refreshDiagnosis();
    });
    segment_->addItem(tr("Tout le fichier prospects"), QString());
    for (const auto& s : session_.state().segments())
        segment_->addItem(tr("Segment « %1 »").arg(text(s.name)), text(s.id));
    refreshCompanies();
    refreshVersions();
    recompute();
}

OfferWorkspace::~OfferWorkspace() = default;

void OfferWorkspace::refreshCompanies() {
    if (company_->hasFocus()) companies_->update(company_->text());
}

void OfferWorkspace::pickCompany(const QString& entry) {
    static const QRegularExpression siret(QStringLiteral("(\\d{14})"));
    const auto match = siret.match(QString(entry).remove(QLatin1Char(' ')));
    if (match.hasMatch()) {
        showCompany(match.captured(1));
        return;
    }
    // A name typed and Entrée: the one company proposed, or say why none is chosen.
    companies_->update(entry);
    const auto proposals = qobject_cast<QStringListModel*>(companies_->model())->stringList();
    if (proposals.size() == 1) {
        companies_->popup()->hide();
        company_->setText(proposals.front());
        pickCompany(proposals.front());
    } else if (proposals.isEmpty()) {
        results_->showMessage(
            tr("Aucune entreprise du fichier ne correspond à « %1 ».").arg(entry.trimmed()));
    } else {
        results_->showMessage(tr("Plusieurs établissements correspondent à « %1 » : choisissez-en "
                                 "un dans la liste proposée.")
                                  .arg(entry.trimmed()));
    }
}

nlohmann::json OfferWorkspace::defaultOffer() const {
    return {
        {"titre", tr("Complémentaire santé collective — %1")
                      .arg(text(diagnosis_->name))
                      .left(160)
                      .toStdString()},
        {"date_effet",
         QDate(session_.scenario().startDate.year() + 1, 1, 1).toString(Qt::ISODate).toStdString()},
        {"categories",
         nlohmann::json::array({nlohmann::json::object(
             {{"categorie", "ensemble"},
              {"sante",
               nlohmann::json::object(
                   {{"produit",
                     builder_->healthProduct(0)->itemData(0).toString().toStdString()}})}})})}};
}

void OfferWorkspace::showCompany(const QString& siret) {
    try {
        diagnosis_ =
            cmcsim::Diagnosis::of(session_.view().knowledge(), session_.reference(),
                                  siret.toStdString(), session_.scenario().startDate.year());
    } catch (const cmcsim::InputError& e) {
        diagnosis_.reset();
        requestCensus_->setEnabled(false);
        diagnosisView_->setHtml(QStringLiteral("<p style='color:#b00020'>%1</p>")
                                    .arg(QString::fromUtf8(e.what()).toHtmlEscaped()));
        refreshVersions();
        recompute();
        return;
    }
    {
        const QSignalBlocker block(company_);
        company_->setText(
            QStringLiteral("%1 (%2)").arg(text(diagnosis_->name), text(diagnosis_->siret)));
        company_->setCursorPosition(0);  // the name's start, not its end, in a narrow field
    }
    diagnosisView_->setHtml(DiagnosisHtml::render(*diagnosis_));
    requestCensus_->setEnabled(!linesWithoutCensus().empty());
    refreshVersions();
    // The latest saved version, else a new offer.
    const cmcsim::SavedOffer* latest = nullptr;
    for (const auto& o : session_.state().offers())
        if (o.siret == diagnosis_->siret) latest = &o;
    builder_->load(latest ? latest->offer : defaultOffer());
    recompute();
}

void OfferWorkspace::refreshDiagnosis() {
    if (!diagnosis_) return;
    try {
        diagnosis_ = cmcsim::Diagnosis::of(session_.view().knowledge(), session_.reference(),
                                           diagnosis_->siret, session_.scenario().startDate.year());
    } catch (const cmcsim::InputError&) {
        return;  // the same SIRET was found before; nothing the candidate did removes a line
    }
    diagnosisView_->setHtml(DiagnosisHtml::render(*diagnosis_));
    requestCensus_->setEnabled(!linesWithoutCensus().empty());
    recompute();
}

std::vector<std::uint32_t> OfferWorkspace::linesWithoutCensus() const {
    std::vector<std::uint32_t> out;
    if (!diagnosis_) return out;
    const auto& knowledge = session_.view().knowledge();
    const auto number = cmcsim::siret::parse(diagnosis_->siret, 14);
    const auto line = number ? knowledge.lineOfSiret(*number) : std::nullopt;
    if (!line) return out;
    for (const auto l : knowledge.company(*line).lines)
        if (!knowledge.censusRevealed(l)) out.push_back(l);
    return out;
}

bool OfferWorkspace::requestCensus() {
    bool any = false;
    for (const auto line : linesWithoutCensus()) any = session_.requestCensus(line) || any;
    return any;
}

void OfferWorkspace::refreshSavedCompanies() {
    // Each company once, in the order of its first saved version, with its count of versions.
    std::vector<std::pair<std::string, int>> companies;
    for (const auto& o : session_.state().offers()) {
        const auto same = std::find_if(companies.begin(), companies.end(),
                                       [&o](const auto& c) { return c.first == o.siret; });
        if (same != companies.end())
            same->second = o.version;
        else
            companies.emplace_back(o.siret, o.version);
    }
    savedCompanies_->clear();
    const auto& knowledge = session_.view().knowledge();
    for (const auto& [code, versions] : companies) {
        const auto number = cmcsim::siret::parse(code, 14);
        const auto line = number ? knowledge.lineOfSiret(*number) : std::nullopt;
        const auto name = line ? text(knowledge.company(*line).directory->name) : QString();
        auto* item = new QListWidgetItem(tr("%1 (%2) — %3 version(s)", nullptr, versions)
                                             .arg(name, text(code), QString::number(versions)));
        item->setData(Qt::UserRole, text(code));
        savedCompanies_->addItem(item);
    }
}

void OfferWorkspace::refreshVersions() {
    refreshSavedCompanies();
    versions_->clear();
    if (!diagnosis_) return;
    const auto& offers = session_.state().offers();
    for (std::size_t i = 0; i < offers.size(); ++i) {
        const auto& o = offers[i];
        if (o.siret != diagnosis_->siret) continue;
        const auto title =
            o.offer.is_object() && o.offer.contains("titre") && o.offer["titre"].is_string()
                ? text(o.offer["titre"].get<std::string>())
                : QString();
        auto* item = new QListWidgetItem(
            tr("v%1 — %2 (entrée n° %3 du journal)").arg(o.version).arg(title).arg(o.entry));
        item->setData(Qt::UserRole, static_cast<qulonglong>(i));
        versions_->insertItem(0, item);  // the latest first
    }
}

void OfferWorkspace::recompute() {
    debounce_->stop();
    study_.reset();
    banner_->hide();
    save_->setEnabled(diagnosis_.has_value() && builder_->offer().has_value());
    export_->setEnabled(false);
    if (!diagnosis_) {
        results_->showMessage(
            tr("Choisissez une entreprise : dans la liste, depuis un segment ou depuis la fiche "
               "sélectionnée."));
        return;
    }
    if (!builder_->offer()) {
        results_->showMessage(tr("L'offre ne peut pas être tarifée : corrigez le formulaire."),
                              builder_->problems());
        return;
    }
    try {
        study_ = std::make_unique<cmcsim::OfferStudy>(cmcsim::OfferStudy::of(
            session_.view().knowledge(), session_.reference(), diagnosis_->siret,
            session_.scenario().startDate.year(), *builder_->offer(),
            cmcsim::OfferStudy::kInteractiveYears, session_.engine().attempt().seed(),
            session_.state().simulatedDate()));
    } catch (const cmcsim::InputError& e) {
        QStringList problems;
        for (const auto& p : e.problems()) problems << text(p.what);
        results_->showMessage(tr("L'offre ne peut pas être tarifée pour cette entreprise :"),
                              problems);
        return;
    }
    results_->showStudy(*study_);
    banner_->setVisible(!study_->compliance.compliant());
    export_->setEnabled(true);
}

bool OfferWorkspace::isCompliant() const {
    return study_ && study_->compliance.compliant();
}

bool OfferWorkspace::saveOffer() {
    if (!diagnosis_ || !builder_->offer()) return false;
    const auto& offers = session_.state().offers();
    const auto version =
        1 + std::count_if(offers.begin(), offers.end(), [this](const cmcsim::SavedOffer& o) {
            return o.siret == diagnosis_->siret;
        });
    return session_.run(tr("Offre v%1 pour « %2 »").arg(version).arg(text(diagnosis_->name)),
                        cmcsim::command::kSaveOffer,
                        {{"siret", diagnosis_->siret}, {"offre", builder_->toJson()}});
}

QString OfferWorkspace::exportPdf(const QString& requested, bool nonCompliantConfirmed) {
    if (debounce_->isActive()) recompute();
    if (!study_) {
        if (requested.isEmpty())
            QMessageBox::information(
                this, tr("Exporter la proposition"),
                tr("Choisissez une entreprise et une offre que le moteur peut tarifer."));
        return {};
    }
    QString file = requested;
    if (file.isEmpty()) {
        const auto proposed =
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                .filePath(QStringLiteral("proposition-%1.pdf").arg(text(diagnosis_->siret)));
        file = QFileDialog::getSaveFileName(this, tr("Exporter la proposition en PDF"), proposed,
                                            tr("Documents PDF (*.pdf)"));
        if (file.isEmpty()) return {};
    }
    if (!study_->compliance.compliant() && !nonCompliantConfirmed) {
        QMessageBox confirm(QMessageBox::Warning, tr("Exporter une offre non conforme"),
                            tr("L'offre ne respecte pas toutes les règles (voir l'onglet « "
                               "Conformité »). Exporter quand même ? Chaque page portera la "
                               "mention « %1 ».")
                                .arg(text(cmcsim::ProposalDocument::kNonCompliantMark)),
                            QMessageBox::Yes | QMessageBox::No, this);
        confirm.setObjectName(QStringLiteral("nonCompliantExport"));
        confirm.setDefaultButton(QMessageBox::No);
        if (confirm.exec() != QMessageBox::Yes) return {};
    }
    QString error;
    if (!DocumentPdf::writeFile(proposal(), file, &error)) {
        QMessageBox::warning(this, tr("Export impossible"),
                             tr("Impossible d'écrire %1 : %2").arg(file, error));
        return {};
    }
    return file;
}

cmcsim::Document OfferWorkspace::proposal() const {
    if (!study_) return {};
    return cmcsim::ProposalDocument::build(session_.reference(), *study_,
                                           session_.scenario().mutuelle.name,
                                           session_.state().simulatedDate().french());
}
