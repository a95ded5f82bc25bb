#include "cmcsim/store/AttemptFile.h"

#include <fmt/format.h>

#include <algorithm>
#include <exception>
#include <nlohmann/json.hpp>
#include <thread>

#include "ChunkQueue.h"
#include "MarketEncoder.h"
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

namespace {
// The digests of every table of a new attempt: the market's, sealed while it was encoded, and
// the small tables' (the schema with its indexes, the version, the attempt's information, the
// scenario) read back.
std::vector<TableDigest> sealedTables(Database& db, std::vector<TableDigest> market) {
    std::vector<TableDigest> tables;
    for (const auto& name : AttemptDigest::tables()) {
        const auto sealed = std::find_if(market.begin(), market.end(),
                                         [&](const TableDigest& t) { return t.table == name; });
        tables.push_back(sealed != market.end() ? std::move(*sealed)
                                                : AttemptDigest::computeTable(db, name));
    }
    return tables;
}
}  // namespace

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

            // The generator's thread also formats the rows; the writer binds and seals them.
            MarketEncoder encoder(reference);
            MarketWriter writer(db, reference);
            ChunkQueue queue;
            std::exception_ptr failure;
            std::thread producer([&] {
                try {
                    generator.generate(
                        [&](Market&& chunk) {
                            summary.prescribers += chunk.prescribers.size();
                            summary.companies += chunk.companies.size();
                            summary.establishments += chunk.establishments.size();
                            summary.prospects += chunk.prospects.size();
                            for (const auto& e : chunk.establishments)
                                summary.employees += e.headcount;
                            EncodedMarket rows;
                            encoder.encode(chunk, rows);
                            queue.push(std::move(rows));
                        },
                        progress);
                } catch (...) {
                    failure = std::current_exception();
                }
                queue.finish();
            });
            try {
                EncodedMarket rows;
                while (queue.pop(rows)) writer.write(rows);
            } catch (...) {
                queue.cancel();
                producer.join();
                throw;
            }
            producer.join();
            if (failure) std::rethrow_exception(failure);
            AttemptSchema::finishBulkWrite(db);

            const nlohmann::json payload = {
                {"scenario", scenario.id},
                {"graine", generator.seed()},
                {"candidat", request.candidate},
                {"format", AttemptSchema::kVersion},
                {"empreintes", AttemptDigest::toJson(sealedTables(db, writer.finish()))}};
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

std::optional<AttemptSeal> AttemptFile::sealOf(const std::vector<JournalEntry>& journal,
                                               int fileFormat, const std::string& file) {
    if (journal.empty())
        throw InputError(file,
                         "épreuve altérée : le journal est vide (l'entrée de création "
                         "« epreuve.creee » manque), la chaîne est rompue");
    if (journal.front().kind != command::kCreated)
        throw InputError(file, fmt::format("épreuve altérée : la première entrée du journal est « "
                                           "{} » au lieu de « epreuve.creee »",
                                           journal.front().kind.substr(0, 40)));
    // The format of a sealing entry: its "format", 2 when absent (format 2 recorded none, nor
    // did the migrations of format-1 files to format 2); it says the layout of its digests.
    const auto sealFormat = [](const nlohmann::json& payload) {
        const auto format = payload.find("format");
        return format != payload.end() && format->is_number_integer() ? format->get<std::int64_t>()
                                                                      : std::int64_t{2};
    };
    // The format the attempt was created in: 1 when its first entry seals nothing. Only a
    // migration, from an older format, seals the tables again: a later "epreuve.liaison" in a
    // file created at the current format could only reseal tables edited since, and each
    // liaison must seal a newer format than the entry before it (docs/attempt-format.md, Threat
    // model).
    auto binding = nlohmann::json::parse(journal.front().payload, nullptr, false);
    const bool createdSealed = binding.is_object() && binding.contains("empreintes");
    const std::int64_t createdFormat = createdSealed ? sealFormat(binding) : 1;
    if (createdFormat > fileFormat)
        throw InputError(file, fmt::format("épreuve altérée : l'entrée 1 « epreuve.creee » scelle "
                                           "les tables au format {}, le fichier est au format {}",
                                           createdFormat, fileFormat));
    std::int64_t sealedFormat = createdFormat;
    std::int64_t bindingEntry = createdSealed ? journal.front().sequence : 0;
    for (std::size_t i = 1; i < journal.size(); ++i) {
        const auto& e = journal[i];
        if (e.kind != command::kCreated && e.kind != command::kBound) continue;
        auto payload = nlohmann::json::parse(e.payload, nullptr, false);
        if (!payload.is_object() || !payload.contains("empreintes")) continue;
        if (e.kind == command::kCreated)
            throw InputError(file, fmt::format("épreuve altérée : l'entrée {} « epreuve.creee » "
                                               "n'est pas la première du journal",
                                               e.sequence));
        if (createdFormat >= AttemptSchema::kVersion)
            throw InputError(file, fmt::format("épreuve altérée : l'entrée {} « epreuve.liaison » "
                                               "scelle à nouveau les tables d'une épreuve créée au "
                                               "format {}, qu'aucune migration n'a changées",
                                               e.sequence, createdFormat));
        const auto format = sealFormat(payload);
        if (format <= sealedFormat || format > fileFormat)
            throw InputError(file, fmt::format("épreuve altérée : l'entrée {} « epreuve.liaison » "
                                               "scelle les tables au format {} après le format {}, "
                                               "le fichier étant au format {} : seule une "
                                               "migration vers un format plus récent les scelle "
                                               "à nouveau",
                                               e.sequence, format, sealedFormat, fileFormat));
        sealedFormat = format;
        bindingEntry = e.sequence;
        binding = std::move(payload);
    }
    if (bindingEntry == 0) {
        if (fileFormat >= 2)
            throw InputError(file,
                             "épreuve altérée : la première entrée du journal ne scelle pas les "
                             "tables (empreintes absentes)");
        return std::nullopt;
    }
    return AttemptSeal{bindingEntry, static_cast<int>(sealedFormat),
                       std::move(binding["empreintes"])};
}

namespace {
// Checks that the journal seals the tables as they are; fills `out`.
void checkBinding(Database& db, const std::vector<JournalEntry>& journal, AttemptIntegrity& out) {
    const auto& file = db.path().string();
    const auto seal = AttemptFile::sealOf(journal, out.formatVersion, file);
    out.creationDigest = journal.front().hash;
    out.headHash = journal.back().hash;
    if (journal.back().kind == command::kSeal) {
        out.sealed = true;
        out.receipt = Journal::receiptCode(out.headHash);
        out.sealedAt = journal.back().wallTime;
    }
    if (!seal) return;
    // The last entry that seals the tables (the creation, or the latest migration, which may have
    // changed them) says how they were cut in blocks.
    const auto actual = AttemptDigest::compute(db, seal->format);
    if (const auto difference = AttemptDigest::firstDifference(seal->digests, actual))
        throw InputError(file, fmt::format("épreuve altérée : {} depuis son scellement dans le "
                                           "journal (entrée {}) ; le scénario, le marché, la "
                                           "vérité cachée et le journal ne correspondent plus",
                                           *difference, seal->entry));
    out.bound = true;
    out.bindingEntry = seal->entry;
}
}  // namespace

Attempt AttemptFile::open(const std::filesystem::path& file, const ReferenceData& reference,
                          AttemptIntegrity* integrity) {
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
    auto market = readMarket(db, reference);
    checkBinding(db, journal, proved);
    if (integrity) *integrity = proved;
    return Attempt(std::move(scenario), std::move(market), std::move(journal), std::move(info));
}

}  // namespace cmcsim
