#pragma once

#include <QDialog>

#include "cmcsim/plan/ActionPlan.h"

class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

// The small form of one objective of the plan (Plan d'actions ▸ Objectifs): a week of the
// scenario or a month, new contracts, annual premiums signed and the daily calls objective.
class ObjectiveDialog : public QDialog {
    Q_OBJECT
public:
    // `weeks`: the scenario's duration; `firstWeek`: the first week not yet played.
    ObjectiveDialog(int weeks, int firstWeek, QWidget* parent = nullptr);

    cmcsim::PlanObjective objective() const;

private:
    QComboBox* scope_ = nullptr;  // week or month
    QSpinBox* week_ = nullptr;
    QComboBox* month_ = nullptr;
    QSpinBox* contracts_ = nullptr;
    QDoubleSpinBox* premiums_ = nullptr;
    QSpinBox* calls_ = nullptr;
};
