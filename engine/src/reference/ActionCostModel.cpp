#include "cmcsim/reference/ActionCostModel.h"

#include <algorithm>

#include "cmcsim/reference/CsvTable.h"

namespace cmcsim {

ActionCost ActionCostModel::cost(const PlannedAction& action) const {
    const auto& kind = of(action.kind);
    ActionCost c;
    c.contactsPerWeek = std::max<std::int64_t>(0, action.contactsPerWeek);
    if (kind.maxContactsPerWeek > 0)
        c.contactsPerWeek = std::min(c.contactsPerWeek, kind.maxContactsPerWeek);
    const auto contacts = static_cast<double>(c.contactsPerWeek);
    c.hoursPerWeek = contacts * kind.hoursPerContact + kind.fixedHoursPerWeek;
    c.eurPerWeek = contacts * kind.eurPerContact;
    c.totalEur = c.eurPerWeek * std::max(0, action.weeks()) + kind.fixedEur;
    return c;
}

ActionCostModel ActionCostModel::load(const std::filesystem::path& datasets) {
    const auto t =
        CsvTable::load(datasets / "couts_actions.csv", "datasets/couts_actions.csv",
                       {"type", "heures_contact", "euros_contact", "heures_fixes_semaine",
                        "euros_fixes", "contacts_max_semaine", "source", "confiance"});
    ActionCostModel m;
    std::array<bool, std::tuple_size_v<decltype(kinds)>> seen{};
    for (std::size_t r = 0; r < t.rowCount(); ++r) {
        const auto kind = actionKindFromCode(t.required(r, 0));
        if (!kind) t.fail(r, 0, "type d'action connu attendu (sequence_appels, publipostage …)");
        const auto index = static_cast<std::size_t>(*kind);
        if (seen[index]) t.fail(r, 0, "type d'action en double");
        seen[index] = true;
        t.required(r, 6);  // every cost has its source, or says it is an assumption
        auto& k = m.kinds[index];
        k.hoursPerContact = t.number(r, 1, 0, 40);
        k.eurPerContact = t.number(r, 2, 0, 10000);
        k.fixedHoursPerWeek = t.number(r, 3, 0, 60);
        k.fixedEur = t.number(r, 4, 0, 1'000'000);
        k.maxContactsPerWeek = t.integer(r, 5, 0, 1'000'000);
    }
    for (std::size_t i = 0; i < seen.size(); ++i)
        if (!seen[i])
            t.fail(t.rowCount() == 0 ? 0 : t.rowCount() - 1, 0,
                   std::string("ligne du type « ") + actionKindCode(static_cast<ActionKind>(i)) +
                       " » manquante");
    return m;
}

}  // namespace cmcsim
