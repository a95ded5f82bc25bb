#include "cmcsim/reference/ResponseModel.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <variant>

namespace cmcsim {

namespace {
// A global parameter (canal "*"): its name, where it goes and its range.
struct GlobalParameter {
    const char* name;
    std::variant<double ResponseModel::*, int ResponseModel::*> field;
    double min, max;
};

const std::vector<GlobalParameter> kGlobals = {
    {"rdv_proposition", &ResponseModel::meetingToProposal, 0, 1},
    {"proposition_signature", &ResponseModel::proposalToSignature, 0, 1},
    {"delai_rdv_semaines", &ResponseModel::meetingDelayWeeks, 1, 12},
    {"delai_proposition_semaines", &ResponseModel::proposalDelayWeeks, 1, 12},
    {"delai_decision_semaines", &ResponseModel::decisionDelayWeeks, 1, 26},
    {"refroidissement_semaines", &ResponseModel::coolingOffWeeks, 0, 104},
    {"tentatives_appel", &ResponseModel::callAttempts, 1, 20},
    {"report_max_semaines", &ResponseModel::carryWeeks, 0, 52},
    {"facteur_chaud", &ResponseModel::warmFactor, 0, 10},
    {"facteur_prescripteur", &ResponseModel::prescriberFactor, 0, 10},
    {"poids_propension", &ResponseModel::propensityWeight, 0, 2},
    {"poids_satisfaction", &ResponseModel::satisfactionWeight, 0, 2},
    {"preavis_mois", &ResponseModel::noticeMonths, 0, 12},
    {"fenetre_echeance_semaines", &ResponseModel::consultationWindowWeeks, 0, 52},
    {"facteur_echeance", &ResponseModel::renewalWindowFactor, 0, 10},
    {"facteur_hors_preavis", &ResponseModel::pastNoticeFactor, 0, 10},
    {"facteur_client", &ResponseModel::clientFactor, 0, 10},
    {"facteur_grande_entreprise", &ResponseModel::largeCompanyFactor, 0, 10},
    {"facteur_cible_prioritaire", &ResponseModel::priorityFactor, 0, 10},
    {"prime_mensuelle_defaut", &ResponseModel::defaultMonthlyPremiumEur, 0, 10000},
    {"introductions_par_prescripteur", &ResponseModel::introductionsPerPrescriber, 0, 100},
    {"duree_animation_semaines", &ResponseModel::animationWeeks, 0, 104},
    {"fenetre_revue_semaines", &ResponseModel::reviewWindowWeeks, 0, 104},
    {"perte_sans_revue", &ResponseModel::lossWithoutReview, 0, 1},
    {"perte_avec_revue", &ResponseModel::lossWithReview, 0, 1},
    {"preavis_resiliation", &ResponseModel::resignationNotice, 0, 1},
    {"reconquete_preavis", &ResponseModel::winBackAfterNotice, 0, 1},
    {"derive_sinistralite", &ResponseModel::claimsDrift, 0, 1},
    {"franchissement_hebdo", &ResponseModel::thresholdCrossingWeekly, 0, 1},
    {"hausse_concurrent_mois", &ResponseModel::competitorRiseMonth, 1, 12},
    {"hausse_concurrent_taux", &ResponseModel::competitorRiseRate, 0, 1},
    {"facteur_hausse_concurrent", &ResponseModel::competitorRiseFactor, 0, 10},
    {"retention_concurrent", &ResponseModel::retentionOffer, 0, 1},
    {"facteur_retention", &ResponseModel::retentionFactor, 0, 1},
    {"pass_mois", &ResponseModel::passMonth, 1, 12},
};

const std::map<std::string, double ChannelRates::*> kRates = {{"joignable", &ChannelRates::reach},
                                                              {"interet", &ChannelRates::interest},
                                                              {"rdv", &ChannelRates::meeting},
                                                              {"rappel", &ChannelRates::callback}};

std::string channelList() {
    std::string list;
    for (const auto c : kResponseChannels) list += (list.empty() ? "" : ", ") + std::string(c);
    return list;
}
}  // namespace

const RefusalReason* ResponseModel::refusal(std::string_view code) const {
    const auto it = std::find_if(refusals.begin(), refusals.end(),
                                 [&](const RefusalReason& r) { return r.code == code; });
    return it == refusals.end() ? nullptr : &*it;
}

ResponseModel ResponseModel::load(const std::filesystem::path& datasets) {
    return from(CsvTable::load(datasets / "modele_reponse.csv", "datasets/modele_reponse.csv",
                               {"canal", "parametre", "valeur", "libelle", "source", "confiance"}));
}

ResponseModel ResponseModel::from(const CsvTable& t) {
    ResponseModel m;
    std::set<std::string> seen;
    double weights = 0;
    for (std::size_t r = 0; r < t.rowCount(); ++r) {
        const auto& channel = t.required(r, 0);
        const auto& name = t.required(r, 1);
        t.required(r, 4);  // every value has its source, or says it is an assumption
        if (!seen.insert(channel + "/" + name).second)
            t.fail(r, 1, fmt::format("paramètre « {} » du canal « {} » en double", name, channel));
        if (channel == "motif") {
            m.refusals.push_back({name, t.required(r, 3), t.number(r, 2, 0, 1)});
            weights += m.refusals.back().weight;
        } else if (channel == "*") {
            const auto it = std::find_if(kGlobals.begin(), kGlobals.end(),
                                         [&](const GlobalParameter& g) { return name == g.name; });
            if (it == kGlobals.end()) t.fail(r, 1, "paramètre général connu attendu");
            if (const auto* real = std::get_if<double ResponseModel::*>(&it->field)) {
                m.*(*real) = t.number(r, 2, it->min, it->max);
            } else {
                const double v = t.number(r, 2, it->min, it->max);
                if (v != std::floor(v)) t.fail(r, 2, "nombre entier attendu");
                m.*std::get<int ResponseModel::*>(it->field) = static_cast<int>(v);
            }
        } else {
            const auto c = std::find(kResponseChannels.begin(), kResponseChannels.end(), channel);
            if (c == kResponseChannels.end())
                t.fail(r, 0, "canal attendu : " + channelList() + ", * ou motif");
            const auto rate = kRates.find(name);
            if (rate == kRates.end()) t.fail(r, 1, "joignable, interet, rdv ou rappel attendu");
            m.channels[static_cast<std::size_t>(c - kResponseChannels.begin())].*(rate->second) =
                t.number(r, 2, 0, 1);
        }
    }
    const auto last = t.rowCount() == 0 ? 0 : t.rowCount() - 1;
    for (const auto c : kResponseChannels)
        for (const auto& [rate, field] : kRates)
            if (!seen.contains(std::string(c) + "/" + rate))
                t.fail(last, 1, fmt::format("paramètre « {} » du canal « {} » manquant", rate, c));
    for (const auto& g : kGlobals)
        if (!seen.contains(std::string("*/") + g.name))
            t.fail(last, 1, fmt::format("paramètre général « {} » manquant", g.name));
    if (m.refusals.empty() || std::abs(weights - 1) > 1e-3)
        t.fail(last, 2,
               fmt::format("poids des motifs de refus de somme 1 attendus ({:.4f})", weights));
    return m;
}

}  // namespace cmcsim
