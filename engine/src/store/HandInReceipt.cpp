#include "cmcsim/store/HandInReceipt.h"

#include <fmt/format.h>

#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/core/InputError.h"

namespace cmcsim {

HandInReceipt HandInReceipt::check(const std::string& typed,
                                   const std::vector<JournalEntry>& journal) {
    const auto code = Journal::normaliseReceipt(typed);
    if (!code)
        return {Outcome::Unreadable,
                {},
                fmt::format("« {} » n'est pas un reçu de remise : 16 caractères attendus, en "
                            "quatre groupes de quatre (XXXX-XXXX-XXXX-XXXX)",
                            typed)};
    if (journal.empty() || journal.back().kind != command::kSeal)
        return {Outcome::NotHandedIn, *code,
                fmt::format("le journal ne se termine pas par la remise du reçu {} : soit "
                            "l'épreuve n'a pas encore été remise (elle se remet avec « cmcsim seal "
                            "» ou « Remettre l'épreuve »), soit ses dernières entrées, remise "
                            "comprise, ont été retirées ; ce n'est pas le fichier remis avec ce "
                            "reçu",
                            *code)};
    const auto actual = Journal::receiptCode(journal.back().hash);
    if (actual != *code)
        return {Outcome::Differs, *code,
                fmt::format("le reçu {} ne correspond pas à ce fichier (remis avec le reçu {}) : "
                            "ce n'est pas le fichier remis avec ce reçu, ou des entrées du "
                            "journal ont été retirées puis l'épreuve remise à nouveau",
                            *code, actual)};
    return {Outcome::Matches, *code,
            fmt::format("reçu {} vérifié : le journal se termine par cette remise", *code)};
}

void HandInReceipt::require(const std::string& typed, const std::vector<JournalEntry>& journal,
                            const std::filesystem::path& file) {
    auto result = check(typed, journal);
    if (!result.matches()) throw InputError(file.string(), std::move(result.message));
}

}  // namespace cmcsim
