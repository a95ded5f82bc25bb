#pragma once

#include <QWidget>

#include "cmcsim/prospects/ProspectFilter.h"

class StudioSession;
class MultiSelectButton;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QSpinBox;

// The prospect file's filter bar: text search, then several values per criterion — sectors (NAF
// sections or divisions), size bands, collective agreements, départements, current insurer,
// coverage level, the candidate's own marks (verified, flagged, noted, tags) — a commune or a
// distance around it and a renewal window. Filters can be saved under a name (a journal
// command) and reloaded. Fits in two rows at 1366 px.
class FilterBar : public QWidget {
    Q_OBJECT
public:
    explicit FilterBar(StudioSession& session, QWidget* parent = nullptr);

    cmcsim::ProspectFilter filter() const;
    void setFilter(const cmcsim::ProspectFilter& filter);
    void clear();
    // Re-reads what depends on the attempt's state (saved filters, revealed cover, tags in use).
    void refresh();
    // Saves the current filter under `name`; returns false if the engine refused it.
    bool saveFilter(const QString& name);

    MultiSelectButton* sectors() const { return sector_; }
    MultiSelectButton* sizeBands() const { return sizeBand_; }
    MultiSelectButton* agreements() const { return idcc_; }
    MultiSelectButton* marks() const { return marks_; }

Q_SIGNALS:
    void filterChanged(const cmcsim::ProspectFilter& filter);
    // A short confirmation for the user (a filter saved).
    void notice(const QString& text);

private:
    void emitChange();
    void askAndSaveFilter();

    StudioSession& session_;
    bool loading_ = false;
    MultiSelectButton* sector_ = nullptr;
    MultiSelectButton* sizeBand_ = nullptr;
    MultiSelectButton* departement_ = nullptr;
    MultiSelectButton* idcc_ = nullptr;
    MultiSelectButton* insurer_ = nullptr;
    MultiSelectButton* level_ = nullptr;
    MultiSelectButton* marks_ = nullptr;
    QLineEdit* commune_ = nullptr;
    QSpinBox* radius_ = nullptr;
    QCheckBox* renewal_ = nullptr;
    QDateEdit* renewalFrom_ = nullptr;
    QDateEdit* renewalTo_ = nullptr;
    QLineEdit* text_ = nullptr;
    QComboBox* saved_ = nullptr;
};
