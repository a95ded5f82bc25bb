#pragma once

#include <QTableWidget>

#include "cmcsim/compare/AttemptComparison.h"

// The attempts × criteria (or × assessed indicators) table of a comparison: each cell the verdict
// and score (« A 100 », « P 55 », « N 0 », « — » to appreciate) on its verdict's colour, the full
// verdict and the wording in its tooltip.
class VerdictTable : public QTableWidget {
    Q_OBJECT
public:
    explicit VerdictTable(QWidget* parent = nullptr);
    void setComparison(const cmcsim::AttemptComparison& comparison, bool indicators);
};
