#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace cmcsim::test {

// Deterministic damage to an attempt file for the corruption suite and the fuzz run: seed n
// always gives the same mutated file from the same base. A third of the seeds truncate the
// file, a third flip bits or overwrite bytes in one page, a third edit a table with SQL (through
// the SQLite API, as a user with the sqlite3 shell would).
class AttemptMutator {
public:
    explicit AttemptMutator(std::string base) : base_(std::move(base)) {}

    // Writes the mutated file for `seed` to `file`; returns what was done, for the report.
    std::string mutate(std::uint64_t seed, const std::filesystem::path& file) const {
        std::uint64_t state = seed * 0x9E3779B97F4A7C15ull + 0x2545F4914F6CDD1Dull;
        auto next = [&state] {  // splitmix64
            std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
            return z ^ (z >> 31);
        };
        auto below = [&next](std::uint64_t n) { return n == 0 ? 0 : next() % n; };
        std::string bytes = base_;
        std::ostringstream what;
        switch (seed % 3) {
            case 0: {
                const auto at = below(bytes.size());
                bytes.resize(at);
                what << "troncature à " << at << " octets";
                break;
            }
            case 1: {
                const std::size_t page = 4096;  // whatever the page size, a page-sized region
                const auto pages = (bytes.size() + page - 1) / page;
                const auto first = below(pages) * page;
                const auto flips = 1 + below(8);
                what << "page à " << first << " :";
                for (std::uint64_t i = 0; i < flips; ++i) {
                    const auto at = first + below(std::min(page, bytes.size() - first));
                    if (next() % 4 == 0) {
                        bytes[at] = static_cast<char>(next() & 0xff);
                        what << " octet " << at << " remplacé";
                    } else {
                        bytes[at] = static_cast<char>(bytes[at] ^ (1 << below(8)));
                        what << " bit inversé à " << at;
                    }
                }
                break;
            }
            default:
                write(file, bytes);
                return "SQL : " + sqlEdit(next, below, file);
        }
        write(file, bytes);
        return what.str();
    }

private:
    static void write(const std::filesystem::path& file, const std::string& bytes) {
        std::ofstream out(file, std::ios::binary | std::ios::trunc);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    }

    template <typename Next, typename Below>
    static std::string sqlEdit(Next& next, Below& below, const std::filesystem::path& file) {
        struct Table {
            const char* name;
            std::vector<const char*> columns;
        };
        static const std::vector<Table> tables = {
            {"schema_version", {"version"}},
            {"attempt_info", {"key", "value"}},
            {"scenario", {"id", "json"}},
            {"competitor",
             {"id", "code", "name", "kind", "market_share", "price_level", "guarantee_level",
              "service_quality"}},
            {"prescriber", {"id", "kind", "name", "commune", "contact_name", "phone"}},
            {"company",
             {"id",
              "siren",
              "name",
              "legal_form",
              "naf",
              "idcc",
              "size_band",
              "headcount",
              "created",
              "first_establishment",
              "establishment_count",
              "accountant_id",
              "broker_id",
              "health_insurer_id",
              "health_level",
              "health_premium_cents",
              "health_renewal",
              "health_satisfaction",
              "health_propensity",
              "provident_insurer_id",
              "provident_level",
              "provident_premium_cents",
              "provident_renewal",
              "provident_satisfaction",
              "provident_propensity"}},
            {"establishment",
             {"id", "siret", "company_id", "head_office", "naf", "tranche_effectif", "headcount",
              "commune", "created", "closed"}},
            {"census",
             {"establishment_id", "headcount", "women", "cadres", "salary_mass_eur", "cells"}},
            {"prospect",
             {"id", "establishment_id", "siret", "siren", "raison_sociale", "naf",
              "tranche_effectif", "effectif", "commune", "idcc", "contact_name", "email"}},
            {"defect", {"id", "prospect_id", "kind", "truth"}},
            {"journal", {"seq", "sim_date", "wall_time", "kind", "payload", "prev_hash", "hash"}},
        };
        static const std::vector<const char*> values = {
            "NULL",
            "-1",
            "0",
            "1",
            "255",
            "65536",
            "70000",
            "2147483648",
            "-9223372036854775808",
            "9223372036854775807",
            "1e308",
            "-1e308",
            "0.5",
            "''",
            "'x'",
            "'99.99Z'",
            "'0000-00-00'",
            "'2026-02-30'",
            "X'00'",
            "X'80808080808080808080808080'",
            "zeroblob(840000)",
            "randomblob(12)",
            "randomblob(1200)",
            "'[ND]'",
            "'NN'",
            "'9999'",
            "'{\"a\":1}'",
            "'\xc3\x28'",
            "cast(x'1b5b33316d' as text)",
        };
        const auto& t = tables[below(tables.size())];
        const char* key = t.columns.front();
        const std::string row = std::to_string(below(8) == 0 ? 1000000 : below(40));
        std::string sql;
        switch (below(8)) {
            case 0:
                sql = std::string("DELETE FROM ") + t.name;
                break;
            case 1:
                sql = std::string("DELETE FROM ") + t.name + " WHERE " + key + " = " + row;
                break;
            case 2:
                sql = std::string("DROP TABLE ") + t.name;
                break;
            case 3:
                sql =
                    std::string("INSERT INTO ") + t.name + " SELECT * FROM " + t.name + " LIMIT 1";
                break;
            default: {
                const char* column = t.columns[below(t.columns.size())];
                const char* value = values[below(values.size())];
                sql = std::string("UPDATE ") + t.name + " SET " + column + " = " + value +
                      (below(4) == 0 ? std::string() : std::string(" WHERE ") + key + " = " + row);
            }
        }
        sqlite3* db = nullptr;
        sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr);
        char* error = nullptr;
        const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error);
        if (rc != SQLITE_OK)
            sql += std::string(" (refusé par SQLite : ") + (error ? error : "") + ")";
        sqlite3_free(error);
        sqlite3_close(db);
        (void)next;
        return sql;
    }

    std::string base_;
};

}  // namespace cmcsim::test
