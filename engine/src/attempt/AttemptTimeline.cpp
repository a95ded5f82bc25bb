#include "cmcsim/attempt/AttemptTimeline.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/core/InputError.h"
#include "cmcsim/core/OneLine.h"
#include "cmcsim/scenario/Scenario.h"

namespace cmcsim {

namespace {
bool undoOrRedo(const std::string& kind) {
    return kind == command::kUndo || kind == command::kRedo;
}

// Calls added / removed / changed for the keys of two ordered maps.
template <typename Map, typename Added, typename Removed, typename Changed>
void compareKeys(const Map& before, const Map& after, Added added, Removed removed,
                 Changed changed) {
    auto b = before.begin();
    auto a = after.begin();
    while (b != before.end() || a != after.end()) {
        if (a == after.end() || (b != before.end() && b->first < a->first)) {
            removed(b->first, b->second);
            ++b;
        } else if (b == before.end() || a->first < b->first) {
            added(a->first, a->second);
            ++a;
        } else {
            changed(a->first, b->second, a->second);
            ++a;
            ++b;
        }
    }
}

template <typename Key, typename Item, typename Range, typename KeyOf>
std::map<Key, const Item*> keyed(const Range& items, KeyOf keyOf) {
    std::map<Key, const Item*> map;
    for (const auto& item : items) map.emplace(keyOf(item), &item);
    return map;
}
}  // namespace

AttemptTimeline::AttemptTimeline(const Scenario& scenario,
                                 std::shared_ptr<const ProspectDirectory> prospects,
                                 const std::vector<JournalEntry>& journal, const PlanRules& rules,
                                 std::size_t checkpointEvery)
    : scenario_(&scenario),
      prospects_(std::move(prospects)),
      journal_(&journal),
      every_(std::max<std::size_t>(checkpointEvery, 1)),
      current_(scenario, prospects_, rules) {
    checkpoints_.push_back(current_);
    try {
        // Replay's first pass (hand-in, undos and redos), then the checkpoints and the current
        // state, each folded from the checkpoint before it: no copy of the state per entry.
        AttemptState gate(scenario, prospects_, rules);
        for (const auto& e : journal) {
            admit(e, gate, gate.undone_);
            if (e.kind == command::kSeal) gate.sealed_ = true;
            ++folded_;
        }
        for (std::size_t k = every_; k <= folded_; k += every_)
            checkpoints_.push_back(fold(k, nullptr));
        current_ = fold(folded_, nullptr);
    } catch (const InputError&) {
        // The refusal as AttemptState::replay words it (it folds the whole journal at once).
        AttemptState::replay(scenario, prospects_, journal, rules);
        throw;
    }
}

AttemptTimeline::AttemptTimeline(const Scenario& scenario, const Market& market,
                                 const std::vector<JournalEntry>& journal, const PlanRules& rules,
                                 std::size_t checkpointEvery)
    : AttemptTimeline(scenario, ProspectDirectory::over(market), journal, rules, checkpointEvery) {}

const JournalEntry& AttemptTimeline::entryAt(std::size_t position,
                                             const JournalEntry* pending) const {
    return pending && position == folded_ + 1 ? *pending : (*journal_)[position - 1];
}

void AttemptTimeline::admit(const JournalEntry& next, const AttemptState& gate,
                            std::set<std::int64_t>& undone) {
    const auto position = folded_ + 1;
    gate.refuseIfSealed(next);
    bool earlierRules = position == 1 ? AttemptState::earlierRulesFrom(next) : earlierRules_;
    if (next.kind == command::kBound) earlierRules = false;
    if (undoOrRedo(next.kind)) {
        const auto target = gate.admitMeta(
            next, earlierRules,
            [&](std::int64_t sequence) -> const JournalEntry* {
                const auto it = regular_.find(sequence);
                return it == regular_.end() ? nullptr : &entryAt(it->second, &next);
            },
            undone);
        metas_.push_back({position, regular_.at(target), target, next.kind == command::kUndo});
    } else {
        regular_.emplace(next.sequence, position);
    }
    earlierRules_ = earlierRules;
}

void AttemptTimeline::forget(const LastAppend& last) {
    if (last.regular)
        regular_.erase(last.sequence);
    else
        metas_.pop_back();
    earlierRules_ = last.earlierRules;
}

void AttemptTimeline::append(const JournalEntry& next) {
    const LastAppend last{true, earlierRules_, !undoOrRedo(next.kind), next.sequence};
    auto undone = current_.undone_;
    admit(next, current_, undone);
    try {
        if (last.regular) {
            current_.apply(next);  // leaves the state as it was when it refuses
            if (next.kind == command::kSeal) current_.sealed_ = true;
        } else {
            current_ = fold(folded_ + 1, &next);
        }
    } catch (...) {
        forget(last);
        throw;
    }
    ++folded_;
    last_ = last;
    if (folded_ % every_ == 0) checkpoints_.push_back(current_);
}

void AttemptTimeline::retract() {
    if (!last_.valid) throw std::logic_error("AttemptTimeline::retract without an append");
    if (folded_ % every_ == 0) checkpoints_.pop_back();
    forget(last_);
    --folded_;
    last_ = {};
    current_ = fold(folded_, nullptr);
}

std::size_t AttemptTimeline::baseFor(std::size_t k) const {
    std::size_t base = std::min(k / every_, checkpoints_.size() - 1) * every_;
    for (;;) {
        std::size_t lowest = std::numeric_limits<std::size_t>::max();
        const auto first =
            std::lower_bound(metas_.begin(), metas_.end(), base + 1,
                             [](const Meta& m, std::size_t at) { return m.at < at; });
        for (auto it = first; it != metas_.end() && it->at <= k; ++it)
            lowest = std::min(lowest, it->target);
        if (lowest > base) return base;
        base = (lowest - 1) / every_ * every_;
    }
}

AttemptState AttemptTimeline::fold(std::size_t k, const JournalEntry* pending) const {
    const auto base = baseFor(k);
    AttemptState state = checkpoints_[base / every_];
    // The undos and redos up to k decide which entries after the checkpoint count.
    const auto first = std::lower_bound(metas_.begin(), metas_.end(), base + 1,
                                        [](const Meta& m, std::size_t at) { return m.at < at; });
    for (auto it = first; it != metas_.end() && it->at <= k; ++it) {
        if (it->undo)
            state.undone_.insert(it->targetSequence);
        else
            state.undone_.erase(it->targetSequence);
    }
    for (std::size_t p = base + 1; p <= k; ++p) {
        const auto& e = entryAt(p, pending);
        if (undoOrRedo(e.kind)) continue;
        if (!state.undone_.contains(e.sequence)) state.apply(e);
        if (e.kind == command::kSeal) state.sealed_ = true;
    }
    return state;
}

AttemptState AttemptTimeline::stateAt(std::int64_t k) const {
    if (k < 0 || k > entries())
        throw std::out_of_range(fmt::format("entrée {} hors du journal (0 à {})", k, entries()));
    if (k == entries()) return current_;
    return fold(static_cast<std::size_t>(k), nullptr);
}

std::vector<std::string> AttemptTimeline::changesAt(std::int64_t k) const {
    if (k < 1 || k > entries())
        throw std::out_of_range(fmt::format("entrée {} hors du journal (1 à {})", k, entries()));
    return changes(stateAt(k - 1), stateAt(k));
}

void AttemptTimeline::planChanges(const ActionPlan& before, const ActionPlan& after,
                                  std::vector<std::string>& lines) {
    if (before.weeklyCapacityHours != after.weeklyCapacityHours)
        lines.push_back(fmt::format("Plan : capacité {} h → {} h par semaine",
                                    frenchShort(before.weeklyCapacityHours, 1),
                                    frenchShort(after.weeklyCapacityHours, 1)));
    const auto period = [](const PlanObjective& o) {
        return o.week ? fmt::format("semaine {}", o.week) : fmt::format("mois {}", o.month);
    };
    const auto objectiveKey = [](const PlanObjective& o) { return std::pair(o.month, o.week); };
    compareKeys(
        keyed<std::pair<int, int>, PlanObjective>(before.objectives, objectiveKey),
        keyed<std::pair<int, int>, PlanObjective>(after.objectives, objectiveKey),
        [&](const auto&, const PlanObjective* o) {
            lines.push_back("Plan : objectif ajouté (" + period(*o) + ")");
        },
        [&](const auto&, const PlanObjective* o) {
            lines.push_back("Plan : objectif retiré (" + period(*o) + ")");
        },
        [&](const auto&, const PlanObjective* b, const PlanObjective* a) {
            if (b->toJson() != a->toJson())
                lines.push_back("Plan : objectif modifié (" + period(*a) + ")");
        });
    const auto targetKey = [](const PlanTarget& t) { return t.segmentId; };
    compareKeys(
        keyed<std::string, PlanTarget>(before.targets, targetKey),
        keyed<std::string, PlanTarget>(after.targets, targetKey),
        [&](const std::string& id, const PlanTarget*) {
            lines.push_back(fmt::format("Plan : cible « {} » ajoutée", oneLine(id)));
        },
        [&](const std::string& id, const PlanTarget*) {
            lines.push_back(fmt::format("Plan : cible « {} » retirée", oneLine(id)));
        },
        [&](const std::string& id, const PlanTarget* b, const PlanTarget* a) {
            if (b->priority != a->priority)
                lines.push_back(fmt::format("Plan : cible « {} », priorité {} → {}", oneLine(id),
                                            b->priority, a->priority));
        });
    const auto actionKey = [](const PlannedAction& a) { return a.id; };
    compareKeys(
        keyed<std::string, PlannedAction>(before.actions, actionKey),
        keyed<std::string, PlannedAction>(after.actions, actionKey),
        [&](const std::string& id, const PlannedAction* a) {
            lines.push_back(fmt::format("Plan : action « {} » ajoutée ({})", oneLine(id),
                                        actionKindLabel(a->kind)));
        },
        [&](const std::string& id, const PlannedAction*) {
            lines.push_back(fmt::format("Plan : action « {} » retirée", oneLine(id)));
        },
        [&](const std::string& id, const PlannedAction* b, const PlannedAction* a) {
            if (b->toJson() != a->toJson())
                lines.push_back(fmt::format("Plan : action « {} » modifiée", oneLine(id)));
        });
}

std::vector<std::string> AttemptTimeline::changes(const AttemptState& before,
                                                  const AttemptState& after) const {
    std::vector<std::string> lines;
    const auto money = [](double eur) { return frenchNumber(eur, 2) + " €"; };
    const auto days = [](double d) { return frenchNumber(d, 2) + " j"; };
    if (std::abs(before.budgetLeft() - after.budgetLeft()) > 1e-9)
        lines.push_back(fmt::format("Budget restant : {} → {}", money(before.budgetLeft()),
                                    money(after.budgetLeft())));
    if (std::abs(before.daysLeft() - after.daysLeft()) > 1e-9)
        lines.push_back(fmt::format("Jours d'analyse restants : {} → {}", days(before.daysLeft()),
                                    days(after.daysLeft())));
    if (before.simulatedDate() != after.simulatedDate())
        lines.push_back(fmt::format("Date simulée : {} → {}", before.simulatedDate().french(),
                                    after.simulatedDate().french()));
    const auto studyTitle = [&](const std::string& id) {
        for (const auto& s : scenario_->studies)
            if (s.id == id) return oneLine(s.title);
        return oneLine(id);
    };
    for (const auto& id : after.studies())
        if (!before.studies().contains(id))
            lines.push_back(fmt::format("Étude achetée : « {} »", studyTitle(id)));
    for (const auto& id : before.studies())
        if (!after.studies().contains(id))
            lines.push_back(fmt::format("Étude retirée : « {} »", studyTitle(id)));
    const RecordNotes none;
    const auto recordChanges = [&](std::uint32_t line, const RecordNotes& b, const RecordNotes& a) {
        const auto say = [&](const std::string& what) {
            lines.push_back(fmt::format("Ligne {} « {} » : {}", line,
                                        oneLine(prospects_->lineName(line)), what));
        };
        if (!b.verifiedBy != !a.verifiedBy) say(a.verifiedBy ? "vérifiée" : "vérification retirée");
        if (!b.censusBy != !a.censusBy)
            say(a.censusBy ? "état du personnel demandé" : "demande d'état du personnel retirée");
        const auto flagKey = [](const AnomalyFlag& f) { return f.entry; };
        compareKeys(
            keyed<std::int64_t, AnomalyFlag>(b.flags, flagKey),
            keyed<std::int64_t, AnomalyFlag>(a.flags, flagKey),
            [&](std::int64_t, const AnomalyFlag* f) {
                say(fmt::format("signalement « {} » ajouté (« {} »)", f->kind, oneLine(f->reason)));
            },
            [&](std::int64_t, const AnomalyFlag* f) {
                say(fmt::format("signalement « {} » retiré", f->kind));
            },
            [](std::int64_t, const AnomalyFlag*, const AnomalyFlag*) {});
        for (const auto& tag : a.tags)
            if (!b.tags.contains(tag)) say(fmt::format("étiquette « {} » ajoutée", oneLine(tag)));
        for (const auto& tag : b.tags)
            if (!a.tags.contains(tag)) say(fmt::format("étiquette « {} » retirée", oneLine(tag)));
        const std::map<std::int64_t, std::string> notesBefore(b.notes.begin(), b.notes.end()),
            notesAfter(a.notes.begin(), a.notes.end());
        compareKeys(
            notesBefore, notesAfter,
            [&](std::int64_t, const std::string& t) {
                say(fmt::format("note ajoutée : « {} »", oneLine(t)));
            },
            [&](std::int64_t, const std::string& t) {
                say(fmt::format("note retirée : « {} »", oneLine(t)));
            },
            [](std::int64_t, const std::string&, const std::string&) {});
    };
    if (before.noteVersions().size() != after.noteVersions().size()) {
        const auto& n = after.noteVersions();
        lines.push_back(
            n.size() > before.noteVersions().size()
                ? fmt::format(
                      "Note de synthèse : version {} enregistrée ({}, {})", n.back().version,
                      frenchCount(static_cast<double>(n.back().note.wordCount()), "mot", "mots"),
                      frenchCount(static_cast<double>(n.back().note.references().size()),
                                  "référence", "références"))
                : "Note de synthèse : version retirée");
    }
    compareKeys(
        before.records(), after.records(),
        [&](std::uint32_t line, const RecordNotes& a) { recordChanges(line, none, a); },
        [&](std::uint32_t line, const RecordNotes& b) { recordChanges(line, b, none); },
        recordChanges);
    compareKeys(
        before.filters(), after.filters(),
        [&](const std::string& name, const ProspectFilter&) {
            lines.push_back(fmt::format("Filtre enregistré : « {} »", oneLine(name)));
        },
        [&](const std::string& name, const ProspectFilter&) {
            lines.push_back(fmt::format("Filtre supprimé : « {} »", oneLine(name)));
        },
        [&](const std::string& name, const ProspectFilter& b, const ProspectFilter& a) {
            if (b.toJson() != a.toJson())
                lines.push_back(fmt::format("Filtre modifié : « {} »", oneLine(name)));
        });
    const auto segmentKey = [](const Segment& s) { return s.id; };
    const auto segmentName = [](const Segment* s) {
        return fmt::format("« {} » ({})", oneLine(s->name), oneLine(s->id));
    };
    compareKeys(
        keyed<std::string, Segment>(before.segments(), segmentKey),
        keyed<std::string, Segment>(after.segments(), segmentKey),
        [&](const std::string&, const Segment* s) {
            lines.push_back("Segment enregistré : " + segmentName(s));
        },
        [&](const std::string&, const Segment* s) {
            lines.push_back("Segment supprimé : " + segmentName(s));
        },
        [&](const std::string&, const Segment* b, const Segment* a) {
            if (b->entry != a->entry || b->toJson() != a->toJson())
                lines.push_back("Segment modifié : " + segmentName(a));
        });
    const auto offerKey = [](const SavedOffer& o) { return o.entry; };
    compareKeys(
        keyed<std::int64_t, SavedOffer>(before.offers(), offerKey),
        keyed<std::int64_t, SavedOffer>(after.offers(), offerKey),
        [&](std::int64_t, const SavedOffer* o) {
            lines.push_back(
                fmt::format("Offre enregistrée : SIRET {}, version {}", o->siret, o->version));
        },
        [&](std::int64_t, const SavedOffer* o) {
            lines.push_back(
                fmt::format("Offre retirée : SIRET {}, version {}", o->siret, o->version));
        },
        [&](std::int64_t, const SavedOffer* b, const SavedOffer* a) {
            if (b->version != a->version)
                lines.push_back(fmt::format("Offre SIRET {} : version {} → {}", a->siret,
                                            b->version, a->version));
        });
    planChanges(before.plan(), after.plan(), lines);
    for (const auto entry : after.undone())
        if (!before.undone().contains(entry))
            lines.push_back(fmt::format("Entrée {} annulée", entry));
    for (const auto entry : before.undone())
        if (!after.undone().contains(entry))
            lines.push_back(fmt::format("Entrée {} rétablie", entry));
    for (std::size_t w = before.weekRuns().size(); w < after.weekRuns().size(); ++w)
        lines.push_back(fmt::format("Semaine {} jouée", after.weekRuns()[w].week));
    if (!before.sealed() && after.sealed()) lines.push_back("Épreuve remise");
    if (lines.empty()) lines.push_back("Aucun changement de l'état");
    return lines;
}

}  // namespace cmcsim
