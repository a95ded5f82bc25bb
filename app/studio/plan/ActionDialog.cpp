#include "plan/ActionDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>

#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/core/Siret.h"
#include "common/FoldingCompleter.h"
#include "common/StudioSession.h"
#include "common/StudioText.h"
#include "plan/PlanText.h"

using namespace studio;

namespace {
constexpr int kCompanyProposals = 50;  // companies proposed as the name is typed

QString companyEntry(const cmcsim::ProspectRow& row) {
    return QStringLiteral("%1 (%2)").arg(text(*row.name),
                                         text(cmcsim::siret::formatSiret(row.siret)));
}
}  // namespace

ActionDialog::ActionDialog(const StudioSession& session, const cmcsim::PlannedAction* action,
                           QWidget* parent)
    : QDialog(parent), session_(session) {
    setObjectName(QStringLiteral("planActionDialog"));
    setWindowTitle(action ? tr("Modifier l'action « %1 »").arg(text(action->id))
                          : tr("Nouvelle action du plan"));
    const auto& state = session_.state();
    const int played = planText::lastPlayedWeek(state);
    const int weeks = std::max(1, session_.scenario().durationWeeks);

    id_ = new QLineEdit;
    id_->setObjectName(QStringLiteral("actionId"));
    id_->setPlaceholderText(tr("ex. appels-btp-s3"));
    kind_ = new QComboBox;
    kind_->setObjectName(QStringLiteral("actionKind"));
    for (int k = 0; k <= static_cast<int>(cmcsim::kLastActionKind); ++k) {
        const auto kind = static_cast<cmcsim::ActionKind>(k);
        kind_->addItem(text(cmcsim::actionKindLabel(kind)), k);
    }
    segment_ = new QComboBox;
    segment_->setObjectName(QStringLiteral("actionSegment"));
    segment_->addItem(tr("Aucun segment (entreprises nommées)"), QString());
    for (const auto& s : state.segments()) segment_->addItem(text(s.name), text(s.id));

    company_ = new QLineEdit;
    company_->setObjectName(QStringLiteral("actionCompany"));
    company_->setPlaceholderText(tr("Raison sociale ou SIRET, puis Entrée…"));
    company_->setClearButtonEnabled(true);
    auto* completer = new FoldingCompleter(company_, [this](const QString& typed) {
        QStringList entries;
        if (typed.trimmed().isEmpty()) return entries;
        cmcsim::ProspectFilter filter;
        filter.text = typed.toStdString();
        const auto& view = session_.view();
        for (const auto line : view.filter(filter)) {
            entries << companyEntry(view.rows()[line]);
            if (entries.size() >= kCompanyProposals) break;
        }
        return entries;
    });
    companies_ = new QListWidget;
    companies_->setObjectName(QStringLiteral("actionCompanies"));
    companies_->setMaximumHeight(80);
    auto* removeCompany = new QPushButton(tr("Retirer l'entreprise"));
    prescriber_ = new QComboBox;
    prescriber_->setObjectName(QStringLiteral("actionPrescriber"));
    prescriber_->addItem(tr("Experts-comptables"), QStringLiteral("expert_comptable"));
    prescriber_->addItem(tr("Courtiers"), QStringLiteral("courtier"));

    first_ = new QSpinBox;
    first_->setObjectName(QStringLiteral("actionFirstWeek"));
    last_ = new QSpinBox;
    last_->setObjectName(QStringLiteral("actionLastWeek"));
    for (auto* s : {first_, last_}) {
        s->setRange(std::min(played + 1, weeks), weeks);
        s->setPrefix(tr("semaine "));
    }
    contacts_ = new QSpinBox;
    contacts_->setObjectName(QStringLiteral("actionContacts"));
    contacts_->setRange(0, 100'000);
    hours_ = new QDoubleSpinBox;
    hours_->setObjectName(QStringLiteral("actionHours"));
    hours_->setRange(0, 168);
    hours_->setDecimals(1);
    hours_->setSuffix(tr(" h par semaine"));
    budget_ = new QDoubleSpinBox;
    budget_->setObjectName(QStringLiteral("actionBudget"));
    budget_->setRange(0, 1e9);
    budget_->setDecimals(0);
    budget_->setSuffix(tr(" € au total"));
    budget_->setGroupSeparatorShown(true);
    auto* estimateButton = new QPushButton(tr("Estimer"));
    estimateButton->setObjectName(QStringLiteral("actionEstimate"));
    estimateButton->setToolTip(
        tr("Reprendre les heures et le budget du modèle de coût (datasets/couts_actions.csv)"));
    model_ = new QLabel;
    model_->setObjectName(QStringLiteral("actionModel"));
    model_->setWordWrap(true);
    yield_ = new QDoubleSpinBox;
    yield_->setObjectName(QStringLiteral("actionYield"));
    yield_->setRange(0, 100);
    yield_->setDecimals(1);
    yield_->setSuffix(tr(" % de rendez-vous par contact"));
    description_ = new QPlainTextEdit;
    description_->setObjectName(QStringLiteral("actionDescription"));
    description_->setPlaceholderText(tr("Message, argumentaire, préparation…"));

    auto* companyRow = new QHBoxLayout;
    companyRow->addWidget(company_, 1);
    companyRow->addWidget(removeCompany);
    auto* costRow = new QHBoxLayout;
    costRow->addWidget(hours_);
    costRow->addWidget(budget_);
    costRow->addWidget(estimateButton);
    auto* weeksRow = new QHBoxLayout;
    weeksRow->addWidget(first_);
    weeksRow->addWidget(new QLabel(tr("à")));
    weeksRow->addWidget(last_);
    weeksRow->addStretch();
    auto* form = new QFormLayout;
    form->addRow(tr("Identifiant"), id_);
    form->addRow(tr("Type"), kind_);
    form->addRow(tr("Segment visé"), segment_);
    form->addRow(tr("Entreprises nommées"), companyRow);
    form->addRow(QString(), companies_);
    form->addRow(tr("Prescripteurs"), prescriber_);
    form->addRow(tr("Semaines"), weeksRow);
    form->addRow(tr("Contacts"), contacts_);
    form->addRow(tr("Temps et budget déclarés"), costRow);
    form->addRow(QString(), model_);
    form->addRow(tr("Rendement attendu"), yield_);
    form->addRow(tr("Description"), description_);
    if (played > 0)
        form->addRow(
            QString(),
            new QLabel(tr("<i>Semaines 1 à %1 déjà jouées : verrouillées.</i>").arg(played)));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    ok_ = buttons->button(QDialogButtonBox::Ok);
    ok_->setText(action ? tr("Modifier") : tr("Ajouter"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(640, 600);

    if (action) {
        id_->setText(text(action->id));
        id_->setReadOnly(true);
        kind_->setCurrentIndex(static_cast<int>(action->kind));
        segment_->setCurrentIndex(std::max(0, segment_->findData(text(action->segmentId))));
        const auto& rows = session_.view().rows();
        for (const auto siret : action->sirets) {
            const auto row = std::find_if(rows.begin(), rows.end(),
                                          [siret](const auto& r) { return r.siret == siret; });
            auto* item = new QListWidgetItem(
                row != rows.end() ? companyEntry(*row) : text(cmcsim::siret::formatSiret(siret)));
            item->setData(Qt::UserRole, QVariant::fromValue<qulonglong>(siret));
            companies_->addItem(item);
        }
        prescriber_->setCurrentIndex(
            std::max(0, prescriber_->findData(text(action->prescriberKind))));
        // An action started in a played week keeps its first week, kind and target, and ends at
        // the next week at the earliest (the played weeks read it as it was: PlayedWeeks).
        const bool started = action->firstWeek <= played;
        first_->setMinimum(std::min(action->firstWeek, first_->minimum()));
        first_->setValue(action->firstWeek);
        last_->setValue(std::max(action->lastWeek, last_->minimum()));
        for (QWidget* w : std::initializer_list<QWidget*>{first_, kind_, segment_, company_,
                                                          companies_, removeCompany, prescriber_})
            if (started) {
                w->setEnabled(false);
                w->setToolTip(tr("Action commencée en semaine %1 : son début, son type et sa "
                                 "cible restent ceux des semaines jouées")
                                  .arg(action->firstWeek));
            }
        contacts_->setValue(static_cast<int>(action->contactsPerWeek));
        hours_->setValue(action->hoursPerWeek);
        budget_->setValue(action->budgetEur);
        yield_->setValue(action->expectedYield * 100);
        description_->setPlainText(text(action->description));
        followModel_ = false;
    } else {
        first_->setValue(first_->minimum());
        last_->setValue(first_->minimum());
    }
    updateKind();
    updateModel();
    ok_->setEnabled(!id_->text().trimmed().isEmpty());

    connect(kind_, &QComboBox::currentIndexChanged, this, [this] {
        updateKind();
        updateModel();
    });
    for (auto* s : {first_, last_, contacts_})
        connect(s, &QSpinBox::valueChanged, this, &ActionDialog::updateModel);
    connect(first_, &QSpinBox::valueChanged, this,
            [this](int v) { last_->setValue(std::max(v, last_->value())); });
    for (auto* s : {hours_, budget_})
        connect(s, &QDoubleSpinBox::valueChanged, this, [this] {
            if (updating_) return;
            followModel_ = false;
        });
    connect(id_, &QLineEdit::textChanged, this,
            [this](const QString& id) { ok_->setEnabled(!id.trimmed().isEmpty()); });
    connect(estimateButton, &QPushButton::clicked, this, &ActionDialog::estimate);
    connect(completer, qOverload<const QString&>(&QCompleter::activated), this,
            [this](const QString& entry) { addCompany(entry); });
    connect(company_, &QLineEdit::returnPressed, this, [this] { addCompany(company_->text()); });
    connect(removeCompany, &QPushButton::clicked, this,
            [this] { delete companies_->currentItem(); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

cmcsim::PlannedAction ActionDialog::action() const {
    cmcsim::PlannedAction a;
    a.id = id_->text().trimmed().toStdString();
    a.kind = static_cast<cmcsim::ActionKind>(kind_->currentData().toInt());
    a.segmentId = segment_->currentData().toString().toStdString();
    for (int i = 0; i < companies_->count(); ++i)
        a.sirets.push_back(companies_->item(i)->data(Qt::UserRole).toULongLong());
    if (a.kind == cmcsim::ActionKind::PrescriberEvent)
        a.prescriberKind = prescriber_->currentData().toString().toStdString();
    a.firstWeek = first_->value();
    a.lastWeek = std::max(first_->value(), last_->value());
    a.contactsPerWeek = contacts_->value();
    a.hoursPerWeek = hours_->value();
    a.budgetEur = budget_->value();
    a.expectedYield = yield_->value() / 100;
    a.description = description_->toPlainText().toStdString();
    return a;
}

void ActionDialog::estimate() {
    const auto cost = session_.reference().actionCosts.cost(action());
    updating_ = true;
    hours_->setValue(cost.hoursPerWeek);
    budget_->setValue(cost.totalEur);
    updating_ = false;
    followModel_ = true;
}

bool ActionDialog::addCompany(const QString& entry) {
    static const QRegularExpression digits(QStringLiteral("(\\d[\\d ]{12,}\\d)\\)?\\s*$"));
    const auto match = digits.match(entry);
    if (!match.hasMatch()) return false;
    auto number = match.captured(1);
    number.remove(QLatin1Char(' '));
    const auto siret = cmcsim::siret::parse(number.toStdString(), 14);
    if (!siret) return false;
    const auto& rows = session_.view().rows();
    const auto row =
        std::find_if(rows.begin(), rows.end(), [&](const auto& r) { return r.siret == *siret; });
    if (row == rows.end()) return false;
    for (int i = 0; i < companies_->count(); ++i)
        if (companies_->item(i)->data(Qt::UserRole).toULongLong() == *siret) return true;
    auto* item = new QListWidgetItem(companyEntry(*row));
    item->setData(Qt::UserRole, QVariant::fromValue<qulonglong>(*siret));
    companies_->addItem(item);
    company_->clear();
    updateModel();
    return true;
}

void ActionDialog::updateKind() {
    const auto kind = static_cast<cmcsim::ActionKind>(kind_->currentData().toInt());
    prescriber_->setEnabled(kind == cmcsim::ActionKind::PrescriberEvent && kind_->isEnabled());
    contacts_->setSuffix(tr(" %1 par semaine").arg(text(cmcsim::actionContactNoun(kind))));
}

void ActionDialog::updateModel() {
    const auto a = action();
    const auto& kindCost = session_.reference().actionCosts.of(a.kind);
    const auto cost = session_.reference().actionCosts.cost(a);
    auto line = tr("Modèle de coût : %1 h par semaine, %2 au total")
                    .arg(number(cost.hoursPerWeek, 1), euros(cost.totalEur));
    if (kindCost.maxContactsPerWeek > 0)
        line += tr(" (au plus %1 contacts par semaine pour une personne)")
                    .arg(number(static_cast<double>(kindCost.maxContactsPerWeek)));
    model_->setText(line);
    if (followModel_) estimate();
}
