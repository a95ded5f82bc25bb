#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/prospects/ProspectView.h"
#include "cmcsim/report/ProspectCells.h"

namespace cmcsim {

struct ReferenceData;

// How a column of an export is typed: a writer keeps codes as text (leading zeros: commune
// 01053, IDCC 0016, band 01), writes integers as numbers and dates as dates.
enum class ExportCellKind { Text, Code, Integer, Date };

// One column of the prospect export: its key (the header of every format), its type, and its
// width in characters (XLSX).
struct ExportColumn {
    std::string_view key;
    ExportCellKind kind = ExportCellKind::Text;
    double width = 12;
};

// The prospect export as a table, shared by every format (ProspectCsv, ProspectXlsx): the view's
// columns for the given lines — listed or verified values, the candidate's marks (verified,
// flags, tags, notes) and what studies revealed (health insurer, level, renewal, own client).
// Every cell is one line (oneLine): no export ever carries a line break inside a cell.
class ProspectTable {
public:
    // `records`: the candidate's marks (AttemptState::records()); nullptr for none.
    ProspectTable(const ReferenceData& reference, const ProspectView& view,
                  std::vector<std::uint32_t> lines,
                  const std::map<std::uint32_t, RecordNotes>* records = nullptr);

    static const std::vector<ExportColumn>& columns();
    std::size_t size() const { return lines_.size(); }
    // The cells of the i-th line, in columns() order. Dates are ISO (2026-03-01), booleans
    // "oui"/"non", lists joined with " | ", an unknown value empty.
    void row(std::size_t i, std::vector<std::string>& cells) const;

private:
    const ProspectView& view_;
    std::vector<std::uint32_t> lines_;
    const std::map<std::uint32_t, RecordNotes>* records_;
    mutable ProspectCells cells_;
};

}  // namespace cmcsim
