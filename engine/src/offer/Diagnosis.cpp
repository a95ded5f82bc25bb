#include "cmcsim/offer/Diagnosis.h"

#include <fmt/format.h>

#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/core/InputError.h"
#include "cmcsim/core/Siret.h"
#include "cmcsim/market/BreakdownTally.h"
#include "cmcsim/offer/BranchCompliance.h"
#include "cmcsim/prospects/CandidateKnowledge.h"
#include "cmcsim/reference/ReferenceData.h"

namespace cmcsim {

namespace {
constexpr std::array<double, 6> kAgeMid = {20.5, 29.5, 39.5, 49.5, 59.5, 67.0};

// Whether the company's employees are under the régime local d'Alsace-Moselle: its head office
// (public SIRENE data) or one of its listed establishments is in Moselle, Bas-Rhin or Haut-Rhin
// (CSS L325-1 II).
bool alsaceMoselle(const CandidateKnowledge& knowledge, const ReferenceData& ref,
                   const KnownCompany& company) {
    const auto inRegime = [&](std::uint32_t commune) {
        const auto& d = ref.geography.departementCode(commune);
        return d == "57" || d == "67" || d == "68";
    };
    const auto& market = knowledge.market();
    const auto& c = *company.directory;
    if (c.establishmentCount > 0) {
        const auto& first = market.establishments[c.firstEstablishment];
        if (first.headOffice && inRegime(first.commune)) return true;
    }
    for (const auto l : company.lines)
        if (inRegime(market.prospects[l].commune)) return true;
    return false;
}
}  // namespace

Diagnosis Diagnosis::of(const Market& market, const ReferenceData& ref, const std::string& key,
                        int year) {
    return of(CandidateKnowledge(market, ref, Knowledge::everything(market)), ref, key, year);
}

Diagnosis Diagnosis::of(const CandidateKnowledge& knowledge, const ReferenceData& ref,
                        const std::string& key, int year) {
    // Numbers are compared, not formatted: a national market has 1.9 million lines.
    std::optional<std::uint32_t> line;
    if (const auto siretNumber = siret::parse(key, 14))
        line = knowledge.lineOfSiret(*siretNumber);
    else if (const auto sirenNumber = siret::parse(key, 9))
        line = knowledge.lineOfSiren(*sirenNumber);
    if (!line) {
        const bool wellFormed = siret::parse(key, 14) || siret::parse(key, 9);
        throw InputError(
            fmt::format("« {} »", key),
            !wellFormed ? "un SIRET (14 chiffres) ou un SIREN (9 chiffres) attendu, sans espace"
            : !siret::luhnValid(key)
                ? "clé de contrôle invalide : un chiffre est sans doute mal recopié"
                : "ni un SIRET ni un SIREN du fichier prospects de ce marché");
    }
    const auto companyKnown = knowledge.company(*line);
    const auto& company = *companyKnown.directory;
    const auto& listed = knowledge.market().prospects[*line];

    Diagnosis d;
    d.year = year;
    d.name = company.name;
    d.siren = siret::formatSiren(company.siren);
    d.siret = siret::formatSiret(listed.siret);
    const auto& naf = ref.naf.codes()[knowledge.naf(*line)];
    d.naf = naf.code + " – " + naf.label;
    d.legalForm = ref.legalForms[company.legalForm].label;
    const auto idcc = listed.idcc;
    d.agreement = idcc < 0 ? "aucune"
                           : "IDCC " + ref.idcc.agreements()[static_cast<std::size_t>(idcc)].idcc +
                                 " – " +
                                 IdccCatalogue::shortTitle(
                                     ref.idcc.agreements()[static_cast<std::size_t>(idcc)].title);
    d.idcc = idcc < 0 ? "" : ref.idcc.agreements()[static_cast<std::size_t>(idcc)].idcc;
    d.workforce.year = year;
    d.workforce.alsaceMoselle = alsaceMoselle(knowledge, ref, companyKnown);
    d.workforce.headcount = static_cast<int>(companyKnown.headcount);
    d.workforce.childrenPerFamily = ref.workforceFor(naf.section).childrenPerFamily;
    if (knowledge.knownClosed(*line))
        d.shortfalls.push_back(fmt::format(
            "L'établissement SIRET {} est fermé (fiche vérifiée) : il n'a plus de salariés.",
            d.siret));
    double ageSum = 0, cadrePay = 0, otherPay = 0;
    std::uint32_t estimatedPeople = 0, estimatedLines = 0, revealedLines = 0;
    bool verifiedEstimate = false;
    for (const auto l : companyKnown.lines) {
        std::vector<CensusCell> cells;
        if (const auto census = knowledge.census(l)) {
            cells.assign(census->begin(), census->end());
            ++revealedLines;
        } else {
            cells = knowledge.estimatedCensus(l, year);
            estimatedPeople += knowledge.headcount(l);
            verifiedEstimate = verifiedEstimate || knowledge.verified(l);
            ++estimatedLines;
        }
        for (const auto& c : cells) {
            d.workforce.cells.push_back(c);
            const double n = c.headcount, pay = c.meanAnnualPayEur;
            d.employees += n;
            if (c.sex == 0) d.women += n;
            if (c.cadre) {
                d.cadres += n;
                cadrePay += n * pay;
            } else {
                otherPay += n * pay;
            }
            d.byAge[c.ageBand] += n;
            d.byFamily[c.family] += n;
            ageSum += n * kAgeMid[c.ageBand];
            d.salaryMass += n * pay;
        }
    }
    d.estimated = estimatedLines > 0;
    const auto estimate = fmt::format(
        "estimation sur l'effectif {} ({}, {}) et le profil des effectifs du secteur « "
        "{} » ; l'état du personnel n'a pas été demandé",
        verifiedEstimate ? "vérifié" : "déclaré",
        frenchCount(estimatedPeople, "salarié", "salariés"),
        verifiedEstimate ? "fiche vérifiée" : "fichier prospects", naf.sectionLabel);
    if (!d.estimated)
        d.workforceBasis = "état du personnel communiqué par l'entreprise";
    else if (revealedLines == 0)
        d.workforceBasis = estimate;
    else
        d.workforceBasis =
            fmt::format("état du personnel communiqué pour {} ; pour les {} autres, {}",
                        frenchCount(revealedLines, "établissement", "établissements"),
                        estimatedLines, estimate);
    if (d.employees > 0) d.meanAge = ageSum / d.employees;
    if (d.cadres > 0) d.meanPayCadres = cadrePay / d.cadres;
    if (d.employees > d.cadres) d.meanPayNonCadres = otherPay / (d.employees - d.cadres);

    const double pass = ref.regulation.value(year, "pass");
    auto oblige = [&d](std::string label, std::string detail, std::string reference) {
        d.obligations.push_back({std::move(label), std::move(detail), std::move(reference)});
    };
    oblige("Complémentaire santé collective obligatoire pour tous les salariés",
           "mise en place par accord, référendum ou décision unilatérale de l'employeur (DUE) "
           "remise à chaque salarié",
           "CSS art. L911-7 et L911-1");
    oblige("Financement employeur d'au moins 50 % de la cotisation santé",
           "de la cotisation du salarié, ou de la cotisation globale si les ayants droit sont "
           "obligatoires",
           "CSS art. L911-7 III");
    oblige("Contrat responsable et panier de soins minimal",
           "conditions des exonérations sociales et de la TSA à 13,27 % ; panier ANI : ticket "
           "modérateur, forfait journalier illimité, "
           "prothèses dentaires ≥ 125 % BR, optique ≥ 100 €",
           "CSS art. L871-1, R871-2, L911-7 II et D911-1");
    if (d.cadres > 0)
        oblige(
            "Prévoyance des cadres : 1,50 % de la tranche 1 à la charge de l'employeur, dont 0,76 "
            "% pour le décès",
            fmt::format("{} ; tranche 1 plafonnée au PASS {} € ; à défaut, capital de 3 "
                        "PASS ({} €) dû aux ayants droit",
                        frenchCount(d.cadres, "cadre", "cadres"), frenchNumber(pass, 0),
                        frenchNumber(3 * pass, 0)),
            "ANI du 17 novembre 2017 relatif à la prévoyance des cadres, art. 1 et 2");
    oblige(
        companyKnown.headcount >= 11 ? "Forfait social de 8 % sur les contributions patronales"
                                     : "Pas de forfait social (moins de 11 salariés)",
        fmt::format("effectif de l'entreprise : {}{}", companyKnown.headcount,
                    d.estimated ? " (effectif connu, à confirmer)" : ""),
        "CSS art. L137-15 (assiette, entreprises d'au moins 11 salariés) et L137-16 (taux de 8 %)");
    if (d.workforce.alsaceMoselle)
        oblige("Régime local d'Alsace-Moselle",
               "le siège ou un établissement est en Moselle, Bas-Rhin ou Haut-Rhin : les salariés "
               "cotisent 1,30 % de leur salaire au régime local, qui rembourse en plus de la "
               "Sécurité sociale (par exemple 90 % au lieu de 70 % pour les consultations, "
               "forfait journalier) ; le contrat collectif intervient après ses prestations et sa "
               "cotisation en est réduite d'autant ; l'employeur en finance au moins 50 % ; les "
               "branches publient des taux Alsace-Moselle, appliqués ci-dessous",
               "CSS art. L325-1 et D911-1-1");
    if (!d.idcc.empty()) {
        const double pmss = ref.regulation.value(year, "pmss");
        const auto& branches = ref.offers.branches;
        if (!branches.knows(d.idcc))
            oblige("Convention collective : garanties minimales",
                   d.agreement + " : " + BranchCompliance::unrecordedAgreement(),
                   BranchCompliance::kUnrecordedReference);
        // One obligation per accord, domain and population: the rows' texts, as the compliance
        // report checks them.
        const BranchRule* group = nullptr;
        for (const auto* rule : BranchCompliance::applicable(
                 branches, d.idcc, Date::fromCivil(year, 1, 1), d.workforce)) {
            const auto text = rule->describe(d.workforce.alsaceMoselle, pmss);
            if (group && group->source == rule->source && group->domain == rule->domain &&
                group->population == rule->population) {
                d.obligations.back().detail += " — " + text;
                continue;
            }
            group = rule;
            oblige(rule->domain == "sante" ? "Convention collective : santé"
                                           : "Convention collective : prévoyance",
                   BranchCompliance::title(*rule) + " : " + text, rule->source);
        }
    }

    const auto health = knowledge.companyHealth(*line);
    const auto provident = knowledge.companyProvident(*line);
    const auto& market = knowledge.market();
    d.coverKnown = health.has_value();
    d.premiumKnown = health && health->monthlyPremium;
    d.currentHealthLevel = health && health->insurer >= 0 ? health->level : 0;
    if (!health) {
        d.currentHealth =
            "non connue : révélée par la veille concurrentielle, par l'extrait de portefeuille "
            "pour les clients de votre mutuelle, ou par l'entreprise (rendez-vous, cahier des "
            "charges d'un appel d'offres)";
    } else if (health->insurer >= 0) {
        const auto& insurer = market.competitors[static_cast<std::size_t>(health->insurer)];
        // A meeting tells the insurer and level, not the renewal (its own question).
        const auto renewal =
            health->renewal == Date() ? std::string("non connue") : health->renewal.french();
        d.currentHealth =
            health->monthlyPremium
                ? fmt::format("{}, niveau {}, {} par salarié et par mois, échéance {}",
                              insurer.name, coverageLevelLabel(health->level),
                              health->monthlyPremium->french(), renewal)
                : fmt::format("{}, niveau {}, échéance {} (cotisation non connue)", insurer.name,
                              coverageLevelLabel(health->level), renewal);
        if (health->monthlyPremium) d.currentMonthlyPremium = health->monthlyPremium->euros();
    } else {
        d.currentHealth = "aucun contrat collectif santé";
        if (d.employees > 0)
            d.shortfalls.push_back(
                "Aucune complémentaire santé collective : l'entreprise ne respecte pas "
                "l'obligation de l'article L911-7 CSS.");
    }
    if (!provident) {
        d.currentProvident =
            "non connue : révélée par la veille concurrentielle ou par le cahier des charges d'un "
            "appel d'offres";
    } else if (provident->insurer >= 0) {
        const auto& insurer = market.competitors[static_cast<std::size_t>(provident->insurer)];
        d.currentProvident = fmt::format("{}, niveau {}", insurer.name, provident->level);
        d.providentInsurer = insurer.name;
    } else {
        d.currentProvident = "aucun contrat de prévoyance";
        d.providentInsurer = std::string();
        if (d.cadres > 0)
            d.shortfalls.push_back(
                fmt::format("Aucune prévoyance alors que l'entreprise emploie {} : en cas "
                            "de décès, capital de 3 PASS dû par l'employeur.",
                            frenchCount(d.cadres, "cadre", "cadres")));
    }
    if (d.currentHealthLevel == 1)
        d.shortfalls.push_back(
            "Contrat au niveau du panier minimal : restes à charge élevés en optique, dentaire et "
            "dépassements d'honoraires.");
    if (health && health->satisfaction && *health->satisfaction < 0.5)
        d.shortfalls.push_back("Satisfaction faible à l'égard de l'assureur actuel.");
    d.openQuestions = {
        "Acte fondateur (DUE, accord, référendum) et dispenses d'adhésion en cours",
        "Ayants droit : couverts à titre obligatoire ou facultatif ?",
        "Statistiques de consommation et rapport sinistres/primes des trois derniers exercices",
        "Minimums de la convention collective et organisme éventuellement recommandé par la "
        "branche",
        "Date d'échéance, préavis de résiliation et attentes en services (tiers payant, réseaux, "
        "prévention)"};
    if (d.estimated)
        d.openQuestions.insert(d.openQuestions.begin(),
                               "État du personnel (âge, sexe, cadres, situation familiale, "
                               "salaires) : le tarif repose sur une estimation");
    if (!health)
        d.openQuestions.insert(d.openQuestions.begin(),
                               "Contrats santé et prévoyance actuels : assureur, garanties, "
                               "cotisation, échéance");
    return d;
}

}  // namespace cmcsim
