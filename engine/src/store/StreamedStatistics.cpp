#include "cmcsim/store/StreamedStatistics.h"

#include <fmt/format.h>

#include <exception>
#include <thread>

#include "MarketRows.h"
#include "SealedTableScan.h"
#include "cmcsim/market/BreakdownTally.h"
#include "cmcsim/prospects/KnownMarketTally.h"
#include "cmcsim/store/AttemptReader.h"
#include "cmcsim/store/ProspectStream.h"

namespace cmcsim {

namespace {
// What the statistics need of a company.
struct CompanyFacts {
    std::uint32_t first = 0, count = 0;
    std::int16_t idcc = -1, health = -1, provident = -1;
    std::uint8_t level = 0;
    Date renewal;
};
}  // namespace

MarketStatistics StreamedStatistics::truth(AttemptReader& reader, std::size_t top) {
    checkOpenedTables(reader);
    const auto& ref = reader.reference();
    auto& db = reader.database();
    const CodeMap codes(ref);
    MarketStatistics s;
    const auto establishments = static_cast<std::size_t>(tableRows(reader, "establishment"));
    s.prospectRecords = static_cast<std::uint64_t>(tableRows(reader, "prospect"));
    s.prescribers = static_cast<std::uint64_t>(tableRows(reader, "prescriber"));

    std::vector<Competitor> competitors;
    {
        SealedTableScan scan(reader, "competitor", "id");
        RowReader r(db, scan.row(), "competitor");
        while (scan.step()) {
            r.stepped(0);
            competitors.push_back(readCompetitorRow(r));
        }
    }
    // The company and establishment tables' blocks are checked against the seal on a second
    // connection and core while this thread reads them; a damaged row found here is reported
    // first, then an edited block.
    std::exception_ptr edited;
    std::jthread check([&, file = reader.file()] {
        try {
            AttemptReader other(file, ref);
            for (const auto* table : {"company", "establishment"}) {
                SealedTableScan scan(other, table, "id");
                while (scan.step()) {
                }
            }
        } catch (...) {
            edited = std::current_exception();
        }
    });
    std::vector<CompanyFacts> companies;
    companies.reserve(static_cast<std::size_t>(tableRows(reader, "company")));
    {
        auto rows = db.prepare("SELECT * FROM company ORDER BY id");
        RowReader r(db, rows, "company");
        const CompanyLimits limits{establishments, static_cast<std::size_t>(s.prescribers),
                                   competitors.size()};
        while (r.step(0)) {
            const auto c = readCompanyRow(r, codes, limits);
            companies.push_back({c.firstEstablishment, c.establishmentCount, c.idcc,
                                 c.health.insurer, c.provident.insurer, c.health.level,
                                 c.health.renewal});
        }
    }
    s.companies = companies.size();
    MarketTallies t(ref, competitors);
    std::vector<std::uint32_t> headcounts;
    headcounts.reserve(establishments);
    {
        auto rows = db.prepare("SELECT * FROM establishment ORDER BY id");
        RowReader r(db, rows, "establishment");
        while (r.step(0)) {
            const auto e = readEstablishmentRow(r, codes, companies.size());
            const auto& company = companies[e.company];
            checkCompanyOf(r, e, company.first, company.count);
            if (e.closed) ++s.closedEstablishments;
            s.employees += e.headcount;
            t.addEstablishment(e.naf, e.sizeBand, e.commune, company.idcc, e.headcount);
            headcounts.push_back(e.headcount);
        }
        check.join();
        if (edited) std::rethrow_exception(edited);
    }
    s.establishments = headcounts.size();
    for (std::size_t i = 0; i < companies.size(); ++i) {
        const auto& c = companies[i];
        if (c.first + c.count > headcounts.size())
            failTable(db, "company", fmt::format("ligne {} : des établissements présents", i + 1),
                      "des établissements manquants");
        // Employees of the company on the territory, not its national headcount.
        std::uint64_t employees = 0;
        for (std::uint32_t e = 0; e < c.count; ++e) employees += headcounts[c.first + e];
        t.addCover(c.health, c.level, c.renewal, c.provident, employees);
    }
    s.breakdowns = t.take(top);

    BreakdownTally defects;
    SealedTableScan scan(reader, "defect", "id");
    RowReader r(db, scan.row(), "defect");
    while (scan.step()) {
        r.stepped(0);
        MarketStatistics::addDefect(defects, readDefectRow(r, s.prospectRecords).kind);
    }
    s.defects = MarketStatistics::takeDefects(defects);
    return s;
}

MarketStatistics StreamedStatistics::candidate(AttemptReader& reader, const Knowledge& knowledge,
                                               std::size_t top) {
    ProspectStream lines(reader, knowledge);
    KnownMarketTally tally(reader.reference(), lines.competitors(), lines.size());
    while (lines.next()) tally.add(lines.row(), lines.knownDuplicate(), lines.providentInsurer());
    auto s = tally.take(top);
    s.prospectRecords = lines.size();
    s.prescribersKnown = knowledge.prescribers;
    s.prescribers = s.prescribersKnown ? lines.prescribers() : 0;
    return s;
}

}  // namespace cmcsim
