#include "cmcsim/store/TruthAccess.h"

#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/core/InputError.h"

namespace cmcsim {

bool TruthAccess::open(const std::vector<JournalEntry>& journal) {
    return !journal.empty() && journal.back().kind == command::kSeal;
}

std::optional<std::string> TruthAccess::refusal(const std::vector<JournalEntry>& journal) {
    if (open(journal)) return std::nullopt;
    return std::string(
        "--truth refusé : la vérité cachée (besoins des entreprises, marché réel, recensement "
        "réel, appels d'offres, portefeuille) est la vue de l'évaluateur, lisible une fois "
        "l'épreuve remise (cmcsim seal) ; cette épreuve n'est pas remise, et rien "
        "n'enregistrerait qu'elle a été lue pendant l'épreuve");
}

void TruthAccess::require(const std::vector<JournalEntry>& journal,
                          const std::filesystem::path& file) {
    if (const auto why = refusal(journal)) throw InputError(file.string(), *why);
}

}  // namespace cmcsim
