#pragma once

#include <QWidget>
#include <cstdint>
#include <map>
#include <string>

#include "cmcsim/tender/TenderFile.h"

namespace cmcsim {
struct Tender;
class TenderDesk;
}  // namespace cmcsim

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;
class StudioSession;

// The candidate's response to a call for tender: the offer version (the company's saved offers,
// with a link to the Offres workspace), one answer per question of the specifications, the
// documents to provide, the engine's refusals of the response as it stands
// (TenderDesk::submissionRefusals) beside *Déposer*, and the deadline counted in simulated weeks.
// *Enregistrer la réponse* is the "ao.reponse" command; *Déposer* saves the form when it changed,
// then "ao.depot", final. Read-only once submitted, handed in or in evaluator mode.
class TenderResponseForm : public QWidget {
    Q_OBJECT
public:
    explicit TenderResponseForm(StudioSession& session, QWidget* parent = nullptr);

    // Shows `tender`; `desk` must stay alive until the next call. The candidate's edits are kept
    // while the tender and its saved draft stay the same.
    void showTender(const cmcsim::TenderDesk& desk, const cmcsim::Tender& tender);
    // The response as the form holds it.
    cmcsim::TenderDraft draft() const;
    // Whether the form differs from the saved draft (or there is none).
    bool modified() const;
    // Saves the form as the draft response; false when refused (the window says why).
    bool saveDraft();
    // Saves the form if modified, then submits it, after the confirmation asked in the message
    // box named "tenderSubmitConfirm" unless `confirmed`; false when declined or refused.
    bool submit(bool confirmed = false);

    QComboBox* offerVersion() const { return offer_; }
    QPushButton* offersLink() const { return offersLink_; }
    QPlainTextEdit* answerEdit(const std::string& question) const;
    QCheckBox* documentBox(const std::string& document) const;
    QLabel* refusals() const { return refusals_; }
    QLabel* countdown() const { return countdown_; }
    QLabel* notice() const { return notice_; }
    QPushButton* saveButton() const { return save_; }
    QPushButton* submitButton() const { return submit_; }

Q_SIGNALS:
    // The candidate asks to build or change the offer of the company of this SIRET (14 digits).
    void offerRequested(const QString& siret);

private:
    // Editors for the tender's questions and documents, empty.
    void rebuild(const cmcsim::Tender& tender);
    // The company's saved offer versions, `version` selected (the latest when 0).
    void fillOffers(int version);
    // Fills the editors from `draft` (empty editors without one).
    void load(const cmcsim::TenderDraft* draft);
    // The engine's refusals of the form as it stands, and the buttons' states.
    void updateRefusals();

    StudioSession& session_;
    const cmcsim::TenderDesk* desk_ = nullptr;
    std::string id_, siret_;
    std::int64_t loadedDraft_ = -1;  // the entry of the draft the form was loaded from, 0 none
    bool editable_ = false;
    QLabel* notice_ = nullptr;
    QComboBox* offer_ = nullptr;
    QPushButton* offersLink_ = nullptr;
    QWidget* questionsBox_ = nullptr;
    QVBoxLayout* questions_ = nullptr;
    QWidget* documentsBox_ = nullptr;
    QVBoxLayout* documents_ = nullptr;
    std::map<std::string, std::pair<QPlainTextEdit*, QLabel*>> answers_;  // editor, word count
    std::map<std::string, QCheckBox*> documentBoxes_;
    QLabel* refusals_ = nullptr;
    QLabel* countdown_ = nullptr;
    QPushButton* save_ = nullptr;
    QPushButton* submit_ = nullptr;
};
