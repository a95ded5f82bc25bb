#include "evaluation/ReceiptCheck.h"

#include <QCoreApplication>

#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/attempt/Journal.h"

namespace {
QString tr(const char* source) {
    return QCoreApplication::translate("ReceiptCheck", source);
}
}  // namespace

ReceiptCheck ReceiptCheck::check(const QString& typed,
                                 const std::vector<cmcsim::JournalEntry>& journal) {
    const auto code = cmcsim::Journal::normaliseReceipt(typed.trimmed().toStdString());
    if (!code)
        return {false, tr("« %1 » n'est pas un reçu de remise : 16 caractères attendus, en quatre "
                          "groupes de quatre (par exemple 7K2M-Q9XA-3BCD-EF01).")
                           .arg(typed.trimmed())};
    if (journal.empty() || journal.back().kind != cmcsim::command::kSeal)
        return {false, tr("Cette épreuve n'a pas été remise : aucun reçu ne peut lui correspondre. "
                          "Le fichier ouvert n'est pas celui d'une épreuve remise.")};
    if (cmcsim::Journal::receiptCode(journal.back().hash) != *code)
        return {false,
                tr("Le reçu %1 ne correspond pas à ce fichier : ce n'est pas l'épreuve remise avec "
                   "ce reçu (un autre fichier ou une autre épreuve). Vérifiez le fichier et le "
                   "reçu transmis par le candidat.")
                    .arg(QString::fromStdString(*code))};
    return {true, tr("Reçu %1 vérifié : ce fichier est bien l'épreuve remise.")
                      .arg(QString::fromStdString(*code))};
}
