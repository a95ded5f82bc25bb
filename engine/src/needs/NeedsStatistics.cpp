#include "cmcsim/needs/NeedsStatistics.h"

#include <fmt/format.h>

#include <cmath>
#include <vector>

#include "WorkforceMix.h"
#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/market/Market.h"
#include "cmcsim/needs/CompanyNeeds.h"
#include "cmcsim/reference/ReferenceData.h"

namespace cmcsim {

namespace {
// Pearson correlation of paired samples, accumulated.
struct Correlation {
    double n = 0, sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0;
    void add(double x, double y) {
        n += 1, sx += x, sy += y, sxx += x * x, syy += y * y, sxy += x * y;
    }
    double value() const {
        const double cov = sxy - sx * sy / n, vx = sxx - sx * sx / n, vy = syy - sy * sy / n;
        return vx > 0 && vy > 0 ? cov / std::sqrt(vx * vy) : 0;
    }
};

std::string pct(double share) {
    return frenchNumber(100 * share, 0) + " %";
}
}  // namespace

NeedsStatistics NeedsStatistics::of(const Market& market, const ReferenceData& ref,
                                    const Scenario& scenario, std::uint64_t seed) {
    NeedsStatistics s;
    Correlation dental, optics, hospital, dependants;
    for (std::uint32_t i = 0; i < market.companies.size(); ++i) {
        const auto& c = market.companies[i];
        const auto n = CompanyNeeds::of(market, ref, scenario, seed, i);
        auto& b = s.bands.at(std::min<std::size_t>(c.sizeBand, 7));
        ++b.companies;
        ++s.companies;
        b.hr += n.decisionMaker("drh") ? 1 : 0;
        b.cse += n.decisionMaker("cse") ? 1 : 0;
        b.accountant += n.decisionMaker("expert_comptable") ? 1 : 0;
        b.broker += n.decisionMaker("courtier") ? 1 : 0;
        b.ownerInfluence += n.decisionMakers.front().influence;
        b.priceSensitivity += n.priceSensitivity;
        b.provident += n.providentWanted ? 1 : 0;
        b.pendingDue += n.pendingDue ? 1 : 0;
        for (const auto& d : n.decisionMakers)
            b.objections += static_cast<double>(d.objections.size());
        if (n.covered) {
            ++b.covered;
            b.dissatisfactions += static_cast<double>(n.dissatisfactions.size());
            b.budgetRatio += n.budgetEurPerEmployeeMonth /
                             (c.health.monthlyPremium.euros() * ref.needs.employerShare);
        }
        s.wantedLevels.at(static_cast<std::size_t>(n.wantedLevel - 1)) += 1;
        s.decisionMonths.at(n.decisionDate.month() - 1) += 1;
        if (n.renewal != Date{} &&
            n.decisionDate > CompanyNeeds::noticeDeadline(n.renewal, n.noticeMonths))
            s.ria += 1;
        const auto w = WorkforceMix::of(market, c);
        if (w.employees >= 5) {
            dental.add(w.children, n.priorities.dental);
            optics.add(w.children, n.priorities.optics);
            hospital.add(w.seniors, n.priorities.hospital);
            dependants.add(w.dependants, n.priorities.dependants);
        }
    }
    for (auto& b : s.bands) {
        if (b.companies == 0) continue;
        const double k = b.companies;
        for (double* x : {&b.hr, &b.cse, &b.accountant, &b.broker, &b.ownerInfluence,
                          &b.priceSensitivity, &b.provident, &b.pendingDue, &b.objections})
            *x /= k;
        if (b.covered > 0) {
            b.dissatisfactions /= b.covered;
            b.budgetRatio /= b.covered;
        }
    }
    for (auto& l : s.wantedLevels) l /= std::max<double>(1, s.companies);
    s.ria /= std::max<double>(1, s.companies);
    s.childrenDental = dental.value();
    s.childrenOptics = optics.value();
    s.seniorsHospital = hospital.value();
    s.familiesDependants = dependants.value();
    return s;
}

std::string NeedsStatistics::text() const {
    static const char* keys[] = {"0-9",     "10-19",   "20-49",    "50-99",
                                 "100-249", "250-499", "500-1999", "2000+"};
    std::string out = fmt::format("Besoins cachés : distribution sur {} — vue de l'évaluateur\n\n",
                                  frenchCount(companies, "entreprise", "entreprises"));
    out += fmt::format("{:<9}{:>8}{:>6}{:>6}{:>8}{:>9}{:>10}{:>8}{:>9}{:>7}{:>6}{:>8}{:>8}\n",
                       "tranche", "entr.", "DRH", "CSE", "expert", "courtier", "dirigeant", "prix",
                       "budget", "prév.", "DUE", "insat.", "object.");
    for (std::size_t i = 0; i < bands.size(); ++i) {
        const auto& b = bands[i];
        if (b.companies == 0) continue;
        out +=
            fmt::format("{:<9}{:>8}{:>6}{:>6}{:>8}{:>9}{:>10}{:>8}{:>9}{:>7}{:>6}{:>8}{:>8}\n",
                        keys[i], b.companies, pct(b.hr), pct(b.cse), pct(b.accountant),
                        pct(b.broker), pct(b.ownerInfluence), frenchNumber(b.priceSensitivity, 2),
                        frenchNumber(b.budgetRatio, 2), pct(b.provident), pct(b.pendingDue),
                        frenchNumber(b.dissatisfactions, 2), frenchNumber(b.objections, 1));
    }
    out +=
        "\nDRH, CSE, expert, courtier : part des entreprises où ce décideur pèse ; dirigeant : "
        "son influence moyenne ; prix : sensibilité moyenne (0 à 1) ; budget : budget patronal "
        "moyen rapporté à la part patronale actuelle ; prév. : ouvertes à la prévoyance ; DUE : "
        "DUE en préparation ; insat. : insatisfactions moyennes (entreprises assurées) ; "
        "object. : objections moyennes par entreprise\n\n";
    out += fmt::format(
        "Corrélations (entreprises d'au moins 5 salariés) : enfants → dentaire {} ; enfants → "
        "optique {} ; 45 ans et plus → hospitalisation {} ; ayants droit → couverture des "
        "ayants droit {}\n",
        frenchNumber(childrenDental, 2), frenchNumber(childrenOptics, 2),
        frenchNumber(seniorsHospital, 2), frenchNumber(familiesDependants, 2));
    out += fmt::format(
        "Niveau qui convient : panier ANI {} ; intermédiaire {} ; confort {} ; haut "
        "de gamme {}\n",
        pct(wantedLevels[0]), pct(wantedLevels[1]), pct(wantedLevels[2]), pct(wantedLevels[3]));
    out += "Décisions par mois :";
    static const char* months[] = {"janv.", "févr.", "mars",  "avr.", "mai",  "juin",
                                   "juil.", "août",  "sept.", "oct.", "nov.", "déc."};
    for (std::size_t m = 0; m < 12; ++m)
        out += fmt::format("{} {} {}", m == 0 ? "" : " ;", months[m], decisionMonths[m]);
    out +=
        fmt::format("\nDécisions en résiliation infra-annuelle (préavis passé) : {}\n", pct(ria));
    return out;
}

}  // namespace cmcsim
