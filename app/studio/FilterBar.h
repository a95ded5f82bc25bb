#pragma once

#include <QWidget>

#include "cmcsim/plan/ProspectFilter.h"

class StudioSession;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QSpinBox;

// The prospect file's filter bar: sector, size band, département, commune or distance around
// it, collective agreement, current insurer, renewal window, coverage level and text search;
// filters can be saved under a name (a journal command) and reloaded.
class FilterBar : public QWidget {
    Q_OBJECT
public:
    explicit FilterBar(StudioSession& session, QWidget* parent = nullptr);

    cmcsim::ProspectFilter filter() const;
    void setFilter(const cmcsim::ProspectFilter& filter);
    void clear();
    // Re-reads what depends on the attempt's state (saved filters, revealed cover).
    void refresh();

Q_SIGNALS:
    void filterChanged(const cmcsim::ProspectFilter& filter);

private:
    void emitChange();
    void saveFilter();

    StudioSession& session_;
    bool loading_ = false;
    QComboBox* section_ = nullptr;
    QComboBox* sizeBand_ = nullptr;
    QComboBox* departement_ = nullptr;
    QLineEdit* commune_ = nullptr;
    QSpinBox* radius_ = nullptr;
    QComboBox* idcc_ = nullptr;
    QComboBox* insurer_ = nullptr;
    QCheckBox* renewal_ = nullptr;
    QDateEdit* renewalFrom_ = nullptr;
    QDateEdit* renewalTo_ = nullptr;
    QComboBox* level_ = nullptr;
    QLineEdit* text_ = nullptr;
    QComboBox* saved_ = nullptr;
};
