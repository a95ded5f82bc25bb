#pragma once

#include <cstddef>
#include <filesystem>
#include <ostream>

#include "cmcsim/report/ProspectCsv.h"

namespace cmcsim {

class AttemptReader;

// The prospect export of an attempt file (CLI `market export`) written line by line as it is
// read (ProspectStream: the candidate's view now, with the journal's marks), without building
// the market: the same bytes as ProspectCsv and the same cells as ProspectXlsx over
// AttemptFile::open's market. A row the seal refuses throws InputError "épreuve altérée : …"
// after the lines before its block were written: write to a file committed at the end.
struct StreamedExport {
    // Both return the lines written.
    static std::size_t csv(AttemptReader& reader, CsvDialect dialect, std::ostream& out);
    static std::size_t xlsx(AttemptReader& reader, const std::filesystem::path& file);
};

}  // namespace cmcsim
