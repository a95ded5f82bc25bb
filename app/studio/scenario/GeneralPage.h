#pragma once

#include "scenario/ScenarioPage.h"

class QLineEdit;
class QPlainTextEdit;
class QDateEdit;
class QSpinBox;

// The scenario's identity and period: id, title, author, version, brief, start date, duration
// and seed.
class GeneralPage : public ScenarioPage {
    Q_OBJECT
public:
    explicit GeneralPage(QWidget* parent = nullptr);
    void load(const cmcsim::Scenario& scenario) override;
    void store(cmcsim::Scenario& scenario, std::vector<cmcsim::Problem>& problems) const override;

private:
    QLineEdit *id_, *title_, *author_, *version_, *seed_;
    QPlainTextEdit* brief_;
    QDateEdit* start_;
    QSpinBox* weeks_;
};
