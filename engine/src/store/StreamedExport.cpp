#include "cmcsim/store/StreamedExport.h"

#include "cmcsim/core/InputError.h"
#include "cmcsim/report/ProspectCells.h"
#include "cmcsim/report/ProspectXlsx.h"
#include "cmcsim/store/AttemptReader.h"
#include "cmcsim/store/ProspectStream.h"

namespace cmcsim {

namespace {
// The candidate's state and the lines as the candidate sees them, cell by cell.
struct ExportLines {
    explicit ExportLines(AttemptReader& reader)
        : state(reader.replay()),
          lines(reader, state.knowledge()),
          cells(reader.reference(), lines.competitors()) {}

    // The cells of the next line; false after the last (once the table was checked whole).
    bool next(std::vector<std::string>& out) {
        if (!lines.next()) return false;
        const auto& records = state.records();
        const auto it = records.find(lines.row().record);
        cells(lines.row(), lines.contact(), it == records.end() ? nullptr : &it->second, out);
        return true;
    }

    AttemptState state;
    ProspectStream lines;
    ProspectCells cells;
};
}  // namespace

std::size_t StreamedExport::csv(AttemptReader& reader, CsvDialect dialect, std::ostream& out) {
    ExportLines lines(reader);
    const ProspectCsv writer(reader.reference(), dialect);
    writer.writeHeader(out);
    std::vector<std::string> cells;
    std::size_t written = 0;
    for (; lines.next(cells); ++written) writer.writeRow(cells, out);
    return written;
}

std::size_t StreamedExport::xlsx(AttemptReader& reader, const std::filesystem::path& file) {
    ExportLines lines(reader);
    const auto count = lines.lines.size();
    ProspectXlsx::write(
        count,
        [&](std::size_t, std::vector<std::string>& cells) {
            if (!lines.next(cells))
                throw InputError(reader.file().string(),
                                 "fichier endommagé : table prospect : moins de lignes que "
                                 "comptées");
        },
        file);
    // Reads past the last line, which checks the last block and the count against the seal.
    std::vector<std::string> rest;
    if (lines.next(rest))
        throw InputError(reader.file().string(),
                         "fichier endommagé : table prospect : plus de lignes que comptées");
    return count;
}

}  // namespace cmcsim
