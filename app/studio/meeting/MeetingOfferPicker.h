#pragma once

#include <QWidget>
#include <vector>

#include "cmcsim/attempt/SavedOffers.h"

class QComboBox;
class QLabel;
class QPushButton;

namespace cmcsim {
struct MeetingRecord;
struct MeetingTranscript;
}  // namespace cmcsim

// The offer versions saved for a meeting's SIRET (the Offres workspace saves them) and the
// button that presents one to the company (rdv.offre); with none, a link to build one.
class MeetingOfferPicker : public QWidget {
    Q_OBJECT
public:
    explicit MeetingOfferPicker(QWidget* parent = nullptr);

    // Shows the versions of `offers` saved for the meeting's SIRET (null record: no meeting).
    void showMeeting(const cmcsim::MeetingRecord* record,
                     const cmcsim::MeetingTranscript* transcript,
                     const std::vector<cmcsim::SavedOffer>& offers);
    void setCommandsEnabled(bool enabled, const QString& why = {});
    // Selects version `version`; false when it is not saved for this SIRET.
    bool selectVersion(int version);
    QComboBox* versions() const { return versions_; }
    QPushButton* presentButton() const { return present_; }
    QLabel* offersLink() const { return link_; }

Q_SIGNALS:
    void presentRequested(int version);
    void offersRequested();  // the Offres workspace, on the meeting's SIRET

private:
    void updateButtons();

    QComboBox* versions_ = nullptr;
    QPushButton* present_ = nullptr;
    QLabel* link_ = nullptr;
    QLabel* status_ = nullptr;
    bool enabled_ = true;
    bool meeting_ = false;
};
