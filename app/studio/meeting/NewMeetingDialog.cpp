#include "meeting/NewMeetingDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/core/OneLine.h"
#include "cmcsim/core/Siret.h"
#include "cmcsim/sim/Campaign.h"
#include "common/FoldingCompleter.h"
#include "common/StudioSession.h"
#include "common/StudioText.h"
#include "common/WrappingItemDelegate.h"

using namespace studio;

namespace {
constexpr int kProposals = 50;  // companies proposed as the name is typed
enum Column { kCompany, kSiret, kStage, kWeek, kAction, kColumns };

QString digits(const QString& typed) {
    static const QRegularExpression siret(QStringLiteral("(\\d{14})"));
    const auto match = siret.match(QString(typed).remove(QLatin1Char(' ')));
    return match.hasMatch() ? match.captured(1) : QString();
}
}  // namespace

NewMeetingDialog::NewMeetingDialog(StudioSession& session, QWidget* parent)
    : QDialog(parent), session_(session) {
    setWindowTitle(tr("Nouveau rendez-vous"));
    setObjectName(QStringLiteral("newMeetingDialog"));
    appointments_ = new QTreeWidget;
    appointments_->setObjectName(QStringLiteral("newMeetingAppointments"));
    appointments_->setRootIsDecorated(false);
    appointments_->setColumnCount(kColumns);
    appointments_->setHeaderLabels(
        {tr("Entreprise"), tr("SIRET"), tr("Étape"), tr("Semaine"), tr("Pris par")});
    // At 1366×768 nothing is cut: the short columns keep their contents' width, the company and
    // the action that booked the meeting share the rest and wrap their text.
    auto* header = appointments_->header();
    header->setStretchLastSection(false);
    for (int c = kSiret; c < kAction; ++c)
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(kCompany, QHeaderView::Stretch);
    header->setSectionResizeMode(kAction, QHeaderView::Stretch);
    WrappingItemDelegate::install(appointments_);
    search_ = new QLineEdit;
    search_->setObjectName(QStringLiteral("newMeetingSearch"));
    search_->setPlaceholderText(tr("Raison sociale ou SIRET…"));
    search_->setClearButtonEnabled(true);
    // Proposals from the engine's search over the candidate's prospect file (every word, case
    // and accents ignored), as in the Offres workspace.
    companies_ = new FoldingCompleter(search_, [this](const QString& typed) {
        QStringList entries;
        if (typed.trimmed().isEmpty()) return entries;
        const auto& view = session_.view();
        cmcsim::ProspectFilter filter;
        filter.text = typed.toStdString();
        for (const auto line : view.filter(filter)) {
            const auto& row = view.rows()[line];
            entries << QStringLiteral("%1 (%2)").arg(text(cmcsim::oneLine(*row.name)),
                                                     text(cmcsim::siret::formatSiret(row.siret)));
            if (entries.size() >= kProposals) break;
        }
        return entries;
    });
    subject_ = new QLineEdit;
    subject_->setObjectName(QStringLiteral("newMeetingSubject"));
    subject_->setPlaceholderText(tr("Par exemple : découverte des besoins en santé collective"));
    subject_->setMaxLength(200);
    chosen_ = new QLabel;
    chosen_->setWordWrap(true);
    buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons_->button(QDialogButtonBox::Ok)->setText(tr("Ouvrir le rendez-vous"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<b>Rendez-vous pris pendant les semaines simulées</b>")));
    layout->addWidget(appointments_, 1);
    layout->addWidget(
        new QLabel(tr("<b>Ou une entreprise du fichier prospects</b> "
                      "(rendez-vous demandé)")));
    layout->addWidget(search_);
    auto* form = new QFormLayout;
    form->addRow(tr("Objet :"), subject_);
    layout->addLayout(form);
    layout->addWidget(chosen_);
    layout->addWidget(buttons_);
    resize(720, 480);

    connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(appointments_, &QTreeWidget::currentItemChanged, this, [this] {
        search_->clear();
        updateOk();
    });
    connect(appointments_, &QTreeWidget::itemDoubleClicked, this, [this] {
        if (!siret().isEmpty()) accept();
    });
    connect(search_, &QLineEdit::textChanged, this, &NewMeetingDialog::updateOk);
    listAppointments();
    updateOk();
}

void NewMeetingDialog::listAppointments() {
    const auto& campaign = session_.campaign();
    const auto& market = session_.market();
    const auto& knowledge = session_.view().knowledge();
    for (const auto& [company, progress] : campaign.progress()) {
        if (progress.stage < cmcsim::FunnelStage::Meeting ||
            progress.stage > cmcsim::FunnelStage::Negotiation)
            continue;
        const auto& c = market.companies[company];
        const auto line = knowledge.lineOfSiren(c.siren);
        if (!line) continue;  // a company the prospect file does not list cannot be met here
        const auto siret = text(cmcsim::siret::formatSiret(session_.view().rows()[*line].siret));
        auto* item = new QTreeWidgetItem(appointments_);
        item->setText(kCompany, text(cmcsim::oneLine(c.name)));
        item->setText(kSiret, siret);
        item->setData(kCompany, Qt::UserRole, siret);
        item->setText(kStage, text(cmcsim::funnelStageLabel(progress.stage)));
        const int week = progress.nextStep > 0 ? progress.nextStep : progress.since;
        item->setText(kWeek, QString::number(week));
        item->setText(kAction, actionLabel(progress.action));
        item->setToolTip(kAction, item->text(kAction));
    }
    if (appointments_->topLevelItemCount() == 0) {
        auto* none = new QTreeWidgetItem(appointments_);
        none->setText(kCompany, tr("Aucun rendez-vous pris pour l'instant : jouez des semaines "
                                   "(onglet Semaine) ou cherchez une entreprise ci-dessous."));
        none->setFlags(Qt::NoItemFlags);
        appointments_->setFirstColumnSpanned(0, QModelIndex(), true);
    }
}

QString NewMeetingDialog::actionLabel(const std::string& id) const {
    // The plan's action, named as the candidate named it, with its kind in French.
    for (const auto& a : session_.state().plan().actions)
        if (a.id == id) return tr("%1 (%2)").arg(text(id), text(cmcsim::actionKindLabel(a.kind)));
    return text(id);
}

QString NewMeetingDialog::siret() const {
    const auto typed = search_->text().trimmed();
    if (typed.isEmpty()) {
        const auto* item = appointments_->currentItem();
        return item ? item->data(kCompany, Qt::UserRole).toString() : QString();
    }
    return digits(typed);
}

QString NewMeetingDialog::subject() const {
    return subject_->text().trimmed();
}

void NewMeetingDialog::updateOk() {
    const auto s = siret();
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(!s.isEmpty());
    if (!s.isEmpty())
        chosen_->setText(tr("Rendez-vous avec l'établissement de SIRET %1.").arg(s));
    else if (!search_->text().trimmed().isEmpty())
        chosen_->setText(
            tr("Choisissez l'entreprise dans la liste proposée, ou tapez son SIRET "
               "(14 chiffres)."));
    else
        chosen_->setText(tr("Choisissez un rendez-vous pris ou une entreprise."));
}
