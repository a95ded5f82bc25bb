#include "cmcsim/attempt/Attempt.h"

#include <fmt/format.h>

#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <nlohmann/json.hpp>
#include <thread>

#include "cmcsim/core/InputError.h"
#include "cmcsim/market/MarketGenerator.h"
#include "cmcsim/reference/ReferenceData.h"
#include "cmcsim/scenario/ScenarioLoader.h"
#include "cmcsim/store/AttemptSchema.h"
#include "cmcsim/store/Database.h"
#include "cmcsim/store/MarketStore.h"

namespace cmcsim {

namespace {
// Hands generated chunks from the generator thread to the writer, a few at a time.
class ChunkQueue {
public:
    void push(Market&& chunk) {
        std::unique_lock lock(mutex_);
        notFull_.wait(lock, [&] { return chunks_.size() < 4 || cancelled_; });
        if (cancelled_) throw std::runtime_error("cancelled");
        chunks_.push_back(std::move(chunk));
        notEmpty_.notify_one();
    }
    // False once the producer is done and everything was taken.
    bool pop(Market& chunk) {
        std::unique_lock lock(mutex_);
        notEmpty_.wait(lock, [&] { return !chunks_.empty() || done_; });
        if (chunks_.empty()) return false;
        chunk = std::move(chunks_.front());
        chunks_.pop_front();
        notFull_.notify_one();
        return true;
    }
    void finish() {
        std::lock_guard lock(mutex_);
        done_ = true;
        notEmpty_.notify_all();
    }
    void cancel() {
        std::lock_guard lock(mutex_);
        cancelled_ = true;
        notFull_.notify_all();
    }

private:
    std::mutex mutex_;
    std::condition_variable notEmpty_, notFull_;
    std::deque<Market> chunks_;
    bool done_ = false, cancelled_ = false;
};
}  // namespace

AttemptSummary Attempt::create(const ReferenceData& reference, const Scenario& scenario,
                     const AttemptRequest& request, const Progress& progress) {
    const auto& file = request.file;
    if (std::filesystem::exists(file) && !request.overwrite)
        throw InputError(file.string(), "le fichier existe déjà ; il n'a pas été modifié (--force pour le remplacer)");
    auto temporary = file;
    temporary += ".tmp";
    std::filesystem::remove(temporary);
    MarketGenerator generator(reference, scenario, request.seed);
    AttemptSummary summary;
    summary.seed = generator.seed();
    try {
        {
            Database db(temporary, Database::Mode::Create);
            db.exec("PRAGMA page_size = 8192; PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -65536;");
            AttemptSchema::create(db);
            db.exec("BEGIN");
            auto info = db.prepare("INSERT INTO attempt_info VALUES (?, ?)");
            const std::map<std::string, std::string> fields = {
                {"candidat", request.candidate},
                {"graine", std::to_string(generator.seed())},
                {"scenario_id", scenario.id},
                {"version_cmcsim", CMCSIM_VERSION}};
            for (const auto& [key, value] : fields) info.bind(1, key).bind(2, value).run();
            db.prepare("INSERT INTO scenario VALUES (?, ?)").bind(1, scenario.id).bind(2, scenario.sourceJson).run();

            MarketWriter writer(db, reference);
            ChunkQueue queue;
            std::exception_ptr failure;
            std::thread producer([&] {
                try {
                    generator.generate([&](Market&& chunk) { queue.push(std::move(chunk)); }, progress);
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

            const nlohmann::json payload = {{"scenario", scenario.id},
                                            {"graine", generator.seed()},
                                            {"candidat", request.candidate}};
            Journal::append(db, scenario.startDate, "epreuve.creee", payload.dump());
            db.exec("COMMIT");
        }
        std::filesystem::rename(temporary, file);
        return summary;
    } catch (...) {
        std::error_code ignored;
        std::filesystem::remove(temporary, ignored);
        throw;
    }
}

Attempt Attempt::open(const std::filesystem::path& file, const ReferenceData& reference) {
    AttemptSchema::checkFile(file);
    Database db(file, Database::Mode::ReadOnly);
    AttemptSchema::checkDatabase(db);
    Attempt attempt;
    auto info = db.prepare("SELECT key, value FROM attempt_info");
    while (info.step()) attempt.info_[info.text(0)] = info.text(1);
    auto scenario = db.prepare("SELECT json FROM scenario LIMIT 1");
    if (!scenario.step()) throw InputError(file.string(), "scénario absent du fichier d'épreuve");
    attempt.scenario_ = ScenarioLoader(reference).fromText(scenario.text(0), file.string() + " (scénario enregistré)");
    attempt.market_ = readMarket(db, reference);
    attempt.journal_ = Journal::read(db);
    if (const auto broken = Journal::firstBrokenLink(attempt.journal_))
        throw InputError(file.string(), fmt::format("journal altéré : la chaîne de hachage est rompue à l'entrée {}", *broken));
    return attempt;
}

std::uint64_t Attempt::seed() const {
    const auto it = info_.find("graine");
    return it == info_.end() ? scenario_.seed : std::stoull(it->second);
}

}  // namespace cmcsim
