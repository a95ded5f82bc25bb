#include "cmcsim/store/AttemptFile.h"

#include <fmt/format.h>
#include <sqlite3.h>

#include <atomic>
#include <chrono>
#include <exception>
#include <nlohmann/json.hpp>
#include <thread>

#include "ChunkQueue.h"
#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/core/InputError.h"
#include "cmcsim/core/OutputFile.h"
#include "cmcsim/core/Utf8.h"
#include "cmcsim/market/MarketGenerator.h"
#include "cmcsim/reference/ReferenceData.h"
#include "cmcsim/scenario/ScenarioLoader.h"
#include "cmcsim/store/AttemptDigest.h"
#include "cmcsim/store/AttemptSchema.h"
#include "cmcsim/store/Database.h"
#include "cmcsim/store/JournalStore.h"
#include "cmcsim/store/MarketStore.h"

namespace cmcsim {

std::optional<std::string> AttemptFile::candidateNameProblem(std::string_view name) {
    if (!utf8::isValid(name)) return "texte UTF-8 invalide";
    if (const auto control = utf8::firstControl(name))
        return fmt::format("caractère de contrôle {} interdit", *control);
    if (name.size() > kMaxCandidateBytes)
        return fmt::format("au plus {} octets attendus", kMaxCandidateBytes);
    return std::nullopt;
}

AttemptSummary AttemptFile::create(const ReferenceData& reference, const Scenario& scenario,
                                   const AttemptRequest& request, const Progress& progress) {
    if (const auto problem = candidateNameProblem(request.candidate))
        throw InputError("nom du candidat", *problem);
    OutputFile output(request.file, request.overwrite);
    const auto& temporary = output.path();
    MarketGenerator generator(reference, scenario, request.seed);
    AttemptSummary summary;
    summary.seed = generator.seed();
    try {
        {
            Database db(temporary, Database::Mode::Create);
            AttemptSchema::createForBulkWrite(db);
            db.exec("BEGIN");
            auto info = db.prepare("INSERT INTO attempt_info VALUES (?, ?)");
            const std::map<std::string, std::string> fields = {
                {"candidat", request.candidate},
                {"graine", std::to_string(generator.seed())},
                {"scenario_id", scenario.id},
                {"version_cmcsim", CMCSIM_VERSION}};
            for (const auto& [key, value] : fields) info.bind(1, key).bind(2, value).run();
            db.prepare("INSERT INTO scenario VALUES (?, ?)")
                .bind(1, scenario.id)
                .bind(2, scenario.sourceJson)
                .run();

            MarketWriter writer(db, reference);
            ChunkQueue queue;
            std::exception_ptr failure;
            std::thread producer([&] {
                try {
                    generator.generate([&](Market&& chunk) { queue.push(std::move(chunk)); },
                                       progress);
                } catch (...) {
                    failure = std::current_exception();
                }
                queue.finish();
            });
            try {
                Market chunk;
                while (queue.pop(chunk)) {
                    writer.write(chunk);
                    summary.prescribers += chunk.prescribers.size();
                    summary.companies += chunk.companies.size();
                    summary.establishments += chunk.establishments.size();
                    summary.prospects += chunk.prospects.size();
                    for (const auto& e : chunk.establishments) summary.employees += e.headcount;
                }
            } catch (...) {
                queue.cancel();
                producer.join();
                throw;
            }
            producer.join();
            if (failure) std::rethrow_exception(failure);

            const nlohmann::json payload = {
                {"scenario", scenario.id},
                {"graine", generator.seed()},
                {"candidat", request.candidate},
                {"empreintes", AttemptDigest::toJson(AttemptDigest::compute(db))}};
            const auto created =
                Journal::next(nullptr, scenario.startDate, command::kCreated, payload.dump());
            JournalStore::append(db, created);
            summary.creationDigest = created.hash;
            db.exec("COMMIT");
        }
        output.commit();
        return summary;
    } catch (const InputError& e) {
        // SQLite names the temporary file, which is gone: name the file the user asked for.
        if (e.problems().size() == 1 && e.problems()[0].where == temporary.string())
            throw output.failure(e.problems()[0].what);
        throw;
    }
}

namespace {
// The digests of the tables (AttemptDigest::compute), computed on a thread and a read-only
// connection of their own while the caller reads the market: the two passes over the file run on
// two cores. Destroyed before get(), it interrupts the computation and waits for it.
class ConcurrentDigest {
public:
    explicit ConcurrentDigest(const std::filesystem::path& file)
        : db_(file, Database::Mode::ReadOnly), thread_([this] {
              try {
                  digests_ = AttemptDigest::compute(db_);
              } catch (...) {
                  failure_ = std::current_exception();
              }
              done_ = true;
          }) {}
    ~ConcurrentDigest() {
        if (!thread_.joinable()) return;
        // Each interrupt stops the statements running; the next table's would start anew.
        while (!done_) {
            sqlite3_interrupt(db_.handle());
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
        thread_.join();
    }
    ConcurrentDigest(const ConcurrentDigest&) = delete;
    ConcurrentDigest& operator=(const ConcurrentDigest&) = delete;
    // The digests; what computing them threw, if anything.
    const std::vector<TableDigest>& get() {
        if (thread_.joinable()) thread_.join();
        if (failure_) std::rethrow_exception(failure_);
        return digests_;
    }

private:
    Database db_;
    std::vector<TableDigest> digests_;
    std::exception_ptr failure_;
    std::atomic<bool> done_{false};
    std::thread thread_;  // last: it starts once the rest is ready
};

// Checks that the journal seals the tables as they are (`digest` gives their digests); fills
// `out`.
void checkBinding(Database& db, const std::vector<JournalEntry>& journal, ConcurrentDigest& digest,
                  AttemptIntegrity& out) {
    const auto& file = db.path().string();
    if (journal.empty())
        throw InputError(file,
                         "épreuve altérée : le journal est vide (l'entrée de création "
                         "« epreuve.creee » manque), la chaîne est rompue");
    if (journal.front().kind != command::kCreated)
        throw InputError(file, fmt::format("épreuve altérée : la première entrée du journal est « "
                                           "{} » au lieu de « epreuve.creee »",
                                           journal.front().kind.substr(0, 40)));
    out.creationDigest = journal.front().hash;
    out.headHash = journal.back().hash;
    if (journal.back().kind == command::kSeal) {
        out.sealed = true;
        out.receipt = Journal::receiptCode(out.headHash);
        out.sealedAt = journal.back().wallTime;
    }
    // The format the attempt was created in: 1 when its first entry seals nothing, else the
    // creation's "format" (absent in format 2). Only a migration, from an older format, seals
    // the tables again: a later "epreuve.liaison" in a file created at the current format
    // could only reseal tables edited since (docs/attempt-format.md, Threat model).
    const auto creation = nlohmann::json::parse(journal.front().payload, nullptr, false);
    const bool createdSealed = creation.is_object() && creation.contains("empreintes");
    const auto format = createdSealed ? creation.find("format") : creation.end();
    const std::int64_t createdFormat = !createdSealed ? 1
                                       : format != creation.end() && format->is_number_integer()
                                           ? format->get<std::int64_t>()
                                           : 2;
    // The last entry that seals the tables: the creation, or the latest migration (which may
    // have changed the tables and sealed them again).
    for (auto it = journal.rbegin(); it != journal.rend(); ++it) {
        const auto& e = *it;
        if (e.kind != command::kCreated && e.kind != command::kBound) continue;
        const auto payload = nlohmann::json::parse(e.payload, nullptr, false);
        if (!payload.is_object() || !payload.contains("empreintes")) continue;
        if (e.kind == command::kCreated && e.sequence != 1)
            throw InputError(file, fmt::format("épreuve altérée : l'entrée {} « epreuve.creee » "
                                               "n'est pas la première du journal",
                                               e.sequence));
        if (e.kind == command::kBound && createdFormat >= AttemptSchema::kVersion)
            throw InputError(file, fmt::format("épreuve altérée : l'entrée {} « epreuve.liaison » "
                                               "scelle à nouveau les tables d'une épreuve créée au "
                                               "format {}, qu'aucune migration n'a changées",
                                               e.sequence, createdFormat));
        const auto& actual = digest.get();
        if (const auto difference = AttemptDigest::firstDifference(payload["empreintes"], actual))
            throw InputError(file,
                             fmt::format("épreuve altérée : {} depuis son scellement dans le "
                                         "journal (entrée {}) ; le scénario, le marché, la vérité "
                                         "cachée et le journal ne correspondent plus",
                                         *difference, e.sequence));
        out.bound = true;
        out.bindingEntry = e.sequence;
        return;
    }
    if (out.formatVersion >= 2)
        throw InputError(file,
                         "épreuve altérée : la première entrée du journal ne scelle pas les "
                         "tables (empreintes absentes)");
}
}  // namespace

Attempt AttemptFile::open(const std::filesystem::path& file, const ReferenceData& reference,
                          AttemptIntegrity* integrity, const LoadProgress& progress) {
    AttemptSchema::checkFile(file);
    Database db(file, Database::Mode::ReadOnly);
    AttemptIntegrity proved;
    proved.formatVersion = AttemptSchema::checkDatabase(db);
    std::map<std::string, std::string> info;
    auto rows = db.prepare("SELECT key, value FROM attempt_info");
    while (rows.step()) info[rows.text(0)] = rows.text(1);
    auto scenarioRow = db.prepare("SELECT json, length(json) FROM scenario LIMIT 1");
    if (!scenarioRow.step())
        throw InputError(file.string(), "scénario absent du fichier d'épreuve");
    constexpr std::int64_t kMaxScenarioBytes = 16 << 20;  // bundled scenarios are under 20 kB
    if (scenarioRow.integer(1) > kMaxScenarioBytes)
        throw InputError(file.string(),
                         fmt::format("fichier endommagé : table scenario, ligne 0, colonne json : "
                                     "attendu au plus {} octets, trouvé {}",
                                     kMaxScenarioBytes, scenarioRow.integer(1)));
    auto scenario = ScenarioLoader(reference).fromText(scenarioRow.text(0),
                                                       file.string() + " (scénario enregistré)");
    auto journal = JournalStore::read(db);
    if (const auto broken = Journal::firstBrokenLink(journal))
        throw InputError(
            file.string(),
            fmt::format("journal altéré : la chaîne de hachage est rompue à l'entrée {}", *broken));
    ConcurrentDigest digest(file);
    auto market = readMarket(db, reference, progress);
    if (progress) progress(kLoadIntegrity, 0, 0);
    checkBinding(db, journal, digest, proved);
    if (integrity) *integrity = proved;
    return Attempt(std::move(scenario), std::move(market), std::move(journal), std::move(info));
}

}  // namespace cmcsim
