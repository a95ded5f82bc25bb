#include <fmt/format.h>

#include <filesystem>

#include "CliContext.h"
#include "CliOutput.h"
#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/core/OutputFile.h"
#include "cmcsim/market/MarketGenerator.h"
#include "cmcsim/market/Territory.h"
#include "cmcsim/report/TextTable.h"
#include "cmcsim/scenario/ScenarioLoader.h"
#include "cmcsim/scenario/ScenarioPack.h"

namespace cmcsim::cli {

namespace {

std::string kindLabel(const std::string& kind) {
    if (kind == "mutuelle") return "mutuelle";
    if (kind == "institution_prevoyance") return "institution de prévoyance";
    return "compagnie d'assurance";
}

std::string segmentText(const SegmentCriteria& s) {
    std::string out = s.label + " :";
    auto list = [&](const char* name, const std::vector<std::string>& values) {
        if (values.empty()) return;
        out += fmt::format(" {} {}", name, fmt::join(values, ", "));
        out += ";";
    };
    list("sections", s.sections);
    list("divisions", s.divisions);
    list("tranches", s.sizeBands);
    list("IDCC", s.idcc);
    if (out.back() == ';') out.pop_back();
    return out;
}

void show(CliContext& context, const std::string& name) {
    const auto& ref = context.reference();
    const auto [s, path] = context.scenario(name);
    const Territory territory(ref.geography, s);
    const MarketGenerator generator(ref, s);
    CliOutput::print("{} ({})\n", s.title, s.id);
    CliOutput::print("Fichier : {}\n", ScenarioPack::isPack(path) ? name : path.string());
    CliOutput::print("Début : {} ; durée : {} ; graine : {}\n", s.startDate.french(),
                     frenchCount(s.durationWeeks, "semaine", "semaines"), s.seed);
    CliOutput::print(
        "Territoire : {}, {}\n",
        frenchCount(static_cast<double>(territory.communes().size()), "commune", "communes"),
        frenchCount(static_cast<double>(territory.population()), "habitant", "habitants"));
    CliOutput::print("Établissements à générer : {}\n",
                     frenchNumber(static_cast<double>(generator.plannedEstablishments()), 0));
    CliOutput::print("\nActeurs du marché (part des entreprises couvertes en santé)\n");
    auto actor = [](const CompetitorSpec& c, const std::string& label) {
        CliOutput::print("  {} {} {:>5} %  prix {:.2f}  garanties {}/4  service {:.2f}\n",
                         fitColumn(label, 40), fitColumn(kindLabel(c.kind), 26),
                         frenchNumber(c.marketShare * 100, 1), c.priceLevel, c.guaranteeLevel,
                         c.serviceQuality);
    };
    actor(s.mutuelle, s.mutuelle.name + " (votre mutuelle)");
    for (const auto& c : s.competitors) actor(c, c.name);
    const auto& p = s.policy;
    CliOutput::print(
        "\nPolitique commerciale : objectif {}, {} de cotisations annuelles ; budget {} ; "
        "{} jours d'analyse\n",
        frenchCount(static_cast<double>(p.newContracts), "contrat", "contrats"),
        Money::euros(p.annualPremiumEur).french(), Money::euros(p.budgetEur).french(),
        frenchNumber(p.analysisDays, 1));
    for (const auto& seg : p.prioritySegments)
        CliOutput::print("  Cible prioritaire — {}\n", segmentText(seg));
    for (const auto& seg : p.excludedSegments)
        CliOutput::print("  Exclusion — {}\n", segmentText(seg));
    CliOutput::print("\nÉtudes proposées\n");
    for (const auto& st : s.studies)
        CliOutput::print("  {} {:>12}  {} j  (etude.achat : « {} »)\n", fitColumn(st.title, 60),
                         Money::euros(st.costEur).french(), frenchNumber(st.days, 1), st.id);
    CliOutput::print("\nConsigne\n{}\n", s.brief);
}

}  // namespace

void addScenarioCommands(CLI::App& app, CliContext& context) {
    auto* scenario = app.add_subcommand(
        "scenario", "Scénarios : lister, valider, afficher, assembler un paquet");
    scenario->require_subcommand(1);

    auto* list = scenario->add_subcommand(
        "list", "Liste les scénarios fournis (le scénario par défaut est marqué *)");
    list->callback([&context] {
        for (const auto& s : context.library().scenarios())
            CliOutput::print("{} {} {}\n", s.isDefault ? "*" : " ", fitColumn(s.id, 20), s.title);
    });

    auto* validate = scenario->add_subcommand(
        "validate",
        "Valide des fichiers de scénario ou des paquets (dossier ou .zip avec manifest.json) et "
        "indique chaque erreur");
    static std::vector<std::string> files;
    validate->add_option("FILE", files, "Fichiers JSON de scénario, paquets .zip ou dossiers")
        ->required();
    validate->callback([&context] {
        const ScenarioLoader loader(context.reference());
        bool failed = false;
        // Every file is reported, whatever happens to the others.
        for (const auto& file : files) {
            try {
                if (ScenarioPack::isPack(file)) {
                    const auto pack = ScenarioPack::read(file, loader);
                    CliOutput::print("{} : paquet valide « {} » ({}, version {}), {}\n", file,
                                     pack.title, pack.author, pack.version,
                                     frenchCount(static_cast<double>(pack.scenarios.size()),
                                                 "scénario", "scénarios"));
                    for (const auto& entry : pack.scenarios)
                        CliOutput::print("  {} : valide ({})\n", entry.file, entry.scenario.id);
                    continue;
                }
                const auto s = loader.fromFile(file);
                CliOutput::print("{} : valide ({})\n", file, s.id);
            } catch (const InputError& e) {
                failed = true;
                CliOutput::errors(e);
            } catch (const std::exception& e) {
                failed = true;
                CliOutput::errors(InputError(file, e.what()));
            }
        }
        if (failed) throw CommandFailed{1};
    });

    auto* pack = scenario->add_subcommand(
        "pack", "Assemble un dossier de paquet (manifest.json et scénarios) en une archive .zip");
    static std::string folder, output;
    static bool force = false;
    pack->add_option("DIR", folder, "Dossier du paquet (manifest.json et les scénarios)")
        ->required();
    pack->add_option("-o,--output", output, "Archive .zip à écrire")->required();
    pack->add_flag("--force", force, "Remplace l'archive si elle existe");
    pack->callback([&context] {
        if (!std::filesystem::is_directory(folder))
            throw InputError(folder, "dossier de paquet attendu (manifest.json et les scénarios)");
        const auto read = ScenarioPack::read(folder, ScenarioLoader(context.reference()));
        // The pack's own files are never replaced, even with --force.
        std::vector<std::filesystem::path> inputs{std::filesystem::path(folder) / "manifest.json"};
        for (const auto& entry : read.scenarios)
            inputs.push_back(std::filesystem::path(folder) / entry.file);
        OutputFile::check(output, force, inputs);
        read.writeZip(output, force, inputs);
        CliOutput::print(
            "{} : paquet « {} » écrit, {}\n", output, read.title,
            frenchCount(static_cast<double>(read.scenarios.size()), "scénario", "scénarios"));
    });

    auto* showCommand = scenario->add_subcommand(
        "show", "Affiche un scénario (fichier, identifiant, default ou PAQUET#identifiant)");
    static std::string name;
    showCommand
        ->add_option("SCENARIO", name,
                     "Fichier, identifiant fourni, default, ou scénario d'un paquet "
                     "(PAQUET#identifiant)")
        ->required();
    showCommand->callback([&context] { show(context, name); });
}

}  // namespace cmcsim::cli
