#pragma once

#include <QComboBox>
#include <QString>
#include <array>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "cmcsim/assess/Evaluation.h"

class QTableWidget;

// The verdict choosers of the grid forms and the agreement view: "à juger" first (no verdict),
// then the framework's four verdicts in their order.
namespace GridVerdicts {

inline constexpr std::array<cmcsim::Verdict, 4> kOrder{
    cmcsim::Verdict::Acquis, cmcsim::Verdict::PartiellementAcquis, cmcsim::Verdict::NonAcquis,
    cmcsim::Verdict::AApprecier};

// A combo box with "— à juger —" and the four verdicts (French, coloured).
QComboBox* chooser(const QString& unset);
// Selects `verdict` (or "à juger" for nothing).
void select(QComboBox& box, std::optional<cmcsim::Verdict> verdict);
std::optional<cmcsim::Verdict> selected(const QComboBox& box);
// The judgement of every row of `table` given a verdict (its chooser in `verdictColumn`, its
// comment in `commentColumn`, trimmed), keyed by the criterion's id held in column 0 under
// Qt::UserRole; rows left "à juger" are left out.
std::vector<std::pair<std::string, cmcsim::Judgement>> judgements(const QTableWidget& table,
                                                                  int verdictColumn,
                                                                  int commentColumn);

// Disables the choosers of `verdictColumn` and makes the comments of `commentColumn` read-only
// when `locked` (a signed grid), or enables both; not an edit (no itemChanged).
void lock(QTableWidget& table, int verdictColumn, int commentColumn, bool locked);

}  // namespace GridVerdicts
