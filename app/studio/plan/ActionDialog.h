#pragma once

#include <QDialog>

#include "cmcsim/plan/ActionPlan.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class StudioSession;

// The form of one action of the plan (Plan d'actions ▸ Actions): its kind, target segment or
// named companies (searched in the prospect file as the candidate sees it), prescriber kind,
// weeks (those already played cannot be chosen), contacts per week, declared hours and budget
// (prefilled from the cost model until the candidate changes them; Estimer fills them again),
// expected yield and description. The workspace runs the journal command with action().
class ActionDialog : public QDialog {
    Q_OBJECT
public:
    // A new action when `action` is null, else that action to modify (its id cannot change).
    ActionDialog(const StudioSession& session, const cmcsim::PlannedAction* action,
                 QWidget* parent = nullptr);

    cmcsim::PlannedAction action() const;
    // Sets the declared hours per week and total budget to the cost model's figures.
    void estimate();
    // Adds the company whose SIRET the entry holds ("raison sociale (SIRET)" or a SIRET alone);
    // false when no line of the prospect file has it.
    bool addCompany(const QString& entry);

private:
    void updateModel();
    void updateKind();

    const StudioSession& session_;
    QLineEdit* id_ = nullptr;
    QComboBox* kind_ = nullptr;
    QComboBox* segment_ = nullptr;
    QLineEdit* company_ = nullptr;
    QListWidget* companies_ = nullptr;
    QComboBox* prescriber_ = nullptr;
    QSpinBox* first_ = nullptr;
    QSpinBox* last_ = nullptr;
    QSpinBox* contacts_ = nullptr;
    QDoubleSpinBox* hours_ = nullptr;
    QDoubleSpinBox* budget_ = nullptr;
    QLabel* model_ = nullptr;
    QDoubleSpinBox* yield_ = nullptr;
    QPlainTextEdit* description_ = nullptr;
    QPushButton* ok_ = nullptr;
    bool followModel_ = true;  // hours and budget follow the model until the candidate edits them
    bool updating_ = false;    // estimate() is setting hours and budget
};
