#pragma once

#include <filesystem>

#include "cmcsim/compare/AttemptComparison.h"
#include "cmcsim/report/Document.h"

namespace cmcsim {

// The exports of a group comparison (issue 13 §2), built from ComparisonTables so that the PDF,
// the workbook and the studio show the same figures.
struct ComparisonDocument {
    // The comparison as a Document, in French: a title block (scenario, attempts compared and
    // set apart), the verdicts per criterion of each attempt in colour (A, P, N, with the score;
    // « — » to appreciate), the key figures, the distributions with their outliers and the rule
    // that defines them, the verdicts' counts, and the files set apart with their reasons. The CLI
    // (`cmcsim compare --pdf`) and the studio render the same Document.
    static Document build(const AttemptComparison& comparison);
    // Writes the workbook (TablesXlsx: "Synthèse", then every table of ComparisonTables::all);
    // InputError naming `file` when it cannot be written.
    static void writeXlsx(const AttemptComparison& comparison, const std::filesystem::path& file);
};

}  // namespace cmcsim
