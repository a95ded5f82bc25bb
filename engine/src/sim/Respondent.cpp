#include "cmcsim/sim/Respondent.h"

#include <algorithm>
#include <vector>

#include "cmcsim/plan/ActionPlan.h"

namespace cmcsim {

Date Respondent::noticeDeadline(Date renewal) const {
    int month = static_cast<int>(renewal.month()) - model_->noticeMonths;
    int year = renewal.year();
    while (month < 1) {
        month += 12;
        --year;
    }
    const unsigned day = std::min(renewal.day(), 28u);
    return Date::fromCivil(year, static_cast<unsigned>(month), day).plusDays(-1);
}

double Respondent::situationFactor(const Company& company, const ResponseContext& c) const {
    const auto& m = *model_;
    const auto& cover = company.health.insurer >= 0 ? company.health : company.provident;
    double factor = 1;
    if (cover.insurer >= 0) {
        factor = std::max(0.05, 1 + m.propensityWeight * (cover.propensityToMove - 0.5) +
                                    m.satisfactionWeight * (0.5 - cover.satisfaction));
        Date renewal = cover.renewal;
        while (renewal < c.date) renewal = Date::fromCivil(renewal.year() + 1, renewal.month(), 1);
        const Date deadline = noticeDeadline(renewal);
        if (c.date <= deadline && deadline.days() - c.date.days() <= 7 * m.consultationWindowWeeks)
            factor *= m.renewalWindowFactor;
        else if (c.date > deadline)
            factor *= m.pastNoticeFactor;
    }
    if (company.headcount >= 50) factor *= m.largeCompanyFactor;
    if (c.client) factor *= m.clientFactor;
    if (c.warm) factor *= m.warmFactor;
    if (c.prescriberAnimated) factor *= m.prescriberFactor;
    if (c.competitorRaised) factor *= m.competitorRiseFactor;
    if (c.priority) factor *= m.priorityFactor;
    return factor;
}

ContactAnswer Respondent::answer(std::uint32_t index, const Company& company, std::size_t channel,
                                 const std::string& action, int week,
                                 const ResponseContext& context) const {
    const auto& rates = model_->channel(channel);
    // Five draws in a fixed order, whatever the answer, so each step has its own number.
    KeyedRandom random(seed_, Purpose("reponse"), mixKey(company.siren, Purpose(action).hash()),
                       static_cast<std::uint64_t>(week));
    const double reach = random.uniform(), interest = random.uniform(), meeting = random.uniform(),
                 callback = random.uniform(), reason = random.uniform();
    ContactAnswer a;
    a.company = index;
    a.action = action;
    a.channel = static_cast<std::uint8_t>(channel);
    a.warm = context.warm || channel == kIntroductionChannel;
    a.reached = reach < rates.reach;
    if (!a.reached) return a;
    const double p = std::min(0.95, rates.interest * situationFactor(company, context));
    a.interested = interest < p;
    if (a.interested) {
        a.meetingBooked = meeting < rates.meeting;
        a.callback = !a.meetingBooked;  // interested without a date: call back
        return a;
    }
    a.callback = callback < rates.callback;
    // A letter or an e-mail left unanswered is no refusal: the company stays to contact.
    const bool silent = channel == static_cast<std::size_t>(ActionKind::Mailing) ||
                        channel == static_cast<std::size_t>(ActionKind::Emailing);
    if (!a.callback && !silent) a.refusal = refusalReason(company, context, reason);
    return a;
}

std::string Respondent::refusalReason(const Company& company, const ResponseContext& context,
                                      double u) const {
    const auto& cover = company.health.insurer >= 0 ? company.health : company.provident;
    std::vector<double> weights;
    double total = 0;
    for (const auto& r : model_->refusals) {
        double w = r.weight;
        if (r.code == "satisfait_assureur")
            w *= cover.insurer >= 0 ? 2.0 * cover.satisfaction : 0.0;
        else if (r.code == "regime_branche" && company.idcc < 0)
            w = 0;
        else if (r.code == "passe_par_courtier" && company.broker < 0)
            w = 0;
        else if (r.code == "pas_le_moment" && situationFactor(company, context) < 1)
            w *= 2;
        weights.push_back(w);
        total += w;
    }
    if (total <= 0) return model_->refusals.back().code;
    double at = u * total;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        if (at < weights[i]) return model_->refusals[i].code;
        at -= weights[i];
    }
    return model_->refusals.back().code;
}

bool Respondent::chance(Purpose purpose, std::uint64_t entity, int week, double probability) const {
    KeyedRandom random(seed_, purpose, entity, static_cast<std::uint64_t>(week));
    return random.uniform() < probability;
}

}  // namespace cmcsim
