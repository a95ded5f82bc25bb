#include "cmcsim/store/AttemptFile.h"

#include <fmt/format.h>

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

Attempt AttemptFile::open(const std::filesystem::path& file, const ReferenceData& reference,
                          AttemptIntegrity* integrity) {
    AttemptReader reader(file, reference);
    auto market = readMarket(reader.database(), reference);
    reader.verifyTables();
    if (integrity) *integrity = reader.integrity();
    return std::move(reader).release(std::move(market));
}

}  // namespace cmcsim
