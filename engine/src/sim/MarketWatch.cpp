#include "cmcsim/sim/MarketWatch.h"

#include <fmt/format.h>

#include <cmath>

#include "cmcsim/core/FrenchElision.h"
#include "cmcsim/core/FrenchFormat.h"

namespace cmcsim {

int weekOf(const Scenario& scenario, Date date) {
    const int days = date.days() - scenario.startDate.days();
    return days < 0 ? 0 : days / 7 + 1;
}

Date weekStart(const Scenario& scenario, int week) {
    return scenario.startDate.plusDays(7 * (week - 1));
}

MarketWatch::MarketWatch(const Scenario& scenario, const Market& market, const Portfolio& portfolio,
                         const Respondent& respondent)
    : scenario_(&scenario), market_(&market), respondent_(&respondent) {
    for (std::uint32_t c = 0; c < market.companies.size(); ++c) {
        const auto n = market.companies[c].headcount;
        if ((n >= 8 && n <= 10) || (n >= 45 && n <= 49)) nearThreshold_.push_back(c);
    }
    for (const auto& contract : portfolio.contracts) addClientEvents(contract);
}

void MarketWatch::addClientEvents(const PortfolioContract& contract) {
    const auto& m = respondent_->model();
    const auto& company = market_->companies[contract.company];
    const auto& cover = contract.health ? company.health : company.provident;
    const Date renewal = contract.renewal;
    const auto year = static_cast<std::uint64_t>(renewal.year());
    const auto key = mixKey(company.siren, contract.health ? 1 : 2);
    MarketEvent e;
    e.company = contract.company;
    e.threat = true;
    e.reached = true;
    e.effective = renewal;
    if (respondent_->chance(Purpose("preavis"), key, static_cast<int>(year),
                            cover.propensityToMove * m.resignationNotice)) {
        auto random = respondent_->stream(Purpose("preavis.date"), key, year);
        e.kind = MarketEventKind::ResignationNotice;
        e.date = respondent_->noticeDeadline(renewal).plusDays(
            -static_cast<std::int32_t>(random.between(0, 55)));
        e.text =
            fmt::format("{} envoie une lettre de résiliation de son contrat {} (échéance du {})",
                        company.name, contract.health ? "santé" : "prévoyance", renewal.french());
        e.source = "Courrier du client";
        if (e.date >= scenario_->startDate) clientEvents_.emplace(e.date.days(), e);
    }
    const bool high = !contract.lossRatios.empty() && contract.lossRatios.back() > 0.9f;
    if (respondent_->chance(Purpose("derive"), key, static_cast<int>(year),
                            m.claimsDrift * (high ? 2 : 1))) {
        auto random = respondent_->stream(Purpose("derive.date"), key, year);
        const int span = std::max(0, renewal.days() - 28 - scenario_->startDate.days());
        e.kind = MarketEventKind::ClaimsDrift;
        e.date = scenario_->startDate.plusDays(static_cast<std::int32_t>(random.between(0, span)));
        e.text = fmt::format("Dérive de la sinistralité du contrat {} {} (échéance du {})",
                             contract.health ? "santé" : "prévoyance", elide("de", company.name),
                             renewal.french());
        e.source = "Rapport technique du portefeuille";
        clientEvents_.emplace(e.date.days(), e);
    }
}

std::vector<MarketEvent> MarketWatch::eventsOf(int week, Date start,
                                               const std::function<bool(std::uint32_t)>& follows,
                                               bool competitorWatch) const {
    const auto& m = respondent_->model();
    std::vector<MarketEvent> events;
    const Date end = start.plusDays(6);
    const auto firstOf = [&](int month) -> std::optional<Date> {
        for (const int year : {start.year(), end.year()}) {
            const Date d = Date::fromCivil(year, static_cast<unsigned>(month), 1);
            if (d >= start && d <= end) return d;
        }
        return std::nullopt;
    };
    if (const auto d = firstOf(m.passMonth)) {
        MarketEvent e;
        e.kind = MarketEventKind::NextYearPass;
        e.date = *d;
        e.effective = Date::fromCivil(d->year() + 1, 1, 1);
        e.text = fmt::format(
            "Publication du plafond annuel de la sécurité sociale (PASS) {} : les garanties et "
            "plafonds exprimés en PASS changent au {}",
            d->year() + 1, e.effective.french());
        e.source = "Journal officiel";
        e.reached = true;
        events.push_back(e);
    }
    if (const auto d = firstOf(m.competitorRiseMonth)) {
        for (std::size_t c = 1; c < market_->competitors.size(); ++c) {
            const auto& competitor = market_->competitors[c];
            auto random =
                respondent_->stream(Purpose("hausse"), c, static_cast<std::uint64_t>(d->year()));
            MarketEvent e;
            e.kind = MarketEventKind::CompetitorRateRise;
            e.date = *d;
            e.competitor = static_cast<std::int32_t>(c);
            e.value = m.competitorRiseRate * competitor.priceLevel * (0.5 + random.uniform());
            e.effective = Date::fromCivil(d->year() + 1, 1, 1);
            e.text =
                fmt::format("{} annonce une hausse de ses tarifs collectifs de {} % au {}",
                            competitor.name, frenchNumber(e.value * 100, 1), e.effective.french());
            e.source = "Veille concurrentielle";
            e.reached = competitorWatch;
            events.push_back(e);
        }
    }
    for (auto it = clientEvents_.lower_bound(start.days());
         it != clientEvents_.end() && it->first <= end.days(); ++it)
        events.push_back(it->second);
    for (const auto c : nearThreshold_) {
        const auto& company = market_->companies[c];
        if (!respondent_->chance(Purpose("seuil"), company.siren, week, m.thresholdCrossingWeekly))
            continue;
        MarketEvent e;
        e.kind = MarketEventKind::ThresholdCrossing;
        e.date = start;
        e.effective = start;
        e.company = c;
        e.value = company.headcount < 11 ? 11 : 50;
        e.text =
            fmt::format("{} atteint {} salariés ({})", company.name, e.value,
                        e.value == 11 ? "nouvelles obligations sociales à partir de 11"
                                      : "CSE consulté sur la protection sociale à partir de 50");
        e.source = "Fichier prospects et presse locale";
        e.reached = follows(c);
        events.push_back(e);
    }
    for (auto& e : events) e.week = week;
    return events;
}

}  // namespace cmcsim
