#include "cmcsim/attempt/Journal.h"

#include <fmt/format.h>
#include <openssl/evp.h>

#include <chrono>

#include "cmcsim/core/InputError.h"
#include "cmcsim/store/Database.h"

namespace cmcsim {

namespace {
std::string nowUtc() {
    const auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    const auto days = std::chrono::floor<std::chrono::days>(now);
    const std::chrono::hh_mm_ss time(now - days);
    return fmt::format("{}T{:02}:{:02}:{:02}Z", Date::fromDays(static_cast<std::int32_t>(days.time_since_epoch().count())).iso(),
                       time.hours().count(), time.minutes().count(), time.seconds().count());
}
}  // namespace

std::string Journal::hashOf(const JournalEntry& e) {
    const std::string material = fmt::format("{}\n{}\n{}\n{}\n{}\n{}", e.previousHash, e.sequence,
                                             e.simulatedDate.iso(), e.wallTime, e.kind, e.payload);
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_Digest(material.data(), material.size(), digest, &length, EVP_sha256(), nullptr);
    std::string hex;
    for (unsigned int i = 0; i < length; ++i) hex += fmt::format("{:02x}", digest[i]);
    return hex;
}

std::vector<JournalEntry> Journal::read(Database& db) {
    std::vector<JournalEntry> entries;
    auto s = db.prepare("SELECT seq, sim_date, wall_time, kind, payload, prev_hash, hash FROM journal ORDER BY seq");
    while (s.step()) {
        JournalEntry e;
        e.sequence = s.integer(0);
        const auto date = Date::parseIso(s.text(1));
        if (!date) throw InputError(db.path().string(), fmt::format("journal : date invalide à l'entrée {}", e.sequence));
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

JournalEntry Journal::append(Database& db, Date simulatedDate, const std::string& kind,
                             const std::string& payload) {
    JournalEntry e;
    auto last = db.prepare("SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1");
    if (last.step()) {
        e.sequence = last.integer(0) + 1;
        e.previousHash = last.text(1);
    } else {
        e.sequence = 1;
        e.previousHash = std::string(64, '0');
    }
    e.simulatedDate = simulatedDate;
    e.wallTime = nowUtc();
    e.kind = kind;
    e.payload = payload;
    e.hash = hashOf(e);
    db.prepare("INSERT INTO journal VALUES (?,?,?,?,?,?,?)")
        .bind(1, e.sequence).bind(2, e.simulatedDate.iso()).bind(3, e.wallTime).bind(4, e.kind)
        .bind(5, e.payload).bind(6, e.previousHash).bind(7, e.hash).run();
    return e;
}

std::optional<std::int64_t> Journal::firstBrokenLink(const std::vector<JournalEntry>& entries) {
    std::string previous(64, '0');
    for (const auto& e : entries) {
        if (e.previousHash != previous || hashOf(e) != e.hash) return e.sequence;
        previous = e.hash;
    }
    return std::nullopt;
}

}  // namespace cmcsim
