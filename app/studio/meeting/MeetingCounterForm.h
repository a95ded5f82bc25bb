#pragma once

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;

namespace cmcsim {
struct MeetingNegotiation;
struct MeetingTranscript;
}  // namespace cmcsim

// A counter-proposal on the offer presented in a meeting (rdv.contreproposition): a discount
// within the mutuelle's commercial policy (the seller's delegation, the manager's agreement
// beyond it) with an optional counterpart (provident cover or services: multi-product; the
// client's commitment), and the counter-proposals made so far.
class MeetingCounterForm : public QWidget {
    Q_OBJECT
public:
    explicit MeetingCounterForm(QWidget* parent = nullptr);

    // The policy's delegation levels, said beside the discount.
    void setNegotiation(const cmcsim::MeetingNegotiation& negotiation);
    // The meeting's dialogue so far (null: no meeting).
    void showMeeting(const cmcsim::MeetingTranscript* transcript);
    void setCommandsEnabled(bool enabled, const QString& why = {});
    QDoubleSpinBox* discount() const { return discount_; }
    QComboBox* counterpart() const { return counterpart_; }
    QPushButton* proposeButton() const { return propose_; }

Q_SIGNALS:
    // `counterpart` is "" (none), prevoyance, services or engagement.
    void counterRequested(double discountPct, const QString& counterpart);

private:
    void updateButton();

    QDoubleSpinBox* discount_ = nullptr;
    QComboBox* counterpart_ = nullptr;
    QPushButton* propose_ = nullptr;
    QLabel* policy_ = nullptr;
    QLabel* made_ = nullptr;
    bool enabled_ = true;
    bool offered_ = false;  // an offer was presented: there is something to discount
};
