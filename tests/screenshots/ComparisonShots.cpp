#include "ComparisonShots.h"

#include <sqlite3.h>

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>
#include <set>

#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/core/InputError.h"
#include "cmcsim/reference/ReferenceData.h"
#include "cmcsim/scenario/ScenarioLoader.h"
#include "cmcsim/store/AttemptFile.h"
#include "cmcsim/store/AttemptSession.h"
#include "compare/ComparisonWindow.h"
#include "compare/DistributionChart.h"

namespace {

namespace cmd = cmcsim::command;

void act(cmcsim::AttemptSession& session, const char* kind, const nlohmann::json& payload) {
    try {
        session.execute(kind, payload);
    } catch (const cmcsim::InputError&) {  // the days spent: the script goes on
    }
}

// Candidate `rank`'s attempt: studies, then lines verified, defective ones flagged right, some
// clean ones flagged wrong; the stronger candidates verify more and flag better.
void play(cmcsim::AttemptSession& session, int rank) {
    const auto& market = session.attempt().market();
    const char* studies[] = {"portrait-cantal", "releve-offres-concurrentes",
                             "annuaire-comptables"};
    for (int s = 0; s < 3 - rank / 2; ++s) act(session, cmd::kBuyStudy, {{"etude", studies[s]}});
    std::set<std::uint32_t> defective;
    for (const auto& d : market.defects) defective.insert(d.record);
    const int verified = 24 - 4 * rank;
    int line = rank;
    for (int i = 0; i < verified; ++i, line += 7) {
        const auto l =
            static_cast<std::uint32_t>(static_cast<std::size_t>(line) % market.prospects.size());
        act(session, cmd::kVerify, {{"ligne", l}});
        const bool wrong = i % (6 - rank % 5) == 0;
        if (defective.contains(l) || wrong)
            act(session, cmd::kFlag,
                {{"ligne", l}, {"anomalie", "donnee_erronee"}, {"motif", "à vérifier"}});
    }
}

}  // namespace

bool comparisonShots(const QDir& out) {
    const auto reference = cmcsim::ReferenceData::load(cmcsim::dataRoot() / "datasets");
    const auto scenario = cmcsim::ScenarioLoader(reference).fromFile(
        cmcsim::dataRoot() / "scenarios" / "cantal-rural.json");
    QTemporaryDir dir;
    const std::filesystem::path folder = dir.path().toStdString();
    const char* names[] = {"Amélie Roche",   "Bastien Vidal", "Claire Fabre", "Damien Bonnet",
                           "Élodie Mercier", "Fabien Guérin", "Gaëlle Arnaud"};
    for (int rank = 0; rank < 7; ++rank) {
        const auto file = folder / ("epreuve-" + std::to_string(rank + 1) + ".cmc");
        cmcsim::AttemptFile::create(reference, scenario, {file, std::nullopt, names[rank], true});
        cmcsim::AttemptSession session(file, reference);
        play(session, rank);
    }
    sqlite3* db = nullptr;  // the last one altered with the sqlite3 shell: set apart
    sqlite3_open((folder / "epreuve-7.cmc").c_str(), &db);
    sqlite3_exec(db, "UPDATE prospect SET raison_sociale='Modifiée' WHERE id=2", nullptr, nullptr,
                 nullptr);
    sqlite3_close(db);

    ComparisonWindow window(reference);
    window.resize(1366, 768);
    window.show();
    QEventLoop loop;
    QObject::connect(&window, &ComparisonWindow::compared, &loop, &QEventLoop::quit);
    QObject::connect(&window, &ComparisonWindow::failed, &loop, &QEventLoop::quit);
    QTimer::singleShot(300'000, &loop, &QEventLoop::quit);
    window.compare({dir.path()});
    loop.exec();
    if (!window.comparison()) {
        std::fprintf(stderr, "ÉCHEC de la comparaison\n");
        return false;
    }
    bool ok = true;
    const auto shoot = [&](const char* name) {
        QApplication::processEvents();
        const auto path = out.filePath(QString::fromLatin1(name) + QStringLiteral(".png"));
        const bool saved = window.grab().save(path) && QFileInfo(path).size() > 10'000;
        std::fprintf(stderr, "%s %s\n", saved ? "écrit" : "ÉCHEC", qPrintable(path));
        ok = ok && saved;
    };
    shoot("comparer-epreuves");
    window.tabs()->setCurrentIndex(2);
    auto* chart = window.findChild<DistributionChart*>();
    chart->choice()->setCurrentIndex(
        chart->choice()->findData(QStringLiteral("signalements.precision")));
    shoot("comparer-epreuves-distributions");
    return ok;
}
