#include "cmcsim/store/JournalStore.h"

#include <fmt/format.h>

#include "cmcsim/core/InputError.h"
#include "cmcsim/store/Database.h"

namespace cmcsim {

std::vector<JournalEntry> JournalStore::read(Database& db) {
    std::vector<JournalEntry> entries;
    auto s = db.prepare(
        "SELECT seq, sim_date, wall_time, kind, payload, prev_hash, hash FROM journal ORDER BY "
        "seq");
    while (s.step()) {
        JournalEntry e;
        e.sequence = s.integer(0);
        if (e.sequence != static_cast<std::int64_t>(entries.size()) + 1)
            throw InputError(db.path().string(),
                             fmt::format("fichier endommagé : table journal, ligne {}, colonne "
                                         "seq : attendu {} (entrées numérotées à partir de 1)",
                                         entries.size() + 1, entries.size() + 1));
        const auto date = Date::parseIso(s.text(1));
        if (!date)
            throw InputError(db.path().string(),
                             fmt::format("journal : date invalide à l'entrée {}", e.sequence));
        e.simulatedDate = *date;
        e.wallTime = s.text(2);
        e.kind = s.text(3);
        e.payload = s.text(4);
        e.previousHash = s.text(5);
        e.hash = s.text(6);
        entries.push_back(std::move(e));
    }
    return entries;
}

void JournalStore::append(Database& db, const JournalEntry& e) {
    // Another program may have written to the file since it was read: the entry would not
    // follow the journal's real last entry.
    const auto last = db.scalar("SELECT coalesce(max(seq), 0) FROM journal");
    if (last != e.sequence - 1)
        throw InputError(db.path().string(),
                         fmt::format("l'épreuve a été modifiée par un autre programme pendant "
                                     "cette commande (le journal compte {} entrées, {} étaient "
                                     "lues) : rien n'a été enregistré ; rouvrez l'épreuve",
                                     last, e.sequence - 1));
    db.prepare("INSERT INTO journal VALUES (?,?,?,?,?,?,?)")
        .bind(1, e.sequence)
        .bind(2, e.simulatedDate.iso())
        .bind(3, e.wallTime)
        .bind(4, e.kind)
        .bind(5, e.payload)
        .bind(6, e.previousHash)
        .bind(7, e.hash)
        .run();
}

}  // namespace cmcsim
