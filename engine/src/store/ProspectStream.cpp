#include "cmcsim/store/ProspectStream.h"

#include <fmt/format.h>

#include <unordered_set>

#include "MarketRows.h"
#include "SealedTableScan.h"
#include "cmcsim/prospects/CandidateKnowledge.h"
#include "cmcsim/store/AttemptReader.h"

namespace cmcsim {

namespace {
// What a line needs of its company when a study revealed every cover.
struct CompanyCover {
    std::int16_t health = -1, provident = -1;
    std::uint8_t level = 0;
    Date renewal;
    std::int32_t accountant = -1, broker = -1;
};
}  // namespace

struct ProspectStream::State {
    State(AttemptReader& r, const Knowledge& k)
        : reader(r), knowledge(k), codes(r.reference()), prospects(r, "prospect", "id") {}

    AttemptReader& reader;
    Knowledge knowledge;
    CodeMap codes;
    std::vector<Competitor> competitors;
    std::size_t lines = 0, establishments = 0, companies = 0, prescribers = 0;
    bool everyCover = false;                       // a study revealed every company's cover
    std::vector<std::uint32_t> companyOf;          // by establishment, when everyCover
    std::vector<CompanyCover> covers;              // by company, when everyCover
    std::unordered_set<std::uint32_t> duplicates;  // verified lines known duplicated
    SealedTableScan prospects;
    std::unique_ptr<RowReader> prospectRow;
    std::optional<Statement> establishmentById, companyById;
    ProspectRecord listed;
    Establishment truth;
    Company company;
    ProspectRow row;
    bool duplicate = false;
    std::int16_t provident = -2;

    void readCompetitors() {
        SealedTableScan scan(reader, "competitor", "id");
        RowReader r(reader.database(), scan.row(), "competitor");
        while (scan.step()) {
            r.stepped(0);
            competitors.push_back(readCompetitorRow(r));
        }
    }
    void readCovers() {
        covers.reserve(companies);
        SealedTableScan scan(reader, "company", "id");
        RowReader r(reader.database(), scan.row(), "company");
        const CompanyLimits limits{establishments, prescribers, competitors.size()};
        while (scan.step()) {
            r.stepped(0);
            const auto c = readCompanyRow(r, codes, limits);
            covers.push_back({c.health.insurer, c.provident.insurer, c.health.level,
                              c.health.renewal, c.accountant, c.broker});
        }
        companyOf.reserve(establishments);
        SealedTableScan establishmentScan(reader, "establishment", "id");
        RowReader e(reader.database(), establishmentScan.row(), "establishment");
        const auto lastCompany = static_cast<std::int64_t>(covers.size()) - 1;
        const auto range = fmt::format("un id de la table company (0 à {})", lastCompany);
        while (establishmentScan.step()) {
            e.stepped(0);
            companyOf.push_back(
                static_cast<std::uint32_t>(e.integer(2, "company_id", 0, lastCompany, range)));
        }
    }
    void readDuplicates() {
        SealedTableScan scan(reader, "defect", "id");
        RowReader r(reader.database(), scan.row(), "defect");
        while (scan.step()) {
            r.stepped(0);
            const auto d = readDefectRow(r, lines);
            if (d.kind == DefectKind::Duplicate && knowledge.verified[d.record])
                duplicates.insert(d.record);
        }
    }
    // The real establishment and company of a verified line, looked up by id.
    void lookUpTruth() {
        const auto& db = reader.database();
        if (!establishmentById) {
            establishmentById.emplace(
                reader.database().prepare("SELECT * FROM establishment WHERE id = ?"));
            companyById.emplace(reader.database().prepare("SELECT * FROM company WHERE id = ?"));
        }
        reader.verifyRows("establishment", listed.establishment);
        auto& e = *establishmentById;
        e.reset();
        e.bind(1, std::int64_t{listed.establishment});
        if (!e.step())
            failTable(db, "establishment", fmt::format("la ligne {}", listed.establishment + 1),
                      "aucune");
        RowReader er(db, e, "establishment");
        er.stepped(0, listed.establishment);
        truth = readEstablishmentRow(er, codes, companies);
        reader.verifyRows("company", truth.company);
        auto& c = *companyById;
        c.reset();
        c.bind(1, std::int64_t{truth.company});
        if (!c.step())
            failTable(db, "company", fmt::format("la ligne {}", truth.company + 1), "aucune");
        RowReader cr(db, c, "company");
        cr.stepped(0, truth.company);
        company = readCompanyRow(cr, codes, {establishments, prescribers, competitors.size()});
    }
    // The company of an unverified line, from the tables read whole.
    void coverOnly() {
        const auto& c = covers[companyOf[listed.establishment]];
        company.health.insurer = c.health;
        company.health.level = c.level;
        company.health.renewal = c.renewal;
        company.provident.insurer = c.provident;
        company.accountant = c.accountant;
        company.broker = c.broker;
    }
};

ProspectStream::ProspectStream(AttemptReader& reader, const Knowledge& knowledge)
    : state_(std::make_unique<State>(reader, knowledge)) {
    checkOpenedTables(reader);
    auto& s = *state_;
    s.lines = static_cast<std::size_t>(tableRows(reader, "prospect"));
    s.establishments = static_cast<std::size_t>(tableRows(reader, "establishment"));
    s.companies = static_cast<std::size_t>(tableRows(reader, "company"));
    s.prescribers = static_cast<std::size_t>(tableRows(reader, "prescriber"));
    s.knowledge.verified.resize(s.lines);
    s.knowledge.census.resize(s.lines);
    s.readCompetitors();
    const auto& k = s.knowledge;
    s.everyCover = CandidateKnowledge::needsTruth(k, false);
    if (s.everyCover) s.readCovers();
    for (const auto v : k.verified) {
        if (v == 0) continue;
        s.readDuplicates();
        break;
    }
    s.prospectRow = std::make_unique<RowReader>(reader.database(), s.prospects.row(), "prospect");
}

ProspectStream::~ProspectStream() = default;

std::size_t ProspectStream::size() const {
    return state_->lines;
}
const std::vector<Competitor>& ProspectStream::competitors() const {
    return state_->competitors;
}
std::size_t ProspectStream::prescribers() const {
    return state_->prescribers;
}
const Knowledge& ProspectStream::knowledge() const {
    return state_->knowledge;
}
const Contact& ProspectStream::contact() const {
    return state_->listed.contact;
}

const ProspectRow& ProspectStream::row() const {
    return state_->row;
}
bool ProspectStream::knownDuplicate() const {
    return state_->duplicate;
}
std::int16_t ProspectStream::providentInsurer() const {
    return state_->provident;
}

bool ProspectStream::next() {
    auto& s = *state_;
    if (!s.prospects.step()) return false;
    s.prospectRow->stepped(0);
    const auto line = static_cast<std::uint32_t>(s.prospects.position());
    if (line >= s.lines)  // a format-1 file may have more rows than counted; a sealed one cannot
        failTable(s.reader.database(), "prospect", fmt::format("{} lignes", s.lines), "davantage");
    s.listed = readProspectRow(*s.prospectRow, s.codes, s.establishments);
    const bool verified = s.knowledge.verified[line] != 0;
    if (verified)
        s.lookUpTruth();
    else if (s.everyCover)
        s.coverOnly();
    CandidateKnowledge::describe(s.knowledge, verified, s.listed, s.truth, s.company, s.row);
    s.row.record = line;
    s.row.siret = s.listed.siret;
    s.row.commune = s.listed.commune;
    s.duplicate = verified && s.duplicates.contains(line);
    const auto provident = CandidateKnowledge::cover(s.knowledge, s.company.provident);
    s.provident = provident ? provident->insurer : std::int16_t{-2};
    return true;
}

}  // namespace cmcsim
