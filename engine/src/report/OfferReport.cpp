#include "cmcsim/report/OfferReport.h"

#include <fmt/format.h>

#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/report/TextTable.h"

namespace cmcsim {

namespace {
std::string eur(double v) {
    return frenchNumber(v, 2) + " €";
}
std::string n0(double v) {
    return frenchNumber(v, 0);
}
std::string pct(double v, int decimals = 1) {
    return frenchNumber(v * 100, decimals) + " %";
}
const char* kAges[] = {"16-24", "25-34", "35-44", "45-54", "55-64", "65+"};
const char* kFamilies[] = {"isolés", "en couple", "parents isolés", "en famille"};
const char* kFamily[] = {"isolé", "en couple", "parent isolé", "en famille"};  // singular
}  // namespace

std::string OfferReport::diagnosisText(const Diagnosis& d) {
    std::string out = fmt::format(
        "Diagnostic — {}\nSIREN {} ; établissement SIRET {}\nActivité : {}\nConvention collective "
        ": {}\nForme juridique : {}\n\n",
        d.name, d.siren, d.siret, d.naf, d.agreement, d.legalForm);
    out += fmt::format(
        "Effectif {} sur le territoire : {}, dont {} ({}) et {} ({}) ; âge moyen {} ans\n",
        d.estimated ? "estimé" : "recensé", frenchCount(d.employees, "salarié", "salariés"),
        frenchCount(d.women, "femme", "femmes"),
        pct(d.employees > 0 ? d.women / d.employees : 0, 0),
        frenchCount(d.cadres, "cadre", "cadres"),
        pct(d.employees > 0 ? d.cadres / d.employees : 0, 0), frenchNumber(d.meanAge, 1));
    if (d.estimated) out += fmt::format("  Source : {}\n", d.workforceBasis);
    out += "  Âges :";
    for (std::size_t i = 0; i < 6; ++i) out += fmt::format(" {} : {} ;", kAges[i], n0(d.byAge[i]));
    out.back() = '\n';
    out += "  Situations familiales :";
    for (std::size_t i = 0; i < 4; ++i)
        out += fmt::format(" {} ;", frenchCount(d.byFamily[i], kFamily[i], kFamilies[i]));
    out.back() = '\n';
    // A mean over nobody is no figure: "aucun cadre" rather than "salaire moyen cadres 0,00 €".
    out += fmt::format(
        "  Masse salariale brute annuelle {} ; salaire moyen cadres {}, non-cadres {}\n\n",
        eur(d.salaryMass), d.cadres > 0 ? eur(d.meanPayCadres) : "(aucun cadre)",
        d.employees > d.cadres ? eur(d.meanPayNonCadres) : "(aucun non-cadre)");
    out += "Obligations\n";
    for (const auto& o : d.obligations)
        out += fmt::format("  • {}\n    {}\n    ({})\n", o.label, o.detail, o.reference);
    out += fmt::format("\nCouverture actuelle\n  Santé : {}\n  Prévoyance : {}\n", d.currentHealth,
                       d.currentProvident);
    out += "\nInsuffisances\n";
    if (d.shortfalls.empty()) out += "  aucune relevée à ce stade\n";
    for (const auto& s : d.shortfalls) out += "  • " + s + "\n";
    out += "\nQuestions à poser\n";
    for (const auto& q : d.openQuestions) out += "  • " + q + "\n";
    return out;
}

nlohmann::json OfferReport::diagnosisJson(const Diagnosis& d) {
    nlohmann::json j = {{"raison_sociale", d.name},
                        {"siren", d.siren},
                        {"siret", d.siret},
                        {"naf", d.naf},
                        {"convention", d.agreement},
                        {"salaries", d.employees},
                        {"effectif_estime", d.estimated},
                        {"source_effectif", d.workforceBasis},
                        {"femmes", d.women},
                        {"cadres", d.cadres},
                        {"age_moyen", d.meanAge},
                        {"masse_salariale", d.salaryMass},
                        {"sante_actuelle", d.currentHealth},
                        {"prevoyance_actuelle", d.currentProvident},
                        {"insuffisances", d.shortfalls},
                        {"questions", d.openQuestions}};
    for (const auto& o : d.obligations)
        j["obligations"].push_back(
            {{"obligation", o.label}, {"detail", o.detail}, {"reference", o.reference}});
    j["ages"] = d.byAge;
    j["familles"] = d.byFamily;
    return j;
}

std::string OfferReport::quoteText(const OfferStudy& s, const std::vector<CareItem>& items) {
    const auto& q = s.quote;
    std::string out = fmt::format("Proposition — {} pour {}\nDate d'effet : {}\n", s.offer.title,
                                  s.diagnosis.name, s.offer.effectiveDate.french());
    if (s.diagnosis.estimated)
        out += fmt::format("Tarif sur un effectif estimé : {}\n", s.diagnosis.workforceBasis);
    for (const auto& h : q.health) {
        out +=
            fmt::format("\nSanté — {} — produit {} ({}, {})\n", Offer::categoryTitle(h.category),
                        h.product, frenchCount(h.employees, "salarié", "salariés"),
                        frenchCount(h.insuredPeople, "personne couverte", "personnes couvertes"));
        TextTable classes;
        classes.columns = {{false, 30}, {true}, {true}, {true}, {true}, {true}};
        classes.header = {"Classe", "Membres", "Cotisation/mois", "% PMSS", "Employeur", "Salarié"};
        for (const auto& c : h.classes)
            classes.rows.push_back({c.name, n0(c.members), eur(c.monthly),
                                    frenchNumber(c.pctPmss, 2), eur(c.employerMonthly),
                                    eur(c.employeeMonthly)});
        out += classes.render();
        out += fmt::format(
            "  Cotisations annuelles {} TTC dont taxes {} ; prestations attendues {} ; S/P attendu "
            "{}\n",
            eur(h.annualPremium), eur(h.annualTaxes), eur(h.annualClaims),
            pct(h.expectedLossRatio));
        if (h.annualServices > 0)
            out += fmt::format("  Services payés par l'employeur en plus : {} par an\n",
                               eur(h.annualServices));
        out += "  Prestations attendues par poste :";
        for (Eigen::Index i = 0; i < h.claimsByItem.size(); ++i)
            if (h.claimsByItem(i) > 0.5)
                out += fmt::format("\n    {} {:>14}",
                                   fitColumn(items[static_cast<std::size_t>(i)].label, 70),
                                   eur(h.claimsByItem(i)));
        out += "\n";
        for (const auto& note : h.notes) out += fmt::format("  Note : {}\n", note);
    }
    for (const auto& p : q.provident) {
        // The rate as the market quotes it (% of the T1 and T2 bands of pay), then of gross pay.
        out += fmt::format(
            "\nPrévoyance — {} — produit {} : taux {} de la tranche 1 et {} de la tranche 2, soit "
            "{} du salaire brut ({} par an, dont décès {} du salaire brut), S/P attendu {}\n",
            Offer::categoryTitle(p.category), p.product, pct(p.rateT1, 2), pct(p.rateT2, 2),
            pct(p.rateOfPay, 2), eur(p.annualPremium), pct(p.deathRateOfPay, 2),
            p.lossRatioDefined() ? pct(p.expectedLossRatio) : "non calculable (aucune cotisation)");
        for (const auto& note : p.notes) out += fmt::format("  Note : {}\n", note);
    }
    out += fmt::format("\nCoût annuel total : employeur {} (forfait social compris), salariés {}\n",
                       eur(q.annualEmployerCost), eur(q.annualEmployeeCost));
    for (const auto& [category, sim] : q.payroll) {
        out += fmt::format("\nTraitement social et fiscal — salarié type ({}, salaire {})\n",
                           Offer::categoryTitle(category), sim.input.grossPay.french());
        for (const auto& f : sim.figures)
            out += fmt::format("  {} {:>14}\n", fitColumn(f.label, 84), f.amount.french());
    }
    out += fmt::format("\nConformité : {}\n",
                       s.compliance.compliant() ? "offre conforme" : "OFFRE NON CONFORME");
    for (const auto& r : s.compliance.rules)
        out += fmt::format("  [{}] {} — {}\n      {}\n", ComplianceReport::verdictLabel(r.verdict),
                           r.label, r.figures, r.reference);
    const auto& r = s.risk;
    out += fmt::format(
        "\nRisque ({} années simulées)\n  Prestations annuelles : moyenne {} (simulée {}), écart "
        "type {} (simulé {}), coefficient de variation {}\n",
        n0(r.years), eur(r.analyticMean), eur(r.simulatedMean), eur(r.analyticStdDev),
        eur(r.simulatedStdDev), pct(r.coefficientOfVariation()));
    out += fmt::format(
        "  Probabilité que le S/P dépasse 100 % (perte pour la mutuelle) : {} ; dépasse 110 % "
        "(hausse de cotisation probable) : {}\n",
        pct(r.probabilityLossAbove100, 2), pct(r.probabilityIncreaseNeeded, 2));
    out += fmt::format("  S/P : 5 % {} — 25 % {} — médiane {} — 75 % {} — 95 % {}\n",
                       pct(r.lossRatioQuantiles[0]), pct(r.lossRatioQuantiles[1]),
                       pct(r.lossRatioQuantiles[2]), pct(r.lossRatioQuantiles[3]),
                       pct(r.lossRatioQuantiles[4]));
    const auto& c = s.comparison;
    out += fmt::format(
        "\nComparaison avec le contrat actuel ({})\n  Cotisation par salarié et par mois : "
        "actuelle {}, proposée {}\n",
        s.diagnosis.currentHealth,
        s.diagnosis.premiumKnown ? eur(c.currentMonthlyPerEmployee) : "non connue",
        eur(c.proposedMonthlyPerEmployee));
    out += fmt::format(
        "  Prestations attendues par salarié et par an : actuelles {}, proposées {}\n",
        s.diagnosis.coverKnown ? eur(c.currentExpectedBenefitsPerPerson) : "non connues",
        eur(c.proposedExpectedBenefitsPerPerson));
    out += fmt::format("  {} {} {}\n", fitColumn("Poste", 50), fitColumn("Actuel", 34), "Proposé");
    for (const auto& line : c.guarantees)
        out += fmt::format("  {} {} {}\n", fitColumn(line.item, 50), fitColumn(line.current, 34),
                           line.proposed);
    out += "  Projection sur 3 ans (inflation médicale " + pct(c.medicalInflation) +
           " par an, hypothèse) :\n";
    for (std::size_t y = 0; y < 3; ++y)
        out += fmt::format(
            "    année {} : actuel {}, proposé {}\n", y + 1,
            s.diagnosis.premiumKnown ? eur(c.currentProjection[y]) : std::string("non connu"),
            eur(c.proposedProjection[y]));
    return out;
}

nlohmann::json OfferReport::quoteJson(const OfferStudy& s, const std::vector<CareItem>& items) {
    nlohmann::json j = {{"entreprise", s.diagnosis.name},
                        {"siret", s.diagnosis.siret},
                        {"effectif_estime", s.diagnosis.estimated},
                        {"source_effectif", s.diagnosis.workforceBasis},
                        {"offre", s.offer.title},
                        {"cout_annuel_employeur", s.quote.annualEmployerCost},
                        {"cout_annuel_salaries", s.quote.annualEmployeeCost},
                        {"cotisations_annuelles", s.quote.annualPremium},
                        {"conforme", s.compliance.compliant()}};
    for (const auto& h : s.quote.health) {
        nlohmann::json hj = {{"categorie", h.category},
                             {"produit", h.product},
                             {"salaries", h.employees},
                             {"personnes_couvertes", h.insuredPeople},
                             {"cotisations_ttc", h.annualPremium},
                             {"taxes", h.annualTaxes},
                             {"prestations_attendues", h.annualClaims},
                             {"sp_attendu", h.expectedLossRatio}};
        for (const auto& c : h.classes)
            hj["classes"].push_back({{"classe", c.name},
                                     {"membres", c.members},
                                     {"mensuel", c.monthly},
                                     {"pct_pmss", c.pctPmss},
                                     {"employeur", c.employerMonthly},
                                     {"salarie", c.employeeMonthly}});
        for (Eigen::Index i = 0; i < h.claimsByItem.size(); ++i)
            hj["prestations_par_poste"][items[static_cast<std::size_t>(i)].id] = h.claimsByItem(i);
        if (!h.notes.empty()) hj["notes"] = h.notes;
        j["sante"].push_back(hj);
    }
    for (const auto& p : s.quote.provident) {
        j["prevoyance"].push_back(
            {{"categorie", p.category},
             {"produit", p.product},
             {"taux_salaire", p.rateOfPay},
             {"taux_t1", p.rateT1},
             {"taux_t2", p.rateT2},
             {"cotisations", p.annualPremium},
             {"sp_attendu",
              p.lossRatioDefined() ? nlohmann::json(p.expectedLossRatio) : nlohmann::json()}});
        if (!p.notes.empty()) j["prevoyance"].back()["notes"] = p.notes;
    }
    for (const auto& r : s.compliance.rules)
        j["conformite"].push_back({{"regle", r.label},
                                   {"verdict", ComplianceReport::verdictLabel(r.verdict)},
                                   {"chiffres", r.figures},
                                   {"reference", r.reference}});
    j["risque"] = {{"annees", s.risk.years},
                   {"moyenne", s.risk.analyticMean},
                   {"ecart_type", s.risk.analyticStdDev},
                   {"moyenne_simulee", s.risk.simulatedMean},
                   {"ecart_type_simule", s.risk.simulatedStdDev},
                   {"p_sp_sup_100", s.risk.probabilityLossAbove100},
                   {"p_sp_sup_110", s.risk.probabilityIncreaseNeeded},
                   {"quantiles_sp", s.risk.lossRatioQuantiles}};
    j["comparaison"] = {{"mensuel_actuel", s.comparison.currentMonthlyPerEmployee},
                        {"mensuel_propose", s.comparison.proposedMonthlyPerEmployee},
                        {"projection_actuelle", s.comparison.currentProjection},
                        {"projection_proposee", s.comparison.proposedProjection}};
    return j;
}

}  // namespace cmcsim
