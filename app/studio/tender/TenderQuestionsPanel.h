#pragma once

#include <QWidget>

namespace cmcsim {
struct Tender;
class TenderDesk;
}  // namespace cmcsim

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class StudioSession;

// The candidate's questions to the company about a call for tender, each with the company's
// answer (TenderDesk::questions), and the field to ask one more until the questions' deadline
// (the "ao.question" command).
class TenderQuestionsPanel : public QWidget {
    Q_OBJECT
public:
    explicit TenderQuestionsPanel(StudioSession& session, QWidget* parent = nullptr);

    void showTender(const cmcsim::TenderDesk& desk, const cmcsim::Tender& tender);
    // Asks the question typed; false when the engine refused it (the window says why).
    bool ask();

    QPlainTextEdit* question() const { return question_; }
    QPushButton* askButton() const { return ask_; }
    QTextBrowser* answers() const { return answers_; }
    QLabel* deadline() const { return deadline_; }

private:
    StudioSession& session_;
    QString id_;
    QTextBrowser* answers_ = nullptr;
    QLabel* deadline_ = nullptr;
    QPlainTextEdit* question_ = nullptr;
    QPushButton* ask_ = nullptr;
};
