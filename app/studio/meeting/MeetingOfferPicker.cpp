#include "meeting/MeetingOfferPicker.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "cmcsim/meeting/MeetingLog.h"
#include "cmcsim/meeting/MeetingTranscript.h"
#include "common/StudioText.h"

using namespace studio;

MeetingOfferPicker::MeetingOfferPicker(QWidget* parent) : QWidget(parent) {
    auto* intro =
        new QLabel(tr("Présentez une version de l'offre enregistrée pour cet "
                      "établissement dans l'espace <i>Offres</i>. L'entreprise réagit "
                      "à ce qu'elle lui coûterait."));
    intro->setWordWrap(true);
    versions_ = new QComboBox;
    versions_->setObjectName(QStringLiteral("meetingOfferVersions"));
    versions_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    versions_->setMinimumContentsLength(20);
    present_ = new QPushButton(tr("Présenter une offre"));
    present_->setObjectName(QStringLiteral("meetingPresentOffer"));
    link_ = new QLabel;
    link_->setObjectName(QStringLiteral("meetingOffersLink"));
    link_->setWordWrap(true);
    link_->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    status_ = new QLabel;
    status_->setObjectName(QStringLiteral("meetingOfferStatus"));
    status_->setWordWrap(true);
    auto* row = new QHBoxLayout;
    row->addWidget(versions_, 1);
    row->addWidget(present_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addLayout(row);
    layout->addWidget(status_);
    layout->addWidget(link_);
    connect(present_, &QPushButton::clicked, this, [this] {
        if (versions_->currentIndex() >= 0)
            Q_EMIT presentRequested(versions_->currentData().toInt());
    });
    connect(link_, &QLabel::linkActivated, this, [this] { Q_EMIT offersRequested(); });
    showMeeting(nullptr, nullptr, {});
}

void MeetingOfferPicker::showMeeting(const cmcsim::MeetingRecord* record,
                                     const cmcsim::MeetingTranscript* transcript,
                                     const std::vector<cmcsim::SavedOffer>& offers) {
    const int kept = versions_->currentData().toInt();
    versions_->clear();
    meeting_ = record != nullptr;
    if (record)
        for (const auto& o : offers) {
            if (o.siret != record->siret) continue;
            const auto title =
                o.offer.is_object() && o.offer.contains("titre") && o.offer["titre"].is_string()
                    ? text(o.offer["titre"].get<std::string>())
                    : QString();
            versions_->addItem(tr("v%1 — %2").arg(o.version).arg(title), o.version);
            versions_->setItemData(versions_->count() - 1, title, Qt::ToolTipRole);
        }
    // The latest version by default, the one chosen before when it is still there.
    versions_->setCurrentIndex(versions_->count() - 1);
    if (const int i = versions_->findData(kept); kept > 0 && i >= 0) versions_->setCurrentIndex(i);
    if (!record)
        link_->clear();
    else if (versions_->count() == 0)
        link_->setText(
            tr("Aucune offre enregistrée pour cet établissement : "
               "<a href='offres'>la construire dans l'espace Offres</a>."));
    else
        link_->setText(
            tr("<a href='offres'>Ouvrir l'établissement dans l'espace Offres</a> "
               "(une autre version)"));
    if (transcript && transcript->offer)
        status_->setText(tr("<span style='color:#1b7a2f'>✔ Version %1 présentée à l'étape "
                            "%2.</span>")
                             .arg(transcript->offer->version)
                             .arg(transcript->offerStep));
    else
        status_->setText(record ? tr("Aucune offre présentée dans ce rendez-vous.") : QString());
    updateButtons();
}

bool MeetingOfferPicker::selectVersion(int version) {
    const int i = versions_->findData(version);
    if (i < 0) return false;
    versions_->setCurrentIndex(i);
    return true;
}

void MeetingOfferPicker::setCommandsEnabled(bool enabled, const QString& why) {
    enabled_ = enabled;
    present_->setToolTip(enabled ? tr("Présenter la version choisie à l'entreprise") : why);
    updateButtons();
}

void MeetingOfferPicker::updateButtons() {
    present_->setEnabled(enabled_ && meeting_ && versions_->count() > 0);
    versions_->setEnabled(meeting_ && versions_->count() > 0);
}
