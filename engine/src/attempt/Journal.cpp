#include "cmcsim/attempt/Journal.h"

#include <fmt/format.h>
#include <openssl/evp.h>

#include <chrono>

namespace cmcsim {

namespace {
std::string nowUtc() {
    const auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    const auto days = std::chrono::floor<std::chrono::days>(now);
    const std::chrono::hh_mm_ss time(now - days);
    return fmt::format(
        "{}T{:02}:{:02}:{:02}Z",
        Date::fromDays(static_cast<std::int32_t>(days.time_since_epoch().count())).iso(),
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

JournalEntry Journal::next(const JournalEntry* previous, Date simulatedDate,
                           const std::string& kind, const std::string& payload) {
    JournalEntry e;
    e.sequence = previous ? previous->sequence + 1 : 1;
    e.previousHash = previous ? previous->hash : std::string(64, '0');
    e.simulatedDate = simulatedDate;
    e.wallTime = nowUtc();
    e.kind = kind;
    e.payload = payload;
    e.hash = hashOf(e);
    return e;
}

namespace {
constexpr std::string_view kCrockford = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
}

std::string Journal::receiptCode(const std::string& hash) {
    std::string code;
    std::uint64_t bits = 0;
    int held = 0;
    for (std::size_t i = 0; i < 20 && i < hash.size(); ++i) {  // 20 hex digits = 80 bits
        const char c = hash[i];
        const int nibble = c >= 'a' ? c - 'a' + 10 : c >= 'A' ? c - 'A' + 10 : c - '0';
        bits = (bits << 4) | static_cast<std::uint64_t>(nibble & 0xf);
        held += 4;
        while (held >= 5) {
            held -= 5;
            if (code.size() % 5 == 4) code += '-';
            code += kCrockford[(bits >> held) & 0x1f];
        }
    }
    return code;
}

std::optional<std::string> Journal::normaliseReceipt(const std::string& typed) {
    std::string code;
    for (char c : typed) {
        if (c == '-' || c == ' ') continue;
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
        if (c == 'O') c = '0';
        if (c == 'I' || c == 'L') c = '1';
        if (kCrockford.find(c) == std::string_view::npos) return std::nullopt;
        if (code.size() % 5 == 4) code += '-';
        code += c;
    }
    if (code.size() != 19) return std::nullopt;
    return code;
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
