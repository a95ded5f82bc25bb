#include "ComparisonRegister.h"

#include <fmt/format.h>

#include <algorithm>

#include "cmcsim/store/AttemptRegister.h"

namespace cmcsim {

namespace fs = std::filesystem;

namespace {

// The register beside the first file that has one, or nothing.
fs::path registerBeside(const std::vector<fs::path>& files) {
    for (const auto& file : files) {
        std::error_code error;
        const auto candidate = file.parent_path() / AttemptRegister::kFileName;
        if (fs::is_regular_file(candidate, error)) return candidate;
    }
    return {};
}

}  // namespace

fs::path checkRegister(std::vector<ComparedAttempt>& attempts, const std::vector<fs::path>& files,
                       const fs::path& given) {
    const auto file = given.empty() ? registerBeside(files) : given;
    if (file.empty()) return {};
    const auto entries = AttemptRegister::read(file);
    for (auto& a : attempts) {
        const auto entry = std::find_if(entries.begin(), entries.end(), [&](const auto& e) {
            return e.creationDigest == a.creationDigest;
        });
        a.registered = entry != entries.end();
        if (!a.registered) {
            a.warnings.push_back(fmt::format(
                "absente du registre {} (aucune empreinte de création identique)", file.string()));
            continue;
        }
        if (entry->receipt.empty() || (a.handedIn && a.receipt == entry->receipt)) continue;
        a.journalCut = true;
        a.warnings.push_back(
            a.handedIn
                ? fmt::format("journal coupé : le registre inscrit le reçu {}, le fichier a été "
                              "remis avec le reçu {} : des entrées du journal ont été retirées "
                              "puis l'épreuve remise à nouveau",
                              entry->receipt, a.receipt)
                : fmt::format("journal coupé : le registre inscrit le reçu {}, le journal ne se "
                              "termine pas par cette remise : ses dernières entrées, remise "
                              "comprise, ont été retirées",
                              entry->receipt));
    }
    return file;
}

}  // namespace cmcsim
