#include "cmcsim/prospects/ProspectMatcher.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "cmcsim/core/TextFold.h"
#include "cmcsim/reference/ReferenceData.h"

namespace cmcsim {

namespace {
// The SIRET's 14 digits, leading zeros kept (siret::formatSiret without the string).
std::string_view siretDigits(std::uint64_t siret, std::array<char, 14>& out) {
    for (auto it = out.rbegin(); it != out.rend(); ++it, siret /= 10)
        *it = static_cast<char>('0' + siret % 10);
    return {out.data(), out.size()};
}

template <typename T>
bool contains(const std::vector<T>& values, const T& value) {
    return std::find(values.begin(), values.end(), value) != values.end();
}
}  // namespace

ProspectMatcher::ProspectMatcher(const ProspectFilter& f, const ReferenceData& ref,
                                 const Market& market)
    : filter_(f), text_(f.text) {
    digitWords_ = std::any_of(text_.words().begin(), text_.words().end(), [](const auto& word) {
        return std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
    });
    const auto& communes = ref.geography.communes();
    if (!f.departements.empty() || !f.communes.empty() || !f.aroundCommune.empty()) {
        communeOk_.assign(communes.size(), 1);
        const auto centre = ref.geography.communeIndex(f.aroundCommune);
        for (std::size_t c = 0; c < communes.size(); ++c) {
            bool ok = true;
            if (!f.departements.empty()) ok = contains(f.departements, communes[c].departement);
            if (ok && !f.communes.empty()) ok = contains(f.communes, communes[c].code);
            if (ok && !f.aroundCommune.empty())
                ok = centre && Geography::distanceKm(communes[*centre], communes[c]) <= f.radiusKm;
            communeOk_[c] = ok;
        }
    }
    if (!f.sections.empty() || !f.divisions.empty()) {
        const auto& codes = ref.naf.codes();
        nafOk_.assign(codes.size(), 1);
        for (std::size_t n = 0; n < codes.size(); ++n) {
            bool ok = true;
            if (!f.sections.empty()) ok = contains(f.sections, std::string(1, codes[n].section));
            if (ok && !f.divisions.empty()) ok = contains(f.divisions, codes[n].division);
            nafOk_[n] = ok;
        }
    }
    if (!f.sizeBands.empty()) {
        bandOk_.assign(ref.sizes.insee().size(), 0);
        for (std::size_t b = 0; b < bandOk_.size(); ++b)
            bandOk_[b] = contains(f.sizeBands, ref.sizes.insee()[b].code);
    }
    for (const auto& code : f.idcc) {
        if (code == "0000")
            idcc_.insert(-1);
        else if (auto i = ref.idcc.find(code))
            idcc_.insert(static_cast<std::int16_t>(*i));
    }
    for (const auto& code : f.insurers) {
        if (code == "aucun") insurers_.insert(-1);
        for (std::size_t i = 0; i < market.competitors.size(); ++i)
            if (market.competitors[i].code == code) insurers_.insert(static_cast<std::int16_t>(i));
    }
}

bool ProspectMatcher::matches(std::uint32_t line, const ProspectRow& r,
                              const ProspectMarks& marks) const {
    const auto& f = filter_;
    if (!communeOk_.empty() && !communeOk_[r.commune]) return false;
    if (!nafOk_.empty() && !nafOk_[r.naf]) return false;
    if (!bandOk_.empty() && !bandOk_[r.sizeBand]) return false;
    if (!f.idcc.empty() && !idcc_.contains(r.idcc)) return false;
    if (!f.insurers.empty() && (r.insurer == -2 || !insurers_.contains(r.insurer))) return false;
    if ((f.renewalFrom || f.renewalTo || !f.coverageLevels.empty()) && r.insurer < 0) return false;
    if (f.renewalFrom && r.renewal < *f.renewalFrom) return false;
    if (f.renewalTo && r.renewal > *f.renewalTo) return false;
    if (!f.coverageLevels.empty() && !contains(f.coverageLevels, static_cast<int>(r.coverageLevel)))
        return false;
    if (!text_.empty() && !matchesText(r)) return false;
    if (f.verified && r.verified != *f.verified) return false;
    if (f.flagged || f.noted) {
        const auto bits = marks.of(line);
        if (f.flagged && ((bits & ProspectMarks::kFlagged) != 0) != *f.flagged) return false;
        if (f.noted && ((bits & ProspectMarks::kNoted) != 0) != *f.noted) return false;
    }
    if (!f.tags.empty()) {
        const auto it = marks.tags.find(line);
        if (it == marks.tags.end() ||
            std::none_of(f.tags.begin(), f.tags.end(),
                         [&](const std::string& tag) { return it->second.contains(tag); }))
            return false;
    }
    return true;
}

bool ProspectMatcher::matchesText(const ProspectRow& r) const {
    const std::string_view name = r.searchKey;
    if (text_.matches(name)) return true;
    // A word of letters cannot be in the SIRET: only a word of digits needs its text.
    std::array<char, 14> digits{};
    return digitWords_ && text_.matches(name, siretDigits(r.siret, digits));
}

std::vector<std::vector<std::uint32_t>> ProspectMatcher::select(
    const Market& market, const ReferenceData& reference, const Knowledge& knowledge,
    const ProspectMarks& marks, const std::vector<ProspectFilter>& filters) {
    std::vector<ProspectMatcher> matchers;
    matchers.reserve(filters.size());
    bool searchKeys = false;
    for (const auto& f : filters) {
        matchers.emplace_back(f, reference, market);
        searchKeys = searchKeys || matchers.back().needsSearchKey();
    }
    std::vector<std::vector<std::uint32_t>> selected(filters.size());
    if (filters.empty()) return selected;
    const CandidateKnowledge known(market, reference, knowledge);
    ProspectRow row;
    std::string key;
    for (std::uint32_t i = 0; i < market.prospects.size(); ++i) {
        const auto& listed = market.prospects[i];
        // What the view's constructor sets before describe() (ProspectView.cpp).
        row.record = i;
        row.siret = listed.siret;
        row.commune = listed.commune;
        known.describe(i, row);
        if (searchKeys) {
            key = foldText(listed.name);
            row.searchKey = SearchKey(key.c_str());
        }
        for (std::size_t m = 0; m < matchers.size(); ++m)
            if (matchers[m].matches(i, row, marks)) selected[m].push_back(i);
    }
    return selected;
}

}  // namespace cmcsim
