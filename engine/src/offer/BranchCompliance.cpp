#include "cmcsim/offer/BranchCompliance.h"

#include <fmt/format.h>

#include <algorithm>

#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/reference/RegulatoryParameters.h"

namespace cmcsim {

namespace {
using Kind = BranchRule::Kind;
using Verdict = ComplianceRule::Verdict;
constexpr double kEpsilon = 1e-9;

std::string euros(double v) {
    return frenchNumber(v, 2) + " €";
}
std::string percent(double v) {
    return BranchRule::percent(v);
}
// A computed share or % PMSS, two decimals.
std::string percent2(double v) {
    return frenchNumber(v, 2) + " %";
}

bool healthRule(const BranchRule& r) {
    return r.domain == "sante";
}

// Whether the workforce has cadres and non-cadres.
std::pair<bool, bool> populations(const CompanyWorkforce& w) {
    bool cadres = false, others = false;
    for (const auto& c : w.cells) (c.cadre ? cadres : others) |= c.headcount > 0;
    return {cadres, others};
}

// The groups ("cadres", "non_cadres") of the workforce a rule concerns.
std::vector<std::string> groupsOf(const BranchRule& rule, const CompanyWorkforce& w) {
    const auto [cadres, others] = populations(w);
    std::vector<std::string> groups;
    if (cadres && rule.population != "non_cadres") groups.emplace_back("cadres");
    if (others && rule.population != "cadres") groups.emplace_back("non_cadres");
    return groups;
}

// A class for the employee's own cover, not a dependant's (the adult/child structure's "Enfant").
bool employeeClass(const RateClassPrice& c) {
    return c.name.rfind("Enfant", 0) != 0 && c.name.rfind("Conjoint", 0) != 0;
}

const char* dependantsLabel(Dependants d) {
    return d == Dependants::Mandatory           ? "tous les ayants droit obligatoires"
           : d == Dependants::ChildrenMandatory ? "enfants obligatoires, conjoint facultatif"
                                                : "ayants droit facultatifs";
}

// The provident rates of a quote in fractions of T1 and T2; computed from the premium and the
// category's census when the pricer left them at zero.
struct ProvidentRates {
    double t1 = 0, t2 = 0, employerT1 = 0, employerT2 = 0, payrollT2 = 0;
};

ProvidentRates ratesOf(const ProvidentQuote& q, const CompanyWorkforce& w, double pass) {
    ProvidentRates r{q.rateT1, q.rateT2, q.employerRateT1, q.employerRateT2, q.payrollT2};
    if (q.rateT1 > 0 || q.annualPremium <= 0) return r;
    double t1 = 0, t2 = 0;
    for (const auto& c : OfferPricer::cellsOf(q.category, w.cells)) {
        const auto tranches = OfferPricer::tranchesOf(c.meanAnnualPayEur, pass);
        t1 += c.headcount * tranches.t1;
        t2 += c.headcount * tranches.t2;
    }
    if (t1 + t2 <= 0) return r;
    // The pricer quotes one rate on the whole pay: the same on T1 and T2.
    r.t1 = r.t2 = q.annualPremium / (t1 + t2);
    r.employerT1 = r.employerT2 = q.annualEmployer / (t1 + t2);
    r.payrollT2 = t2;
    return r;
}

// One verdict with its figures.
struct Finding {
    Verdict verdict;
    std::string figures;
};

Finding compare(bool met, std::string figures) {
    return {met ? Verdict::Met : Verdict::NotMet, std::move(figures)};
}

Finding checkHealth(const BranchRule& rule, double v, const HealthTerms& terms,
                    const HealthQuote& q, double pmss) {
    std::vector<const RateClassPrice*> own;
    for (const auto& c : q.classes)
        if (employeeClass(c) && c.monthly > 0) own.push_back(&c);
    if (own.empty() && rule.kind != Kind::ChildrenMandatory && rule.kind != Kind::FamilyMandatory)
        return {Verdict::ToCheck, "aucune classe de cotisation tarifée"};
    const auto lowestEmployer = [&] {
        return *std::min_element(own.begin(), own.end(), [](const auto* a, const auto* b) {
            return a->employerMonthly < b->employerMonthly;
        });
    };
    const auto pctPmss = [&](double eur) { return percent2(100 * eur / pmss) + " PMSS"; };
    // The rule's own figure as the accord writes it, or the euro amount in % PMSS.
    const auto limit = [&](bool inEuros) { return inEuros ? pctPmss(v) : percent(v) + " PMSS"; };
    switch (rule.kind) {
        case Kind::EmployerPctOfContribution: {
            // The employee's own cover; every class when the dependants are compulsory (optional
            // dependants' surcharge is the employee's choice, as for the legal 50 %).
            std::vector<const RateClassPrice*> bound = {own.front()};
            if (terms.dependants != Dependants::Optional) bound = own;
            const auto* worst = *std::min_element(bound.begin(), bound.end(), [](auto* a, auto* b) {
                return a->employerMonthly / a->monthly < b->employerMonthly / b->monthly;
            });
            const double share = worst->employerMonthly / worst->monthly;
            return compare(
                share >= v / 100 - kEpsilon,
                fmt::format("part patronale {} ({} : {} sur {}) pour un minimum de {}",
                            percent2(100 * share), worst->name, euros(worst->employerMonthly),
                            euros(worst->monthly), percent(v)));
        }
        case Kind::EmployerPctOfSingleRate: {
            const auto* single = own.front();
            const double minimum = v / 100 * single->monthly;
            const auto* worst = lowestEmployer();
            return compare(worst->employerMonthly >= minimum - kEpsilon,
                           fmt::format("part patronale {} ({}) pour un minimum de {} ({} du "
                                       "tarif {} de {})",
                                       euros(worst->employerMonthly), worst->name, euros(minimum),
                                       percent(v), single->name, euros(single->monthly)));
        }
        case Kind::EmployerPctPmss:
        case Kind::EmployerEuros: {
            const double minimum =
                rule.kind == Kind::EmployerEuros ? v : BranchRule::pmssEuros(v, pmss);
            const auto* worst = lowestEmployer();
            return compare(
                worst->employerMonthly >= minimum - 0.005,
                fmt::format("part patronale {} ({}, {}) pour un minimum de {} ({})",
                            euros(worst->employerMonthly), pctPmss(worst->employerMonthly),
                            worst->name, euros(minimum), limit(rule.kind == Kind::EmployerEuros)));
        }
        case Kind::EmployeeMaxPctPmss:
        case Kind::EmployeeMaxEuros: {
            const double maximum =
                rule.kind == Kind::EmployeeMaxEuros ? v : BranchRule::pmssEuros(v, pmss);
            // The employee's own cover; every class when the dependants are compulsory.
            std::vector<const RateClassPrice*> bound = {own.front()};
            if (terms.dependants != Dependants::Optional) bound = own;
            const auto* worst = *std::max_element(bound.begin(), bound.end(), [](auto* a, auto* b) {
                return a->employeeMonthly < b->employeeMonthly;
            });
            return compare(worst->employeeMonthly <= maximum + 0.005,
                           fmt::format("part salariale {} ({}, {}) pour un maximum de {} ({})",
                                       euros(worst->employeeMonthly),
                                       pctPmss(worst->employeeMonthly), worst->name, euros(maximum),
                                       limit(rule.kind == Kind::EmployeeMaxEuros)));
        }
        case Kind::ChildrenMandatory:
            return compare(terms.dependants != Dependants::Optional,
                           fmt::format("offre : {} ; la branche impose la couverture "
                                       "obligatoire des enfants",
                                       dependantsLabel(terms.dependants)));
        case Kind::FamilyMandatory:
            return compare(terms.dependants == Dependants::Mandatory,
                           fmt::format("offre : {} ; la branche impose la couverture "
                                       "obligatoire de tous les ayants droit",
                                       dependantsLabel(terms.dependants)));
        default:
            return {Verdict::ToCheck, ""};
    }
}

Finding checkProvident(const BranchRule& rule, double v, const ProvidentQuote& q,
                       const CompanyWorkforce& w, double pass) {
    const auto r = ratesOf(q, w, pass);
    const auto rate = [&](double got, const char* what, const char* tranche, bool t2) {
        if (t2 && r.payrollT2 <= 0)
            return Finding{Verdict::Met, fmt::format("aucun salaire au-delà du PASS ({} €) : pas "
                                                     "de tranche 2",
                                                     frenchNumber(pass, 0))};
        return compare(got >= v / 100 - kEpsilon,
                       fmt::format("{} {} de la {} pour un minimum de {}", what, percent(100 * got),
                                   tranche, percent(v)));
    };
    switch (rule.kind) {
        case Kind::ProvidentRateT1:
            return rate(r.t1, "cotisation", "tranche 1", false);
        case Kind::ProvidentRateT2:
            return rate(r.t2, "cotisation", "tranche 2", true);
        case Kind::ProvidentEmployerT1:
            return rate(r.employerT1, "part patronale", "tranche 1", false);
        case Kind::ProvidentEmployerT2:
            return rate(r.employerT2, "part patronale", "tranche 2", true);
        case Kind::ProvidentEmployerPct: {
            const double share = q.annualPremium > 0 ? q.annualEmployer / q.annualPremium : 0;
            return compare(share >= v / 100 - kEpsilon,
                           fmt::format("part patronale {} de la cotisation pour un minimum de {}",
                                       percent2(100 * share), percent(v)));
        }
        default:
            return {Verdict::ToCheck, ""};
    }
}

// Rules the data cannot settle on the offer's figures, or that have nothing to compare.
bool settledByFigures(Kind k) {
    return k != Kind::SocialActionPct && k != Kind::MinimumGuarantees &&
           k != Kind::NoBranchScheme && k != Kind::ToCheck;
}
}  // namespace

Date BranchCompliance::ruleDate(const Offer& offer, int year) {
    return offer.effectiveDate == Date() ? Date::fromCivil(year, 1, 1) : offer.effectiveDate;
}

std::vector<const BranchRule*> BranchCompliance::applicable(const BranchRequirements& branches,
                                                            const std::string& idcc, Date date,
                                                            const CompanyWorkforce& workforce) {
    std::vector<const BranchRule*> rules;
    if (idcc.empty()) return rules;
    for (const auto* r : branches.inForce(idcc, date))
        if (!groupsOf(*r, workforce).empty()) rules.push_back(r);
    return rules;
}

const BranchRule* BranchCompliance::cadresMinimum(const BranchRequirements& branches,
                                                  const std::string& idcc, Date date,
                                                  const CompanyWorkforce& workforce) {
    for (const auto* r : applicable(branches, idcc, date, workforce))
        if (r->kind == Kind::ProvidentEmployerT1 && r->population == "cadres" &&
            r->detail.find("remplace le 1,50 %") != std::string::npos)
            return r;
    return nullptr;
}

std::string BranchCompliance::unrecordedAgreement() {
    return "exigences santé et prévoyance de la branche (y compris des non-cadres) non relevées "
           "dans les données : lire le texte de la convention";
}

std::string BranchCompliance::title(const BranchRule& rule) {
    return fmt::format("Convention collective IDCC {}, {} ({}){}", rule.idcc, rule.domainLabel(),
                       rule.populationLabel(), rule.extended ? "" : ", " + rule.scope());
}

std::vector<ComplianceRule> BranchCompliance::check(const BranchRequirements& branches,
                                                    const std::string& idcc, const Offer& offer,
                                                    const OfferQuote& quote,
                                                    const CompanyWorkforce& workforce,
                                                    const RegulatoryParameters& regulation) {
    const Date date = ruleDate(offer, workforce.year);
    // The PMSS of the rule's year; the nearest year the parameters hold otherwise.
    int year = regulation.hasYear(date.year()) ? date.year() : workforce.year;
    if (!regulation.hasYear(year) && !regulation.all().empty())
        year = date.year() < regulation.all().begin()->first ? regulation.all().begin()->first
                                                             : regulation.all().rbegin()->first;
    const double pmss = regulation.value(year, "pmss"), pass = regulation.value(year, "pass");
    const bool am = workforce.alsaceMoselle;
    std::vector<ComplianceRule> out;
    if (!idcc.empty() && !branches.knows(idcc))
        out.push_back({fmt::format("Convention collective IDCC {} : exigences de la branche", idcc),
                       Verdict::ToCheck, unrecordedAgreement(),
                       BranchCompliance::kUnrecordedReference, ComplianceRule::Scope::Both});
    for (const auto* rule : applicable(branches, idcc, date, workforce)) {
        const auto label = title(*rule) + " : " + rule->describe(am, pmss);
        const double v = rule->figure(am);
        const auto add = [&](const std::string& who, Finding f) {
            // An unverified figure (⚠ in the data) cannot make the offer non-compliant.
            if (rule->confidence == "⚠" && f.verdict == Verdict::NotMet) {
                f.verdict = Verdict::ToCheck;
                f.figures += " (chiffre de branche non vérifié : à confirmer sur le texte)";
            }
            out.push_back({who.empty() ? label : label + " — catégorie « " + who + " »", f.verdict,
                           std::move(f.figures), rule->source,
                           rule->domain == "prevoyance" ? ComplianceRule::Scope::Provident
                                                        : ComplianceRule::Scope::Health});
        };
        if (!settledByFigures(rule->kind)) {
            if (rule->kind == Kind::NoBranchScheme)
                add("", {Verdict::Met, "les règles légales sont vérifiées ci-dessus"});
            else
                add("", {Verdict::ToCheck,
                         rule->kind == Kind::SocialActionPct
                             ? "part d'action sociale à faire préciser par l'assureur : l'offre "
                               "ne l'exprime pas"
                         : rule->kind == Kind::ToCheck
                             ? "règle de branche non relevée : lire le texte de la convention "
                               "avant de proposer l'offre"
                             : "à comparer au contrat proposé : la branche ne fixe pas de chiffre "
                               "que l'offre exprime"});
            continue;
        }
        // The offer's categories that cover the groups concerned, and the groups left bare.
        std::vector<const OfferCategory*> covering;
        std::vector<std::string> bare;
        for (const auto& group : groupsOf(*rule, workforce)) {
            bool covered = false;
            for (const auto& c : offer.categories) {
                const bool has = healthRule(*rule) ? c.health.has_value() : c.provident.has_value();
                if (!has || (c.category != "ensemble" && c.category != group)) continue;
                covered = true;
                if (std::find(covering.begin(), covering.end(), &c) == covering.end())
                    covering.push_back(&c);
            }
            if (!covered) bare.push_back(group);
        }
        for (const auto& group : bare)
            add(Offer::categoryLabel(group),
                {Verdict::NotMet,
                 fmt::format("aucune {} proposée aux {}",
                             healthRule(*rule) ? "complémentaire santé" : "prévoyance",
                             Offer::categoryLabel(group))});
        for (const auto* c : covering) {
            const std::string who = Offer::categoryLabel(c->category);
            if (healthRule(*rule)) {
                for (const auto& q : quote.health)
                    if (q.category == c->category)
                        add(who, checkHealth(*rule, v, *c->health, q, pmss));
            } else {
                for (const auto& q : quote.provident)
                    if (q.category == c->category)
                        add(who, checkProvident(*rule, v, q, workforce, pass));
            }
        }
    }
    return out;
}

}  // namespace cmcsim
