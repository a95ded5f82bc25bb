#include "cmcsim/store/AttemptRegister.h"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>

#include "cmcsim/attempt/Journal.h"
#include "cmcsim/core/FormulaCell.h"
#include "cmcsim/core/InputError.h"
#include "cmcsim/core/OutputFile.h"
#include "cmcsim/core/TextFile.h"
#include "cmcsim/core/TextFold.h"
#include "cmcsim/core/Utf8.h"

namespace cmcsim {

namespace {
constexpr std::size_t kMaxListBytes = 1 << 20;
constexpr std::size_t kMaxNameBytes = 100;
constexpr const char* kHeaderV1 = "candidat;fichier;empreinte_creation";
constexpr const char* kHeader = "candidat;fichier;empreinte_creation;recu";

// A whole file through TextFile (no FIFO, device or oversized file), without its UTF-8 BOM.
std::string readSmallFile(const std::filesystem::path& path, std::size_t limit) {
    auto text = TextFile::read(path, limit);
    if (text.starts_with("\xEF\xBB\xBF")) text.erase(0, 3);
    return text;
}

// The first field of a CSV line (";" or "," separated, "…" quoted with "" for a quote).
std::string firstField(const std::string& line) {
    std::string field;
    if (!line.starts_with('"')) return line.substr(0, line.find_first_of(";,"));
    for (std::size_t i = 1; i < line.size(); ++i) {
        if (line[i] == '"') {
            if (i + 1 < line.size() && line[i + 1] == '"') {
                field += '"';
                ++i;
            } else {
                break;
            }
        } else {
            field += line[i];
        }
    }
    return field;
}

std::string trim(const std::string& s) {
    const auto first = s.find_first_not_of(" \t");
    if (first == std::string::npos) return {};
    return s.substr(first, s.find_last_not_of(" \t") - first + 1);
}
}  // namespace

std::vector<std::string> AttemptRegister::readCandidates(const std::filesystem::path& csv) {
    const auto text = readSmallFile(csv, kMaxListBytes);
    std::vector<std::string> names;
    std::vector<Problem> problems;
    std::map<std::string, std::size_t> seen;
    std::istringstream lines(text);
    std::string line;
    for (std::size_t number = 1; std::getline(lines, line); ++number) {
        if (line.ends_with('\r')) line.pop_back();
        const auto where = fmt::format("{}:{}", csv.string(), number);
        if (!utf8::isValid(line)) {
            problems.push_back({where, "texte qui n'est pas de l'UTF-8 valide"});
            continue;
        }
        const auto name = trim(firstField(line));
        const auto folded = foldText(name);
        if (number == 1 && (folded == "nom" || folded == "candidat")) continue;
        if (trim(line).empty()) continue;  // blank lines are ignored
        if (name.empty())
            problems.push_back({where, "nom de candidat vide"});
        else if (utf8::firstControl(name))
            problems.push_back({where, "caractère de contrôle dans le nom"});
        else if (name.size() > kMaxNameBytes)
            problems.push_back(
                {where, fmt::format("nom trop long (au plus {} octets)", kMaxNameBytes)});
        else if (const auto [it, inserted] = seen.emplace(folded, number); !inserted)
            problems.push_back(
                {where, fmt::format("« {} » figure déjà à la ligne {}", name, it->second)});
        else
            names.push_back(name);
    }
    if (!problems.empty()) throw InputError(std::move(problems));
    if (names.empty()) throw InputError(csv.string(), "aucun candidat (un nom par ligne attendu)");
    return names;
}

std::string AttemptRegister::fileNameFor(std::size_t position, const std::string& candidate) {
    std::string slug;
    for (const char c : foldText(candidate)) {
        const bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (keep)
            slug += c;
        else if (!slug.empty() && slug.back() != '-')
            slug += '-';
        if (slug.size() >= 40) break;
    }
    while (!slug.empty() && slug.back() == '-') slug.pop_back();
    return fmt::format("{:03}-{}.cmc", position, slug.empty() ? "candidat" : slug);
}

void AttemptRegister::write(const std::filesystem::path& file,
                            const std::vector<RegisterEntry>& entries) {
    auto quote = [](const std::string& s) {
        std::string q = "\"";
        // OWASP CSV injection: a name starting = + - @ (tab, CR) would run as a formula in a
        // spreadsheet; an apostrophe keeps it text (read() takes it off again).
        if (startsLikeAFormula(s)) q += '\'';
        for (const char c : s) q += c == '"' ? std::string("\"\"") : std::string(1, c);
        return q + "\"";
    };
    OutputFile output(file, true);
    {
        std::ofstream out(output.path(), std::ios::binary);
        out << kHeader << "\r\n";
        for (const auto& e : entries)
            out << quote(e.candidate) << ';' << e.file << ';' << e.creationDigest << ';'
                << e.receipt << "\r\n";
        if (!out.flush()) throw output.failure("disque plein ou fichier non inscriptible");
    }
    output.commit();
}

std::vector<RegisterEntry> AttemptRegister::read(const std::filesystem::path& file) {
    const auto text = readSmallFile(file, 16 * kMaxListBytes);
    std::vector<RegisterEntry> entries;
    std::istringstream lines(text);
    std::string line;
    bool withReceipts = false;
    for (std::size_t number = 1; std::getline(lines, line); ++number) {
        if (line.ends_with('\r')) line.pop_back();
        const auto where = fmt::format("{}:{}", file.string(), number);
        if (number == 1) {
            withReceipts = line == kHeader;
            if (!withReceipts && line != kHeaderV1)
                throw InputError(fmt::format("{}:1", file.string()),
                                 fmt::format("en-tête « {} » attendu", kHeader));
            continue;
        }
        if (line.empty()) continue;
        std::string receipt;
        if (withReceipts) {
            const auto last = line.rfind(';');
            if (last == std::string::npos)
                throw InputError(where, "ligne « candidat;fichier;empreinte;reçu » attendue");
            receipt = line.substr(last + 1);
            line.erase(last);
            if (!receipt.empty()) {
                const auto normalised = Journal::normaliseReceipt(receipt);
                if (!normalised)
                    throw InputError(where, fmt::format("reçu illisible « {} » (attendu "
                                                        "XXXX-XXXX-XXXX-XXXX ou rien)",
                                                        receipt));
                receipt = *normalised;
            }
        }
        const auto last = line.rfind(';');
        const auto middle = last == std::string::npos ? last : line.rfind(';', last - 1);
        const auto digest = last == std::string::npos ? std::string() : line.substr(last + 1);
        if (middle == std::string::npos || digest.size() != 64 ||
            digest.find_first_not_of("0123456789abcdef") != std::string::npos)
            throw InputError(where,
                             "ligne « candidat;fichier;empreinte » attendue (empreinte : 64 "
                             "chiffres hexadécimaux)");
        auto candidate = firstField(line.substr(0, middle));
        if (candidate.starts_with('\'') && startsLikeAFormula(candidate.substr(1)))
            candidate.erase(0, 1);
        entries.push_back({std::move(candidate), line.substr(middle + 1, last - middle - 1), digest,
                           std::move(receipt)});
    }
    return entries;
}

RegisterEntry AttemptRegister::recordReceipt(const std::filesystem::path& file,
                                             const std::string& creationDigest,
                                             const std::string& receipt) {
    const auto code = Journal::normaliseReceipt(receipt);
    if (!code) throw InputError(file.string(), fmt::format("reçu illisible « {} »", receipt));
    auto entries = read(file);
    const auto it = std::find_if(entries.begin(), entries.end(),
                                 [&](const auto& e) { return e.creationDigest == creationDigest; });
    if (it == entries.end())
        throw InputError(file.string(),
                         "cette épreuve ne figure pas au registre (aucune "
                         "empreinte de création identique)");
    if (it->receipt == *code) return *it;
    if (!it->receipt.empty())
        throw InputError(file.string(),
                         fmt::format("le registre porte déjà le reçu {} pour {} ({}) ; un reçu "
                                     "inscrit n'est jamais remplacé",
                                     it->receipt, it->candidate, it->file));
    it->receipt = *code;
    write(file, entries);
    return *it;
}

}  // namespace cmcsim
