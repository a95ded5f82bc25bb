#include "scenario/PackPanel.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

PackPanel::PackPanel(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<b>Paquet de scénarios</b>")));
    auto* form = new QFormLayout;
    title_ = new QLineEdit;
    author_ = new QLineEdit;
    version_ = new QLineEdit;
    version_->setPlaceholderText(QStringLiteral("1.0"));
    form->addRow(tr("Titre"), title_);
    form->addRow(tr("Auteur"), author_);
    form->addRow(tr("Version"), version_);
    layout->addLayout(form);
    list_ = new QListWidget;
    list_->setToolTip(tr("Double-cliquez un scénario pour l'ouvrir dans l'éditeur"));
    layout->addWidget(list_, 1);
    auto* add = new QPushButton(tr("Ajouter le scénario au paquet"));
    auto* remove = new QPushButton(tr("Retirer du paquet"));
    auto* open = new QPushButton(tr("Ouvrir un paquet…"));
    auto* save = new QPushButton(tr("Enregistrer le paquet…"));
    for (auto* b : {add, remove, open, save}) layout->addWidget(b);
    connect(add, &QPushButton::clicked, this, &PackPanel::addRequested);
    connect(open, &QPushButton::clicked, this, &PackPanel::openRequested);
    connect(save, &QPushButton::clicked, this, &PackPanel::saveRequested);
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = list_->currentRow();
        if (row < 0 || row >= static_cast<int>(pack_.scenarios.size())) return;
        pack_.scenarios.erase(pack_.scenarios.begin() + row);
        refresh();
    });
    connect(list_, &QListWidget::itemDoubleClicked, this, [this] {
        const int row = list_->currentRow();
        if (row >= 0 && row < static_cast<int>(pack_.scenarios.size()))
            Q_EMIT scenarioChosen(pack_.scenarios[static_cast<std::size_t>(row)].scenario);
    });
}

void PackPanel::setPack(cmcsim::ScenarioPack pack) {
    pack_ = std::move(pack);
    title_->setText(QString::fromStdString(pack_.title));
    author_->setText(QString::fromStdString(pack_.author));
    version_->setText(QString::fromStdString(pack_.version));
    refresh();
}

void PackPanel::put(const cmcsim::Scenario& scenario) {
    cmcsim::ScenarioPack::Entry entry{scenario.id + ".json", scenario};
    for (auto& e : pack_.scenarios)
        if (e.scenario.id == scenario.id) {
            e = std::move(entry);
            refresh();
            return;
        }
    pack_.scenarios.push_back(std::move(entry));
    refresh();
}

cmcsim::ScenarioPack PackPanel::edited() const {
    auto pack = pack_;
    pack.title = title_->text().toStdString();
    pack.author = author_->text().toStdString();
    pack.version = version_->text().toStdString();
    return pack;
}

void PackPanel::refresh() {
    list_->clear();
    for (const auto& e : pack_.scenarios)
        list_->addItem(QStringLiteral("%1 — %2").arg(QString::fromStdString(e.file),
                                                     QString::fromStdString(e.scenario.title)));
}
