// `cmcsim dashboard`: the piloting data of an attempt's simulated weeks (README.md "CLI").
#include <fmt/format.h>

#include <optional>

#include "CliContext.h"
#include "CliOutput.h"
#include "PdfOutput.h"
#include "cmcsim/attempt/PortfolioSight.h"
#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/core/OutputFile.h"
#include "cmcsim/report/DashboardDocument.h"
#include "cmcsim/report/DashboardXlsx.h"
#include "cmcsim/report/TextTable.h"
#include "cmcsim/sim/Dashboard.h"
#include "cmcsim/store/AttemptSession.h"

namespace cmcsim::cli {

namespace {
std::string euros(double value) {
    return frenchNumber(value, 0) + " €";
}

std::string percent(std::int64_t part, std::int64_t whole) {
    return whole > 0
               ? frenchNumber(100 * static_cast<double>(part) / static_cast<double>(whole), 1) +
                     " %"
               : "—";
}

// A rate in percent, "sans objet" when there was nothing to divide.
std::string rate(const std::optional<double>& r) {
    return r ? frenchNumber(100 * *r, 1) + " %" : std::string("sans objet");
}

// A whole count with French thousands separators, "1 234".
std::string whole(std::int64_t n) {
    return frenchNumber(static_cast<double>(n), 0);
}

// A count objective of contracts: "1", never "1,0"; a week's share of a monthly objective keeps
// its fraction, "0,25" (as DashboardCell::countShare).
std::string contracts(double n) {
    return frenchShort(n, 2);
}

// "1 signature", "3 signatures" (French agreement of a whole count).
std::string count(std::int64_t n, const char* one, const char* many) {
    return frenchCount(static_cast<double>(n), one, many);
}

void printConversions(const char* title, const std::vector<Conversion>& rows) {
    CliOutput::print("{}\n", title);
    if (rows.empty()) CliOutput::print("  aucun contact\n");
    for (const auto& c : rows)
        CliOutput::print(
            "  {} : {}, {} ({}), {} ({} des joints), {}, {}, {}\n", c.label,
            count(c.contacts, "contact", "contacts"), count(c.reached, "joint", "joints"),
            percent(c.reached, c.contacts), count(c.meetings, "rendez-vous", "rendez-vous"),
            percent(c.meetings, c.reached), count(c.proposals, "proposition", "propositions"),
            count(c.signatures, "signature", "signatures"), euros(c.premiumsEur));
}

// `hidden`: what the candidate reads where the portfolio is not seen (PortfolioSight::hidden).
void printDashboard(const Dashboard& d, const std::string& hidden) {
    CliOutput::print("Objectifs et résultats par semaine\n");
    TextTable weeks;
    weeks.columns.assign(8, {true});
    weeks.header = {"Semaine",        "Obj. contrats", "Signés (cumul)", "Obj. primes",
                    "Primes (cumul)", "Appels",        "Appels/j",       "Heures"};
    for (const auto& w : d.weeks)
        weeks.rows.push_back(
            {whole(w.week),
             contracts(w.objectiveContracts) + " (" + contracts(w.cumulativeObjectiveContracts) +
                 ")",
             whole(w.signatures) + " (" + whole(w.cumulativeSignatures) + ")",
             euros(w.objectivePremiumsEur),
             euros(w.premiumsEur) + " (" + euros(w.cumulativePremiumsEur) + ")", whole(w.calls),
             frenchNumber(w.callsPerDay, 1) +
                 (w.dailyCallsObjective > 0 ? "/" + whole(w.dailyCallsObjective) : ""),
             frenchNumber(w.hours, 1) + "/" + frenchNumber(w.capacityHours, 0)});
    CliOutput::text(weeks.render());
    CliOutput::print(
        "Objectifs et résultats par mois (une semaine compte dans le mois de son lundi)\n");
    for (const auto& m : d.months)
        CliOutput::print(
            "  {} : {} pour un objectif de {} ; primes {} pour {}{}\n", m.label,
            count(m.signatures, "signature", "signatures"), contracts(m.objectiveContracts),
            euros(m.premiumsEur), euros(m.objectivePremiumsEur),
            m.complete() ? ""
                         : " (" + count(m.weeksPlayed, "semaine jouée", "semaines jouées") +
                               fmt::format(" sur {})", m.weeks));
    CliOutput::print("Entonnoir\n");
    for (std::size_t s = 0; s < d.funnel.size(); ++s)
        CliOutput::print("  {} : {}\n", funnelStageLabel(static_cast<FunnelStage>(s)),
                         whole(d.funnel[s]));
    std::int64_t calls = 0, mailings = 0, emailings = 0, booked = 0, held = 0, events = 0,
                 reviews = 0;
    for (const auto& w : d.weeks) {
        calls += w.calls;
        mailings += w.mailings;
        emailings += w.emailings;
        booked += w.meetingsBooked;
        held += w.meetingsHeld;
        events += w.events;
        reviews += w.reviews;
    }
    CliOutput::print("Activité : {}, {}, {}, {} pris, {}, {}, {}, {} par les prescripteurs\n",
                     count(calls, "appel", "appels"), count(mailings, "courrier", "courriers"),
                     count(emailings, "courriel", "courriels"),
                     count(booked, "rendez-vous", "rendez-vous"), count(held, "tenu", "tenus"),
                     count(events, "événement", "événements"),
                     count(reviews, "revue de client", "revues de clients"),
                     count(d.introductions, "introduction", "introductions"));
    printConversions("Conversion par canal", d.byChannel);
    printConversions("Conversion par segment", d.bySegment);
    CliOutput::print(
        "Signatures : {} (objectif de la mutuelle sur l'épreuve : {}) ; primes signées : {} "
        "(objectif : {})\n",
        whole(d.signatures), whole(d.policyContracts), euros(d.premiumsSignedEur),
        euros(d.policyPremiumsEur));
    if (!d.portfolioKnown) {
        CliOutput::print("Portefeuille : {}\n", hidden);
    } else {
        CliOutput::print("Portefeuille : {} au départ, {}, {}, {} (conservation {})\n",
                         count(d.clientsAtStart, "client", "clients"),
                         count(d.renewalsDue, "échéance", "échéances"),
                         count(d.renewalsKept, "conservé", "conservés"),
                         count(d.renewalsLost, "perdu", "perdus"), rate(d.retentionRate));
        CliOutput::print(
            "Sinistres / primes du portefeuille : {} au départ, {} en cours ; primes perdues : "
            "{}\n",
            rate(d.lossRatioAtStart), rate(d.lossRatioNow), euros(d.premiumsLostEur));
    }
    CliOutput::print("Veille : {}, {} non {}\n",
                     count(d.eventsReceived, "événement reçu", "événements reçus"),
                     whole(d.eventsMissed), d.eventsMissed > 1 ? "reçus" : "reçu");
}
}  // namespace

void addDashboardCommand(CLI::App& app, CliContext& context) {
    auto* dashboard =
        app.add_subcommand("dashboard",
                           "Tableau de pilotage des semaines jouées : objectifs et résultats, "
                           "entonnoir, activité, conversion, primes, portefeuille ; exports "
                           "XLSX et PDF");
    static std::string file, xlsx, pdf;
    static bool json = false, force = false;
    dashboard->add_option("FILE", file, "Fichier d'épreuve (.cmc)")->required();
    auto* jsonOption = dashboard->add_flag("--json", json, "Sortie JSON");
    auto* xlsxOption = dashboard->add_option("--xlsx", xlsx,
                                             "Classeur Excel (.xlsx) à écrire, une feuille par "
                                             "tableau");
    auto* pdfOption = dashboard->add_option("--pdf", pdf, "Document PDF à écrire");
    jsonOption->excludes(xlsxOption)->excludes(pdfOption);
    xlsxOption->excludes(pdfOption);
    dashboard->add_flag("--force", force, "Remplace le fichier XLSX ou PDF s'il existe");
    dashboard->callback([&context] {
        const auto& target = xlsx.empty() ? pdf : xlsx;
        if (target == "-")
            throw CLI::ValidationError(xlsx.empty() ? "--pdf" : "--xlsx",
                                       "le tableau s'exporte dans un fichier");
        // Refused before any work: a folder, the attempt itself, an existing file without --force.
        if (!target.empty()) OutputFile::check(target, force, {file});
        AttemptSession session(file, context.reference(), {}, AttemptSession::Access::ReadOnly);
        const auto& attempt = session.attempt();
        const auto campaign = Campaign::replay(attempt.scenario(), context.reference(),
                                               attempt.market(), attempt.seed(), session.state());
        const auto d = Dashboard::of(campaign, session.state());
        if (json) {
            CliOutput::json(d.toJson());
        } else if (target.empty()) {
            printDashboard(d, PortfolioSight::hidden(attempt.scenario()));
        } else {
            const auto candidate = attempt.info().find("candidat");
            const DashboardSubject subject{
                candidate == attempt.info().end() ? "" : candidate->second,
                attempt.scenario().title, attempt.scenario().mutuelle.name,
                session.state().simulatedDate().french()};
            OutputFile output(target, force, {file});
            if (!xlsx.empty()) {
                try {
                    DashboardXlsx::write(d, subject, output.path());
                } catch (const InputError& e) {
                    throw output.failure(e.problems().front().what);
                }
                output.commit();
                CliOutput::text(fmt::format("tableau de pilotage ({}) écrit dans {}\n",
                                            frenchCount(static_cast<double>(d.weeks.size()),
                                                        "semaine", "semaines"),
                                            target),
                                stderr);
            } else {
                const int pages = writePdf(DashboardDocument::build(d, subject), output);
                CliOutput::text(fmt::format("tableau de pilotage écrit dans {} ({})\n", target,
                                            frenchCount(pages, "page", "pages")),
                                stderr);
            }
        }
    });
}

}  // namespace cmcsim::cli
