#include "evaluation/ReceiptCheck.h"

#include <QCoreApplication>

#include "cmcsim/store/HandInReceipt.h"

namespace {
QString tr(const char* source) {
    return QCoreApplication::translate("ReceiptCheck", source);
}
}  // namespace

// The engine decides (HandInReceipt); the studio words each outcome for the evaluator.
ReceiptCheck ReceiptCheck::check(const QString& typed,
                                 const std::vector<cmcsim::JournalEntry>& journal) {
    using Outcome = cmcsim::HandInReceipt::Outcome;
    const auto result = cmcsim::HandInReceipt::check(typed.trimmed().toStdString(), journal);
    const auto code = QString::fromStdString(result.receipt);
    switch (result.outcome) {
        case Outcome::Unreadable:
            return {false,
                    tr("« %1 » n'est pas un reçu de remise : 16 caractères attendus, en quatre "
                       "groupes de quatre (par exemple 7K2M-Q9XA-3BCD-EF01).")
                        .arg(typed.trimmed())};
        case Outcome::NotHandedIn:
            return {false,
                    tr("Le journal de ce fichier ne se termine pas par une remise : l'épreuve "
                       "n'a pas été remise, ou ses dernières entrées, dont la remise, ont été "
                       "retirées après la remise. Ce n'est pas l'épreuve remise avec le reçu %1 : "
                       "ne l'évaluez pas.")
                        .arg(code)};
        case Outcome::Differs:
            return {false,
                    tr("Le reçu %1 ne correspond pas à ce fichier : ce n'est pas l'épreuve remise "
                       "avec ce reçu (un autre fichier, ou des entrées du journal retirées puis "
                       "l'épreuve remise à nouveau). Vérifiez le fichier et le reçu transmis par "
                       "le candidat.")
                        .arg(code)};
        case Outcome::Matches:
            break;
    }
    return {true, tr("Reçu %1 vérifié : ce fichier est bien l'épreuve remise.").arg(code)};
}
