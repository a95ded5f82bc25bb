#include "cmcsim/store/AttemptFile.h"

#include <fmt/format.h>

#include <algorithm>
#include <exception>
#include <nlohmann/json.hpp>
#include <thread>

#include "ChunkQueue.h"
#include "MarketEncoder.h"
#include "MarketSealer.h"
#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/core/InputError.h"
#include "cmcsim/core/OutputFile.h"
#include "cmcsim/core/Utf8.h"
#include "cmcsim/market/MarketGenerator.h"
#include "cmcsim/reference/ReferenceData.h"
#include "cmcsim/store/AttemptDigest.h"
#include "cmcsim/store/AttemptReader.h"
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
    OutputFile output(request.file, request.overwrite, {}, OutputFile::Kind::File,
                      OutputFile::Content::Attempt);
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

            // The generator's thread also formats and seals the rows; the writer binds them.
            MarketEncoder encoder(reference);
            MarketSealer sealer;
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
                            EncodedMarket rows = queue.spare();
                            encoder.encode(chunk, rows);
                            sealer.seal(rows);
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
                while (queue.pop(rows)) {
                    writer.insert(rows);
                    queue.recycle(std::move(rows));
                }
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
                {"empreintes", AttemptDigest::toJson(sealedTables(db, sealer.finish()))}};
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
    // From format 3 the seal's layout is the file's own (blocks of kBlockRows rows): a seal in
    // an older layout could only come from an edited entry, since a migration reseals.
    if (fileFormat >= AttemptDigest::kFirstFixedBlockFormat && sealedFormat != fileFormat)
        throw InputError(file, fmt::format("épreuve altérée : l'entrée {} scelle les tables au "
                                           "format {}, le fichier est au format {}",
                                           bindingEntry, sealedFormat, fileFormat));
    return AttemptSeal{bindingEntry, static_cast<int>(sealedFormat),
                       std::move(binding["empreintes"])};
}

namespace {
// Every row read and validated, the journal checked; the tamper check started on its own thread
// and connection while the rows are read (`checkWhileReading`: both passes over the file at once,
// the fastest way to the end of both), or once they are (the rows read on two cores first: the
// fastest way to the market, the check running after).
OpenedAttempt openWith(const std::filesystem::path& file, const ReferenceData& reference,
                       const LoadProgress& progress, bool checkWhileReading) {
    auto reader = std::make_unique<AttemptReader>(file, reference);
    std::unique_ptr<TamperCheck> check;
    if (checkWhileReading) check = std::make_unique<TamperCheck>(std::move(reader));
    auto& read = check ? check->reader() : *reader;
    auto market = readMarket(read.database(), reference, progress);
    auto integrity = read.integrity();
    auto attempt = std::move(read).release(std::move(market));
    if (!check) check = std::make_unique<TamperCheck>(std::move(reader));
    return {std::move(attempt), std::move(integrity), std::move(check)};
}
}  // namespace

OpenedAttempt AttemptFile::openForWork(const std::filesystem::path& file,
                                       const ReferenceData& reference,
                                       const LoadProgress& progress) {
    return openWith(file, reference, progress, false);
}

Attempt AttemptFile::open(const std::filesystem::path& file, const ReferenceData& reference,
                          AttemptIntegrity* integrity, const LoadProgress& progress) {
    auto opened = openWith(file, reference, progress, true);
    if (progress) progress(kLoadIntegrity, 0, 0);
    opened.check->finish();
    if (integrity) *integrity = std::move(opened.integrity);
    return std::move(opened.attempt);
}

}  // namespace cmcsim
