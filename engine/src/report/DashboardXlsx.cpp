#include "cmcsim/report/DashboardXlsx.h"

#include "cmcsim/report/DashboardTables.h"
#include "cmcsim/report/TablesXlsx.h"

namespace cmcsim {

void DashboardXlsx::write(const Dashboard& dashboard, const DashboardSubject& subject,
                          const std::filesystem::path& file) {
    // The summary sheet: the document's title block, one line each.
    std::vector<std::string> summary;
    for (const auto& line : DashboardDocument::build(dashboard, subject).banner) {
        std::string text;
        for (const auto& run : line) text += run.text;
        summary.push_back(std::move(text));
    }
    TablesXlsx::write(summary, DashboardTables::of(dashboard), file);
}

}  // namespace cmcsim
