#include "scenario/ScenarioEditor.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QVBoxLayout>
#include <fstream>

#include "cmcsim/core/OutputFile.h"
#include "cmcsim/reference/ReferenceData.h"
#include "cmcsim/scenario/ScenarioLibrary.h"
#include "cmcsim/scenario/ScenarioLoader.h"
#include "cmcsim/scenario/ScenarioPack.h"
#include "cmcsim/scenario/ScenarioWriter.h"
#include "scenario/EventsPage.h"
#include "scenario/GeneralPage.h"
#include "scenario/MixPage.h"
#include "scenario/PackPanel.h"
#include "scenario/PlayersPage.h"
#include "scenario/PolicyPage.h"
#include "scenario/PreviewPanel.h"
#include "scenario/TendersPage.h"
#include "scenario/TerritoryPage.h"
#include "scenario/TrapsStudiesPage.h"

namespace {
// The name the loader gives the form's scenario in its errors, taken off before showing them.
const std::string kSource = "scénario";

QString problemsText(const std::vector<cmcsim::Problem>& problems) {
    QStringList lines;
    for (const auto& p : problems) lines << QString::fromStdString(p.where + " : " + p.what);
    return lines.join('\n');
}
}  // namespace

ScenarioEditor::ScenarioEditor(const cmcsim::ReferenceData& reference,
                               const cmcsim::ScenarioLibrary& library, QWidget* parent)
    : QWidget(parent), reference_(reference), library_(library) {
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    templates_ = new QComboBox;
    for (const auto& s : library.scenarios())
        templates_->addItem(QString::fromStdString(s.title), QString::fromStdString(s.id));
    auto* fromTemplate = new QPushButton(tr("Nouveau depuis un modèle"));
    auto* open = new QPushButton(tr("Ouvrir…"));
    auto* save = new QPushButton(tr("Enregistrer"));
    auto* saveAs = new QPushButton(tr("Enregistrer sous…"));
    auto* duplicateButton = new QPushButton(tr("Dupliquer"));
    templates_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    templates_->setMinimumContentsLength(16);
    bar->addWidget(templates_, 1);
    for (auto* b : {fromTemplate, open, save, saveAs, duplicateButton}) bar->addWidget(b);
    layout->addLayout(bar);

    auto* splitter = new QSplitter;
    pack_ = new PackPanel;
    splitter->addWidget(pack_);
    auto* centre = new QWidget;
    auto* centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    tabs_ = new QTabWidget;
    general_ = new GeneralPage;
    territory_ = new TerritoryPage(reference);
    mix_ = new MixPage(reference);
    events_ = new EventsPage;
    pageList_ = {general_,        territory_,     mix_,
                 new PlayersPage, new PolicyPage, new TrapsStudiesPage,
                 new TendersPage, events_};
    const QStringList titles = {tr("Général"),
                                tr("Territoire"),
                                tr("Secteurs et tailles"),
                                tr("Acteurs"),
                                tr("Politique et portefeuille"),
                                tr("Pièges et études"),
                                tr("Appels d'offres"),
                                tr("Événements")};
    for (int i = 0; i < pageList_.size(); ++i) {
        // In a scroll area: the forms side by side (Politique, Pièges et études, Secteurs) would
        // otherwise make the window wider than a 1366-pixel screen.
        auto* scroll = new QScrollArea;
        scroll->setWidget(pageList_[i]);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        tabs_->addTab(scroll, titles[i]);
        connect(pageList_[i], &ScenarioPage::edited, this, &ScenarioEditor::edited);
    }
    centreLayout->addWidget(tabs_, 1);
    summary_ = new QLabel;
    centreLayout->addWidget(summary_);
    errors_ = new QListWidget;
    errors_->setMaximumHeight(110);
    centreLayout->addWidget(errors_);
    splitter->addWidget(centre);
    preview_ = new PreviewPanel(reference);
    splitter->addWidget(preview_);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 1);
    splitter->setSizes({200, 800, 330});
    layout->addWidget(splitter, 1);

    validation_ = new QTimer(this);
    validation_->setSingleShot(true);
    validation_->setInterval(300);
    connect(validation_, &QTimer::timeout, this, [this] { validate(); });
    connect(errors_, &QListWidget::currentRowChanged, this, &ScenarioEditor::focusError);
    connect(fromTemplate, &QPushButton::clicked, this,
            [this] { newFromTemplate(templates_->currentData().toString()); });
    connect(open, &QPushButton::clicked, this, [this] {
        const auto path = QFileDialog::getOpenFileName(this, tr("Ouvrir un scénario"), {},
                                                       tr("Scénarios (*.json)"));
        if (!path.isEmpty()) openFile(path);
    });
    const auto saveTo = [this](bool ask) {
        auto path = file_;
        if (ask || path.isEmpty())
            path = QFileDialog::getSaveFileName(this, tr("Enregistrer le scénario"), path,
                                                tr("Scénarios (*.json)"));
        if (!path.isEmpty()) saveFile(path);
    };
    connect(save, &QPushButton::clicked, this, [saveTo] { saveTo(false); });
    connect(saveAs, &QPushButton::clicked, this, [saveTo] { saveTo(true); });
    connect(duplicateButton, &QPushButton::clicked, this, &ScenarioEditor::duplicate);
    connect(pack_, &PackPanel::scenarioChosen, this, [this](const cmcsim::Scenario& s) {
        load(s);
        file_.clear();
        Q_EMIT fileChanged(file_);
    });
    connect(pack_, &PackPanel::addRequested, this, [this] {
        cmcsim::Scenario valid;
        if (validate(&valid).empty())
            pack_->put(valid);
        else
            tell(tr("Paquet"), tr("Corrigez d'abord les erreurs du scénario."), false);
    });
    connect(pack_, &PackPanel::openRequested, this, [this] {
        const auto path =
            QFileDialog::getOpenFileName(this, tr("Ouvrir un paquet"), {}, tr("Paquets (*.zip)"));
        if (!path.isEmpty()) openPack(path);
    });
    connect(pack_, &PackPanel::saveRequested, this, [this] {
        const auto path = QFileDialog::getSaveFileName(this, tr("Enregistrer le paquet"), {},
                                                       tr("Paquets (*.zip)"));
        if (!path.isEmpty()) savePack(path);
    });
}

void ScenarioEditor::load(const cmcsim::Scenario& scenario) {
    loading_ = true;
    for (auto* page : pageList_) page->load(scenario);
    loading_ = false;
    validate();
}

void ScenarioEditor::newFromTemplate(const QString& bundledId) {
    try {
        const auto path = library_.resolve(bundledId.toStdString());
        load(cmcsim::ScenarioLoader(reference_).fromFile(path));
        file_.clear();
        Q_EMIT fileChanged(file_);
    } catch (const cmcsim::InputError& e) {
        tell(tr("Modèle"), problemsText(e.problems()), false);
    }
}

bool ScenarioEditor::openFile(const QString& path) {
    try {
        load(cmcsim::ScenarioLoader(reference_).fromFile(path.toStdString()));
    } catch (const cmcsim::InputError& e) {
        tell(tr("Ouvrir un scénario"), problemsText(e.problems()), false);
        return false;
    }
    file_ = path;
    Q_EMIT fileChanged(file_);
    return true;
}

bool ScenarioEditor::saveFile(const QString& path, bool quiet) {
    cmcsim::Scenario valid;
    const auto problems = validate(&valid);
    if (!problems.empty()) {
        tell(tr("Enregistrer"),
             tr("Le scénario n'est pas enregistré : %n erreur(s) à corriger, signalées sur les "
                "champs et sous le formulaire.",
                nullptr, static_cast<int>(problems.size())),
             quiet);
        return false;
    }
    try {
        cmcsim::OutputFile output(path.toStdString(), true);
        {
            std::ofstream out(output.path(), std::ios::binary);
            out << cmcsim::ScenarioWriter::toJson(valid);
            if (!out.flush()) throw output.failure("disque plein ou fichier non inscriptible");
        }
        output.commit();
    } catch (const cmcsim::InputError& e) {
        tell(tr("Enregistrer"), problemsText(e.problems()), quiet);
        return false;
    }
    file_ = path;
    Q_EMIT fileChanged(file_);
    return true;
}

void ScenarioEditor::duplicate() {
    cmcsim::Scenario s;
    std::vector<cmcsim::Problem> ignored;
    for (auto* page : pageList_) page->store(s, ignored);
    s.id = s.id.substr(0, 34) + "-copie";
    s.title = s.title.substr(0, 110) + " (copie)";
    load(s);
    file_.clear();
    Q_EMIT fileChanged(file_);
}

bool ScenarioEditor::openPack(const QString& path, bool quiet) {
    try {
        auto pack =
            cmcsim::ScenarioPack::read(path.toStdString(), cmcsim::ScenarioLoader(reference_));
        if (!pack.scenarios.empty()) load(pack.scenarios.front().scenario);
        pack_->setPack(std::move(pack));
        file_.clear();
        Q_EMIT fileChanged(file_);
        return true;
    } catch (const cmcsim::InputError& e) {
        tell(tr("Ouvrir un paquet"), problemsText(e.problems()), quiet);
        return false;
    }
}

bool ScenarioEditor::savePack(const QString& path, bool quiet) {
    const auto pack = pack_->edited();
    try {
        // Written to a folder and read back first: the pack is checked like any other.
        QTemporaryDir check;
        pack.writeFolder(check.path().toStdString());
        cmcsim::ScenarioPack::read(check.path().toStdString(), cmcsim::ScenarioLoader(reference_));
        pack.writeZip(path.toStdString(), true);
    } catch (const cmcsim::InputError& e) {
        tell(tr("Enregistrer le paquet"), problemsText(e.problems()), quiet);
        return false;
    }
    return true;
}

std::vector<cmcsim::Problem> ScenarioEditor::validate(cmcsim::Scenario* valid) {
    validation_->stop();
    cmcsim::Scenario s;
    std::vector<cmcsim::Problem> problems;
    for (auto* page : pageList_) page->store(s, problems);
    events_->offerCompetitors(s.competitors);  // the Acteurs page's, as edited
    try {
        auto loaded =
            cmcsim::ScenarioLoader(reference_).fromText(cmcsim::ScenarioWriter::toJson(s), kSource);
        if (problems.empty()) {
            territory_->showSize(loaded);
            mix_->showShares(loaded);
            preview_->request(loaded);
            if (valid) *valid = std::move(loaded);
        }
    } catch (const cmcsim::InputError& e) {
        for (auto p : e.problems()) {
            if (p.where.starts_with(kSource + " ")) p.where.erase(0, kSource.size() + 1);
            problems.push_back(std::move(p));
        }
    }
    for (auto* page : pageList_) page->clearMarks();
    errors_->clear();
    errorPlaces_.clear();
    for (const auto& p : problems) {
        int index = -1;
        QWidget* widget = nullptr;
        for (int i = 0; i < pageList_.size() && !widget; ++i)
            if ((widget = pageList_[i]->mark(p))) index = i;
        errorPlaces_.append({index, widget});
        errors_->addItem(QString::fromStdString(p.where + " : " + p.what));
    }
    summary_->setText(problems.empty()
                          ? tr("Scénario valide : il peut être enregistré et joué.")
                          : tr("%n erreur(s) : le scénario ne peut pas être enregistré.", nullptr,
                               static_cast<int>(problems.size())));
    if (!problems.empty())
        preview_->invalidate(tr("Corrigez les erreurs pour voir l'aperçu du marché."));
    return problems;
}

void ScenarioEditor::edited() {
    if (!loading_) validation_->start();
}

void ScenarioEditor::focusError(int row) {
    if (row < 0 || row >= errorPlaces_.size() || errorPlaces_[row].first < 0) return;
    tabs_->setCurrentIndex(errorPlaces_[row].first);
    if (errorPlaces_[row].second) errorPlaces_[row].second->setFocus();
}

void ScenarioEditor::tell(const QString& title, const QString& message, bool quiet) {
    if (!quiet) QMessageBox::warning(this, title, message);
}
