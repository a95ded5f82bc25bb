#pragma once

#include <QWidget>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <vector>

#include "cmcsim/offer/Diagnosis.h"
#include "cmcsim/offer/OfferStudy.h"
#include "cmcsim/report/Document.h"

class StudioSession;
class OfferBuilder;
class OfferResultsPanel;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class FoldingCompleter;
class QTextBrowser;
class QTimer;

// The "Offres" workspace: choose a company, read its diagnosis (from what the candidate knows:
// an estimated census until the company sent its own), build an offer with live price,
// compliance, risk and charts from the engine, save its versions to the journal and export the
// proposal as PDF.
class OfferWorkspace : public QWidget {
    Q_OBJECT
public:
    explicit OfferWorkspace(StudioSession& session, QWidget* parent = nullptr);
    ~OfferWorkspace() override;

    // Shows the company of this SIRET (14 digits), its diagnosis and its latest saved offer.
    void showCompany(const QString& siret);
    OfferBuilder* builder() const { return builder_; }
    // Saves the form as a new version of the company's offer (a journal command).
    bool saveOffer();
    // Writes the proposal to `file` (asks for one when empty); returns the file, empty on failure
    // or when the user declines to export a non-compliant offer (asked in the message box named
    // "nonCompliantExport", unless `nonCompliantConfirmed`).
    QString exportPdf(const QString& file = {}, bool nonCompliantConfirmed = false);
    // The proposal of the offer in the form (the engine's document, as `cmcsim proposal` builds
    // it); empty while the offer cannot be priced.
    cmcsim::Document proposal() const;
    // The study of the offer in the form, null while it cannot be priced.
    const cmcsim::OfferStudy* study() const { return study_.get(); }

    // Recomputes now instead of after the debounce delay.
    void recompute();
    QString siret() const {
        return diagnosis_ ? QString::fromStdString(diagnosis_->siret) : QString();
    }
    QTextBrowser* diagnosisView() const { return diagnosisView_; }
    // Asks the company for the census of its lines not yet known (journal commands).
    bool requestCensus();
    QPushButton* censusButton() const { return requestCensus_; }
    QListWidget* versions() const { return versions_; }
    // The companies that have a saved offer, each once (opens the company when clicked).
    QListWidget* savedCompanies() const { return savedCompanies_; }
    OfferResultsPanel* results() const { return results_; }
    QLabel* banner() const { return banner_; }
    // Whether the offer in the form is priced and meets every rule (false while it cannot be
    // priced).
    bool isCompliant() const;

Q_SIGNALS:
    // Asks the window for the SIRET of the line selected in the prospect file (empty if none).
    void selectedCompanyRequested(QString& siret);

private:
    void refreshCompanies();
    void refreshVersions();
    void refreshSavedCompanies();
    // Shows the company whose SIRET the entry holds ("raison sociale (SIRET)" or the SIRET alone).
    void pickCompany(const QString& entry);
    // Re-reads the diagnosis from what the candidate knows now (after a command).
    void refreshDiagnosis();
    std::vector<std::uint32_t> linesWithoutCensus() const;
    nlohmann::json defaultOffer() const;

    StudioSession& session_;
    std::optional<cmcsim::Diagnosis> diagnosis_;
    std::unique_ptr<cmcsim::OfferStudy> study_;
    QComboBox* segment_ = nullptr;
    QLineEdit* company_ = nullptr;
    FoldingCompleter* companies_ = nullptr;
    QTextBrowser* diagnosisView_ = nullptr;
    QListWidget* versions_ = nullptr;
    QListWidget* savedCompanies_ = nullptr;
    OfferBuilder* builder_ = nullptr;
    QLabel* banner_ = nullptr;
    QPushButton* save_ = nullptr;
    QPushButton* requestCensus_ = nullptr;
    QPushButton* export_ = nullptr;
    OfferResultsPanel* results_ = nullptr;
    QTimer* debounce_ = nullptr;
};
