#pragma once

#include <QWidget>
#include <memory>

namespace cmcsim {
class TenderDesk;
}

class QLabel;
class QStackedWidget;
class QTabWidget;
class StudioSession;
class TenderDebriefPage;
class TenderList;
class TenderQuestionsPanel;
class TenderResponseForm;
class TenderSpecificationsPage;

// The "Appels d'offres" workspace: the calls for tender published by the simulated date, and for
// the one selected its specifications (read as information acquired, exported as PDF), the
// questions to the company with its answers, the response form with the engine's refusals and
// *Déposer*, and the debrief after the award week. Everything comes from the engine's TenderDesk;
// every action is a journal command ("ao.lecture", "ao.question", "ao.reponse", "ao.depot").
class TenderWorkspace : public QWidget {
    Q_OBJECT
public:
    explicit TenderWorkspace(StudioSession& session, QWidget* parent = nullptr);
    ~TenderWorkspace() override;

    // Selects tender `id` in the list and shows it; false when it is not published.
    bool showTender(const QString& id);

    TenderList* list() const { return list_; }
    QTabWidget* pages() const { return pages_; }
    TenderSpecificationsPage* specifications() const { return specifications_; }
    TenderQuestionsPanel* questions() const { return questions_; }
    TenderResponseForm* response() const { return response_; }
    TenderDebriefPage* debrief() const { return debrief_; }
    QLabel* header() const { return header_; }
    QLabel* emptyState() const { return empty_; }

    enum Page { kSpecificationsPage, kQuestionsPage, kResponsePage, kDebriefPage };

Q_SIGNALS:
    // The candidate asks for the Offres workspace on the company of this SIRET (14 digits).
    void offerRequested(const QString& siret);

protected:
    void showEvent(QShowEvent* event) override;

private:
    // Rebuilds the desk from the state shown and shows the list and the selected tender.
    void refresh();
    void showSelected(bool tenderChanged);

    StudioSession& session_;
    std::unique_ptr<cmcsim::TenderDesk> desk_;
    QString shown_;      // the tender shown, empty if none
    bool stale_ = true;  // the session changed while the workspace was hidden
    QLabel* week_ = nullptr;
    TenderList* list_ = nullptr;
    QStackedWidget* detail_ = nullptr;
    QLabel* empty_ = nullptr;
    QLabel* header_ = nullptr;
    QTabWidget* pages_ = nullptr;
    TenderSpecificationsPage* specifications_ = nullptr;
    TenderQuestionsPanel* questions_ = nullptr;
    TenderResponseForm* response_ = nullptr;
    TenderDebriefPage* debrief_ = nullptr;
};
