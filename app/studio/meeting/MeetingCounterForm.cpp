#include "meeting/MeetingCounterForm.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "cmcsim/meeting/MeetingNegotiation.h"
#include "cmcsim/meeting/MeetingTranscript.h"
#include "common/StudioText.h"

using namespace studio;

MeetingCounterForm::MeetingCounterForm(QWidget* parent) : QWidget(parent) {
    auto* title = new QLabel(tr("<b>Contre-proposition</b> sur l'offre présentée"));
    policy_ = new QLabel;
    policy_->setObjectName(QStringLiteral("meetingCounterPolicy"));
    policy_->setWordWrap(true);
    discount_ = new QDoubleSpinBox;
    discount_->setObjectName(QStringLiteral("meetingCounterDiscount"));
    discount_->setRange(0, 100);
    discount_->setDecimals(1);
    discount_->setSingleStep(0.5);
    discount_->setSuffix(QStringLiteral(" %"));
    counterpart_ = new QComboBox;
    counterpart_->setObjectName(QStringLiteral("meetingCounterCounterpart"));
    counterpart_->addItem(tr("Sans contrepartie"), QString());
    for (const char* code : {"prevoyance", "services", "engagement"}) {
        auto label = text(cmcsim::MeetingNegotiation::counterpartLabel(code));
        counterpart_->addItem(label.left(1).toUpper() + label.mid(1), QString::fromLatin1(code));
    }
    propose_ = new QPushButton(tr("Faire la contre-proposition"));
    propose_->setObjectName(QStringLiteral("meetingCounterPropose"));
    made_ = new QLabel;
    made_->setObjectName(QStringLiteral("meetingCounters"));
    made_->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Remise sur la cotisation :"), discount_);
    form->addRow(tr("Contrepartie :"), counterpart_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(policy_);
    layout->addLayout(form);
    layout->addWidget(propose_, 0, Qt::AlignRight);
    layout->addWidget(made_);
    connect(propose_, &QPushButton::clicked, this, [this] {
        Q_EMIT counterRequested(discount_->value(), counterpart_->currentData().toString());
    });
    showMeeting(nullptr);
}

void MeetingCounterForm::setNegotiation(const cmcsim::MeetingNegotiation& n) {
    policy_->setText(tr("Politique commerciale : vous accordez seul jusqu'à %1 % ; au-delà, "
                        "jusqu'à %2 % avec l'accord de la direction (%3 de plus) ; au-delà, "
                        "refusée.")
                         .arg(number(n.sellerPct, 1), number(n.managerPct, 1),
                              text(cmcsim::frenchCount(n.managerMinutes, "minute", "minutes"))));
}

void MeetingCounterForm::showMeeting(const cmcsim::MeetingTranscript* transcript) {
    offered_ = transcript && transcript->offer.has_value();
    QStringList lines;
    if (transcript)
        for (const auto& c : transcript->counters) {
            auto line = tr("Étape %1 : remise de %2 % sur la version %3")
                            .arg(c.step)
                            .arg(number(c.discountPct, 1))
                            .arg(c.version);
            if (!c.counterpart.empty())
                line += QStringLiteral(", ") +
                        html(cmcsim::MeetingNegotiation::counterpartLabel(c.counterpart));
            line += !c.applied ? tr(" — <span style='color:#b00020'>hors politique, "
                                    "refusée</span>")
                    : c.level == "direction"
                        ? tr(" — <span style='color:#1b7a2f'>accordée par la direction</span>")
                        : tr(" — <span style='color:#1b7a2f'>dans votre délégation</span>");
            lines << line;
        }
    made_->setText(lines.join(QStringLiteral("<br/>")));
    updateButton();
}

void MeetingCounterForm::setCommandsEnabled(bool enabled, const QString& why) {
    enabled_ = enabled;
    propose_->setToolTip(enabled ? tr("Proposer la remise à l'entreprise (commande définitive)")
                                 : why);
    updateButton();
}

void MeetingCounterForm::updateButton() {
    propose_->setEnabled(enabled_ && offered_);
    if (enabled_ && !offered_) propose_->setToolTip(tr("Présentez d'abord une offre"));
}
