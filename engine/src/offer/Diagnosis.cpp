#include "cmcsim/offer/Diagnosis.h"

#include <fmt/format.h>

#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/core/InputError.h"
#include "cmcsim/core/Siret.h"
#include "cmcsim/market/BreakdownTally.h"
#include "cmcsim/reference/ReferenceData.h"

namespace cmcsim {

namespace {
constexpr std::array<double, 6> kAgeMid = {20.5, 29.5, 39.5, 49.5, 59.5, 67.0};
}  // namespace

Diagnosis Diagnosis::of(const Market& market, const ReferenceData& ref, const std::string& key,
                        int year) {
    const Company* company = nullptr;
    const Establishment* establishment = nullptr;
    // Numbers are compared, not formatted: a national market has 1.9 million establishments.
    if (const auto siretNumber = siret::parse(key, 14))
        for (const auto& e : market.establishments)
            if (e.siret == *siretNumber) {
                establishment = &e;
                company = &market.companies[e.company];
            }
    if (const auto sirenNumber = siret::parse(key, 9); !company && sirenNumber)
        for (const auto& c : market.companies)
            if (c.siren == *sirenNumber) company = &c;
    if (!company) throw InputError(key, "ni un SIRET ni un SIREN de ce marché (14 ou 9 chiffres)");
    if (!establishment) establishment = &market.establishments[company->firstEstablishment];

    Diagnosis d;
    d.year = year;
    d.name = company->name;
    d.siren = siret::formatSiren(company->siren);
    d.siret = siret::formatSiret(establishment->siret);
    const auto& naf = ref.naf.codes()[company->naf];
    d.naf = naf.code + " – " + naf.label;
    d.legalForm = ref.legalForms[company->legalForm].label;
    d.agreement =
        company->idcc < 0
            ? "aucune"
            : "IDCC " + ref.idcc.agreements()[static_cast<std::size_t>(company->idcc)].idcc +
                  " – " +
                  IdccCatalogue::shortTitle(
                      ref.idcc.agreements()[static_cast<std::size_t>(company->idcc)].title);
    d.workforce.year = year;
    d.workforce.headcount = static_cast<int>(company->headcount);
    d.workforce.childrenPerFamily = ref.workforceFor(naf.section).childrenPerFamily;
    double ageSum = 0, cadrePay = 0, otherPay = 0;
    for (std::uint32_t i = 0; i < company->establishmentCount; ++i) {
        const auto& e = market.establishments[company->firstEstablishment + i];
        for (const auto& c : market.census(e)) {
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
            fmt::format("{} cadre(s) ; tranche 1 plafonnée au PASS {} € ; à défaut, capital de 3 "
                        "PASS ({} €) dû aux ayants droit",
                        frenchNumber(d.cadres, 0), frenchNumber(pass, 0),
                        frenchNumber(3 * pass, 0)),
            "ANI du 17 novembre 2017 relatif à la prévoyance des cadres, art. 1 et 2");
    oblige(company->headcount >= 11 ? "Forfait social de 8 % sur les contributions patronales"
                                    : "Pas de forfait social (moins de 11 salariés)",
           fmt::format("effectif de l'entreprise : {}", company->headcount), "CSS art. L137-15");
    if (company->idcc >= 0) {
        const auto& code = ref.idcc.agreements()[static_cast<std::size_t>(company->idcc)].idcc;
        bool known = false;
        for (const auto& b : ref.offers.branchRequirements)
            if (b.idcc == code) {
                oblige(b.domain == "sante" ? "Convention collective : santé"
                                           : "Convention collective : prévoyance",
                       b.requirement, b.reference);
                known = true;
            }
        if (!known)
            oblige(
                "Garanties minimales de la convention collective",
                d.agreement + " : minimums santé et prévoyance (y compris non-cadres) à vérifier",
                "CSS art. L912-1 ; texte de la convention");
    }

    d.currentHealthLevel = company->health.insurer >= 0 ? company->health.level : 0;
    if (company->health.insurer >= 0) {
        const auto& insurer = market.competitors[static_cast<std::size_t>(company->health.insurer)];
        d.currentHealth =
            fmt::format("{}, niveau {}, {} par salarié et par mois, échéance {}", insurer.name,
                        coverageLevelLabel(company->health.level),
                        company->health.monthlyPremium.french(), company->health.renewal.french());
        d.currentMonthlyPremium = company->health.monthlyPremium.euros();
    } else {
        d.currentHealth = "aucun contrat collectif santé";
        if (d.employees > 0)
            d.shortfalls.push_back(
                "Aucune complémentaire santé collective : l'entreprise ne respecte pas "
                "l'obligation de l'article L911-7 CSS.");
    }
    if (company->provident.insurer >= 0) {
        const auto& insurer =
            market.competitors[static_cast<std::size_t>(company->provident.insurer)];
        d.currentProvident = fmt::format("{}, niveau {}", insurer.name, company->provident.level);
    } else {
        d.currentProvident = "aucun contrat de prévoyance";
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
    if (company->health.insurer >= 0 && company->health.satisfaction < 0.5)
        d.shortfalls.push_back("Satisfaction faible à l'égard de l'assureur actuel.");
    d.openQuestions = {
        "Acte fondateur (DUE, accord, référendum) et dispenses d'adhésion en cours",
        "Ayants droit : couverts à titre obligatoire ou facultatif ?",
        "Statistiques de consommation et rapport sinistres/primes des trois derniers exercices",
        "Minimums de la convention collective et organisme éventuellement recommandé par la "
        "branche",
        "Date d'échéance, préavis de résiliation et attentes en services (tiers payant, réseaux, "
        "prévention)"};
    return d;
}

}  // namespace cmcsim
