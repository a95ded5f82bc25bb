#include "cmcsim/sim/MarketWatch.h"

#include <fmt/format.h>

#include <cmath>
#include <optional>
#include <set>

#include "cmcsim/core/FrenchElision.h"
#include "cmcsim/core/FrenchFormat.h"

namespace cmcsim {

namespace {

MarketEvent riseEvent(const Market& market, std::size_t competitor, Date date, double rate) {
    MarketEvent e;
    e.kind = MarketEventKind::CompetitorRateRise;
    e.date = date;
    e.competitor = static_cast<std::int32_t>(competitor);
    e.value = rate;
    e.effective = Date::fromCivil(date.year() + 1, 1, 1);
    e.text = fmt::format("{} annonce une hausse de ses tarifs collectifs de {} % au {}",
                         market.competitors[competitor].name, frenchNumber(rate * 100, 1),
                         e.effective.french());
    e.source = "Veille concurrentielle";
    return e;
}

// The trainer's sentence with the company's name for "{entreprise}" ("de {entreprise}" elided),
// or after it when it does not name the company; the generated sentence when there is none.
std::string scriptedText(const ScriptedEvent& scripted, std::string generated,
                         const std::string& company) {
    if (scripted.text.empty()) return generated;
    if (company.empty()) return scripted.text;
    const std::string key = "{entreprise}";
    if (scripted.text.find(key) == std::string::npos) return scripted.text + " — " + company;
    auto text = elideBefore(scripted.text, "entreprise", company);
    for (auto at = text.find(key); at != std::string::npos; at = text.find(key, at)) {
        text.replace(at, key.size(), company);
        at += company.size();
    }
    return text;
}

}  // namespace

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
    for (const auto& event : scenario.events) addScripted(event, portfolio);
}

MarketEvent MarketWatch::clientEvent(MarketEventKind kind,
                                     const PortfolioContract& contract) const {
    const auto& company = market_->companies[contract.company];
    MarketEvent e;
    e.kind = kind;
    e.company = contract.company;
    e.threat = true;
    e.reached = true;
    e.effective = contract.renewal;
    const char* product = contract.health ? "santé" : "prévoyance";
    if (kind == MarketEventKind::ResignationNotice) {
        e.text =
            fmt::format("{} envoie une lettre de résiliation de son contrat {} (échéance du {})",
                        company.name, product, contract.renewal.french());
        e.source = "Courrier du client";
    } else {
        e.text = fmt::format("Dérive de la sinistralité du contrat {} {} (échéance du {})", product,
                             elide("de", company.name), contract.renewal.french());
        e.source = "Rapport technique du portefeuille";
    }
    return e;
}

MarketEvent MarketWatch::thresholdEvent(std::uint32_t c, Date start) const {
    const auto& company = market_->companies[c];
    MarketEvent e;
    e.kind = MarketEventKind::ThresholdCrossing;
    e.date = start;
    e.effective = start;
    e.company = c;
    e.value = company.headcount < 11 ? 11 : 50;
    e.text = fmt::format("{} atteint {} salariés ({})", company.name, e.value,
                         e.value == 11 ? "nouvelles obligations sociales à partir de 11"
                                       : "CSE consulté sur la protection sociale à partir de 50");
    e.source = "Fichier prospects et presse locale";
    return e;
}

void MarketWatch::addClientEvents(const PortfolioContract& contract) {
    const auto& m = respondent_->model();
    const auto& company = market_->companies[contract.company];
    const auto& cover = contract.health ? company.health : company.provident;
    const Date renewal = contract.renewal;
    const auto year = static_cast<std::uint64_t>(renewal.year());
    const auto key = mixKey(company.siren, contract.health ? 1 : 2);
    if (respondent_->chance(Purpose("preavis"), key, static_cast<int>(year),
                            cover.propensityToMove * m.resignationNotice)) {
        auto random = respondent_->stream(Purpose("preavis.date"), key, year);
        auto e = clientEvent(MarketEventKind::ResignationNotice, contract);
        e.date = respondent_->noticeDeadline(renewal).plusDays(
            -static_cast<std::int32_t>(random.between(0, 55)));
        if (e.date >= scenario_->startDate) clientEvents_.emplace(e.date.days(), e);
    }
    const bool high = !contract.lossRatios.empty() && contract.lossRatios.back() > 0.9f;
    if (respondent_->chance(Purpose("derive"), key, static_cast<int>(year),
                            m.claimsDrift * (high ? 2 : 1))) {
        auto random = respondent_->stream(Purpose("derive.date"), key, year);
        const int span = std::max(0, renewal.days() - 28 - scenario_->startDate.days());
        auto e = clientEvent(MarketEventKind::ClaimsDrift, contract);
        e.date = scenario_->startDate.plusDays(static_cast<std::int32_t>(random.between(0, span)));
        clientEvents_.emplace(e.date.days(), e);
    }
}

void MarketWatch::addScripted(const ScriptedEvent& s, const Portfolio& portfolio) {
    const Date start = weekStart(*scenario_, s.week);
    const Date end = weekStart(*scenario_, scenario_->durationWeeks + 1);
    auto random = respondent_->stream(Purpose("evenement.scenario"), Purpose(s.id).hash(),
                                      static_cast<std::uint64_t>(s.week));
    std::optional<MarketEvent> e;
    std::string company;
    if (s.type == "hausse_concurrent") {
        for (std::size_t c = 1; c < market_->competitors.size(); ++c)
            if (market_->competitors[c].code == s.competitor)
                e = riseEvent(*market_, c, start, s.rate);
    } else if (s.type == "franchissement_seuil") {
        std::set<std::uint32_t> clients;
        for (const auto& contract : portfolio.contracts) clients.insert(contract.company);
        std::vector<std::uint32_t> all, followed;
        for (const auto c : nearThreshold_) {
            if ((market_->companies[c].headcount < 11) != (s.threshold == 11)) continue;
            all.push_back(c);
            if (clients.contains(c)) followed.push_back(c);
        }
        const auto& pool = followed.empty() ? all : followed;
        if (!pool.empty()) {
            const auto c = pool[random.below(static_cast<std::uint32_t>(pool.size()))];
            e = thresholdEvent(c, start);
            company = market_->companies[c].name;
        }
    } else {
        const bool notice = s.type == "preavis_resiliation";
        std::vector<const PortfolioContract*> within, later;
        for (const auto& contract : portfolio.contracts) {
            const Date last = notice ? respondent_->noticeDeadline(contract.renewal)
                                     : contract.renewal.plusDays(-28);
            if (last < start) continue;
            (contract.renewal < end ? within : later).push_back(&contract);
        }
        const auto& pool = within.empty() ? later : within;
        if (!pool.empty()) {
            const auto& contract = *pool[random.below(static_cast<std::uint32_t>(pool.size()))];
            e = clientEvent(
                notice ? MarketEventKind::ResignationNotice : MarketEventKind::ClaimsDrift,
                contract);
            e->date = start;
            company = market_->companies[contract.company].name;
        }
    }
    if (!e) return;
    e->text = scriptedText(s, e->text, company);
    e->scripted = s.id;
    scripted_.emplace(s.week, *e);
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
            auto random =
                respondent_->stream(Purpose("hausse"), c, static_cast<std::uint64_t>(d->year()));
            events.push_back(riseEvent(*market_, c, *d,
                                       m.competitorRiseRate * market_->competitors[c].priceLevel *
                                           (0.5 + random.uniform())));
            events.back().reached = competitorWatch;
        }
    }
    for (auto it = clientEvents_.lower_bound(start.days());
         it != clientEvents_.end() && it->first <= end.days(); ++it)
        events.push_back(it->second);
    for (const auto c : nearThreshold_) {
        const auto& company = market_->companies[c];
        if (!respondent_->chance(Purpose("seuil"), company.siren, week, m.thresholdCrossingWeekly))
            continue;
        events.push_back(thresholdEvent(c, start));
        events.back().reached = follows(c);
    }
    // The scenario's scripted events, reached by the same rules as the generated ones.
    const auto [first, last] = scripted_.equal_range(week);
    for (auto it = first; it != last; ++it) {
        auto e = it->second;
        if (e.kind == MarketEventKind::CompetitorRateRise) e.reached = competitorWatch;
        if (e.kind == MarketEventKind::ThresholdCrossing)
            e.reached = follows(static_cast<std::uint32_t>(e.company));
        events.push_back(std::move(e));
    }
    for (auto& e : events) e.week = week;
    return events;
}

}  // namespace cmcsim
