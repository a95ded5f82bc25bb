#pragma once

#include <QString>
#include <vector>

namespace cmcsim {
struct JournalEntry;
}

// Checks a hand-in receipt typed by an evaluator against an attempt's journal
// (Journal::normaliseReceipt, Journal::receiptCode of the hand-in entry).
struct ReceiptCheck {
    bool matches = false;
    QString message;  // in French: what was proved, or why the receipt does not fit the file

    static ReceiptCheck check(const QString& typed,
                              const std::vector<cmcsim::JournalEntry>& journal);
};
