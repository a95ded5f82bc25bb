#include "cmcsim/offer/ResponsibleContract.h"

#include <fmt/format.h>

#include <algorithm>
#include <tuple>

#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/offer/HealthPricing.h"

namespace cmcsim {

namespace {
using Verdict = ComplianceRule::Verdict;
constexpr const char* kResponsible = "CSS art. L871-1 et R871-2 (contrat responsable)";

std::string euros(double v) {
    return frenchNumber(v, 2) + " €";
}
}  // namespace

double ResponsibleContract::ceiling(const CareItem& item, const Guarantee& g) {
    const double amo = item.amoRate * item.baseEur;
    switch (g.kind) {
        case Guarantee::Kind::PercentOfBase:
            return g.value / 100.0 * item.baseEur;
        case Guarantee::Kind::CoPayment:
            return item.baseEur;
        case Guarantee::Kind::PerAct:
            return amo + g.value;
        case Guarantee::Kind::PerYear:
            return amo + g.value;
        case Guarantee::Kind::ActualCost:
            return 1e9;
        case Guarantee::Kind::None:
            return amo;
    }
    return amo;
}

CoverLimits::CoverLimits(const HealthProduct& product,
                         const std::vector<const HealthProduct*>& options,
                         const OfferCatalogue& catalogue)
    : product_(product), options_(options), catalogue_(catalogue) {}

const CareItem* CoverLimits::item(const std::string& id) const {
    for (const auto& i : catalogue_.careItems)
        if (i.id == id) return &i;
    return nullptr;
}

Guarantee CoverLimits::guarantee(const std::string& id) const {
    return HealthPricing::effectiveGuarantee(id, product_, options_);
}

double CoverLimits::ceiling(const std::string& id) const {
    const auto* i = item(id);
    return i ? ResponsibleContract::ceiling(*i, guarantee(id)) : 0.0;
}

double CoverLimits::percentOfBase(const std::string& id) const {
    const auto* i = item(id);
    return i && i->baseEur > 0 ? 100.0 * ceiling(id) / i->baseEur : 0.0;
}

namespace {
// Evaluates every rule; `out`, when given, receives them with their texts (only then built: the
// pricer asks for the verdict alone on every quote).
bool evaluate(const HealthProduct& product, const std::vector<const HealthProduct*>& options,
              const OfferCatalogue& catalogue, const std::string& who,
              std::vector<ComplianceRule>* out) {
    bool all = true;
    auto rule = [&](bool met, auto label, auto figures) {
        all = all && met;
        if (out)
            out->push_back({fmt::format("{} — {} ({})", label(), product.label, who),
                            met ? Verdict::Met : Verdict::NotMet, figures(), kResponsible,
                            ComplianceRule::Scope::Health});
    };
    const CoverLimits limits(product, options, catalogue);

    for (const auto& [optam, other, what] :
         {std::tuple{"consultation_generaliste_optam", "consultation_generaliste_non_optam",
                     "généralistes"},
          std::tuple{"consultation_specialiste_optam", "consultation_specialiste_non_optam",
                     "spécialistes"}}) {
        const double withOptam = limits.percentOfBase(optam), without = limits.percentOfBase(other);
        const char* whom = what;
        rule(
            without <= 200.0 + 1e-9 &&
                (without <= withOptam - 20.0 + 1e-9 || without <= 100.0 + 1e-9),
            [&] {
                return fmt::format(
                    "Dépassements des médecins non OPTAM ({}) plafonnés à 200 % BR "
                    "et 20 points sous l'OPTAM",
                    whom);
            },
            [&] {
                return fmt::format("non OPTAM {} % BR, OPTAM {} % BR", frenchNumber(without, 0),
                                   frenchNumber(withOptam, 0));
            });
    }
    const double optics = limits.ceiling("optique_libre");
    rule(
        optics <= 420.0 + 1e-9,
        [] {
            return std::string(
                "Optique hors 100 % Santé plafonnée à 420 € (deux verres simples, "
                "monture ≤ 100 €)");
        },
        [&] { return fmt::format("remboursement maximal {} par équipement", euros(optics)); });
    const double hearing = limits.ceiling("audiologie_libre");
    rule(
        hearing <= 1700.0 + 1e-9,
        [] {
            return std::string(
                "Aides auditives hors 100 % Santé plafonnées à 1 700 € par appareil");
        },
        [&] { return fmt::format("remboursement maximal {} par appareil", euros(hearing)); });
    const auto daily = limits.guarantee("forfait_journalier");
    rule(
        daily.kind != Guarantee::Kind::None && daily.annualCapEur == 0,
        [] {
            return std::string(
                "Forfait journalier hospitalier pris en charge sans limitation de durée");
        },
        [&] {
            return std::string(daily.kind == Guarantee::Kind::None ? "non couvert" : "couvert");
        });
    for (const auto& [id, what] :
         {std::pair{"optique_100_sante", "optique"},
          std::pair{"dentaire_prothese_100_sante", "prothèses dentaires"}}) {
        const auto g = limits.guarantee(id);
        const auto* i = limits.item(id);
        const bool full = g.kind == Guarantee::Kind::ActualCost ||
                          (i && ResponsibleContract::ceiling(*i, g) >= i->meanCostEur);
        const char* basket = what;
        rule(
            full,
            [&] {
                return fmt::format(
                    "Panier 100 % Santé {} remboursé intégralement (reste à charge nul)", basket);
            },
            [&] { return std::string(full ? "reste à charge nul" : "reste à charge possible"); });
    }
    return all;
}
}  // namespace

std::vector<ComplianceRule> ResponsibleContract::rules(
    const HealthProduct& product, const std::vector<const HealthProduct*>& options,
    const OfferCatalogue& catalogue, const std::string& who) {
    std::vector<ComplianceRule> out;
    evaluate(product, options, catalogue, who, &out);
    return out;
}

bool ResponsibleContract::responsible(const HealthProduct& product,
                                      const std::vector<const HealthProduct*>& options,
                                      const OfferCatalogue& catalogue) {
    return evaluate(product, options, catalogue, {}, nullptr);
}

}  // namespace cmcsim
