#include "cmcsim/report/ProspectCsv.h"

#include <fmt/format.h>

#include <array>

#include "cmcsim/core/Siret.h"
#include "cmcsim/reference/ReferenceData.h"

namespace cmcsim {

namespace {
const std::array<const char*, 17> kHeader = {"siret",
                                             "siren",
                                             "raison_sociale",
                                             "naf",
                                             "libelle_naf",
                                             "tranche_effectif",
                                             "libelle_tranche",
                                             "effectif",
                                             "code_commune",
                                             "commune",
                                             "departement",
                                             "idcc",
                                             "convention_collective",
                                             "contact",
                                             "fonction",
                                             "telephone",
                                             "email"};
}

bool ProspectCsv::parseDialect(std::string_view name, CsvDialect& dialect) {
    if (name == "excel-fr")
        dialect = CsvDialect::ExcelFr;
    else if (name == "rfc4180")
        dialect = CsvDialect::Rfc4180;
    else
        return false;
    return true;
}

std::string ProspectCsv::cell(std::string_view text) const {
    std::string value(text);
    // OWASP CSV injection: a leading = + - @ tab or CR makes a spreadsheet evaluate the cell.
    if (!value.empty() &&
        std::string_view("=+-@\t\r").find(value.front()) != std::string_view::npos)
        value.insert(value.begin(), '\'');
    const char separator = dialect_ == CsvDialect::ExcelFr ? ';' : ',';
    if (value.find_first_of(std::string{separator, '"', '\n', '\r'}) == std::string::npos)
        return value;
    std::string quoted = "\"";
    for (char c : value) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    return quoted + '"';
}

void ProspectCsv::write(const Market& market, std::ostream& out) const {
    const ProspectView view(market, reference_, Knowledge{});
    std::vector<std::uint32_t> all(view.rows().size());
    for (std::uint32_t i = 0; i < all.size(); ++i) all[i] = i;
    write(view, all, out);
}

void ProspectCsv::write(const ProspectView& view, const std::vector<std::uint32_t>& lines,
                        std::ostream& out) const {
    const bool excel = dialect_ == CsvDialect::ExcelFr;
    const char* separator = excel ? ";" : ",";
    if (excel) out << "\xEF\xBB\xBF";
    for (std::size_t i = 0; i < kHeader.size(); ++i) out << (i ? separator : "") << kHeader[i];
    out << "\r\n";
    const auto& ref = reference_;
    std::string line;
    for (const auto index : lines) {
        const auto& p = view.rows()[index];
        const auto& naf = ref.naf.codes()[p.naf];
        const auto& band = ref.sizes.insee()[p.sizeBand];
        const auto& commune = ref.geography.communes()[p.commune];
        std::string idccCode, idccTitle;
        if (p.idcc >= 0) {
            const auto& a = ref.idcc.agreements()[static_cast<std::size_t>(p.idcc)];
            idccCode = a.idcc;
            idccTitle = IdccCatalogue::shortTitle(a.title);
        }
        const std::array<std::string, 17> cells = {
            siret::formatSiret(p.siret),
            siret::formatSiren(p.siret / 100000),
            *p.name,
            naf.code,
            naf.label,
            band.code,
            band.label,
            p.sizeBand == ref.sizes.unknownBand() ? std::string() : std::to_string(p.headcount),
            commune.code,
            commune.name,
            commune.departement,
            idccCode,
            idccTitle,
            p.contact->name,
            p.contact->role,
            p.contact->phone,
            p.contact->email};
        line.clear();
        for (std::size_t i = 0; i < cells.size(); ++i) {
            if (i) line += separator;
            line += cell(cells[i]);
        }
        out << line << "\r\n";
    }
}

}  // namespace cmcsim
