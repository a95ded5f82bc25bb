#pragma once

#include <QWidget>
#include <map>
#include <set>
#include <string>

class QLabel;
class QPushButton;
class QTabWidget;
class StudioSession;
class QStackedLayout;
namespace cmcsim {
struct StudyOffer;
}

// The market studies the scenario offers: their price in budget and analysis days, a button to
// buy each one (a journal command), and what each bought study reveals.
class StudiesPanel : public QWidget {
    Q_OBJECT
public:
    explicit StudiesPanel(StudioSession& session, QWidget* parent = nullptr);
    ~StudiesPanel() override;

    // Updates prices against what is left and shows the findings of newly bought studies.
    void refresh();

    QPushButton* buyButton(const QString& studyId) const;  // nullptr for an unknown study
    QTabWidget* findings() const { return findings_; }

private:
    void buy(const QString& studyId);  // after the candidate confirms the cost
    // Asks before a purchase, with its cost and what will remain; true when confirmed.
    bool confirmPurchase(const cmcsim::StudyOffer& study);
    void rebuildFindings();
    QWidget* findingsPage(std::size_t study) const;

    StudioSession& session_;
    struct Card {  // what changes on a study's card: the button, or "Achetée" once bought
        QPushButton* button = nullptr;
        QLabel* status = nullptr;
    };
    std::map<std::string, Card> cards_;  // by study id
    std::set<std::string> shown_;        // bought studies whose findings are on display
    QTabWidget* findings_ = nullptr;
    QLabel* empty_ = nullptr;
    QStackedLayout* findingsStack_ = nullptr;  // empty_ until a study is bought, then findings_
};
