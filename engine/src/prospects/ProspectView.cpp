#include "cmcsim/prospects/ProspectView.h"

#include <algorithm>
#include <unordered_set>

#include "cmcsim/core/Siret.h"
#include "cmcsim/core/TextFold.h"
#include "cmcsim/core/TextQuery.h"
#include "cmcsim/reference/ReferenceData.h"

namespace cmcsim {

ProspectView::ProspectView(const Market& market, const ReferenceData& reference,
                           const Knowledge& knowledge)
    : market_(market), reference_(reference), knowledge_(market, reference, knowledge) {
    rows_.resize(market.prospects.size());
    // The search keys go into one block (a string per row would cost an allocation and 32 bytes
    // more each: 1.9 million lines at national scale); rows point into it once it is complete.
    std::size_t size = 0;
    for (const auto& listed : market.prospects) size += listed.name.size() + 20;
    searchText_.reserve(size);
    std::vector<std::size_t> ends(rows_.size());
    for (std::uint32_t i = 0; i < market.prospects.size(); ++i) {
        const auto& listed = market.prospects[i];
        auto& row = rows_[i];
        row.record = i;
        row.siret = listed.siret;
        row.name = &listed.name;
        row.commune = listed.commune;
        row.idcc = listed.idcc;
        row.contact = &listed.contact;
        const auto key = foldText(listed.name) + ' ' + siret::formatSiret(listed.siret);
        searchText_.insert(searchText_.end(), key.begin(), key.end());
        ends[i] = searchText_.size();
    }
    for (std::uint32_t i = 0; i < rows_.size(); ++i) {
        const std::size_t begin = i == 0 ? 0 : ends[i - 1];
        rows_[i].searchKey = std::string_view(searchText_.data() + begin, ends[i] - begin);
    }
    for (std::uint32_t i = 0; i < rows_.size(); ++i) knowledge_.describe(i, rows_[i]);
}

void ProspectView::apply(const Knowledge& knowledge) {
    knowledge_.update(knowledge);
    for (std::uint32_t i = 0; i < rows_.size(); ++i) knowledge_.describe(i, rows_[i]);
}

namespace {
template <typename T>
bool contains(const std::vector<T>& values, const T& value) {
    return std::find(values.begin(), values.end(), value) != values.end();
}
}  // namespace

std::vector<std::uint32_t> ProspectView::filter(const ProspectFilter& f) const {
    const auto& ref = reference_;
    const auto& communes = ref.geography.communes();
    // Per-commune and per-code decisions computed once, so each row costs a few lookups.
    std::vector<char> communeOk;
    if (!f.departements.empty() || !f.communes.empty() || !f.aroundCommune.empty()) {
        communeOk.assign(communes.size(), 1);
        const auto centre = ref.geography.communeIndex(f.aroundCommune);
        for (std::size_t c = 0; c < communes.size(); ++c) {
            bool ok = true;
            if (!f.departements.empty()) ok = contains(f.departements, communes[c].departement);
            if (ok && !f.communes.empty()) ok = contains(f.communes, communes[c].code);
            if (ok && !f.aroundCommune.empty())
                ok = centre && Geography::distanceKm(communes[*centre], communes[c]) <= f.radiusKm;
            communeOk[c] = ok;
        }
    }
    std::vector<char> nafOk;
    if (!f.sections.empty() || !f.divisions.empty()) {
        const auto& codes = ref.naf.codes();
        nafOk.assign(codes.size(), 1);
        for (std::size_t n = 0; n < codes.size(); ++n) {
            bool ok = true;
            if (!f.sections.empty()) ok = contains(f.sections, std::string(1, codes[n].section));
            if (ok && !f.divisions.empty()) ok = contains(f.divisions, codes[n].division);
            nafOk[n] = ok;
        }
    }
    std::vector<char> bandOk;
    if (!f.sizeBands.empty()) {
        bandOk.assign(ref.sizes.insee().size(), 0);
        for (std::size_t b = 0; b < bandOk.size(); ++b)
            bandOk[b] = contains(f.sizeBands, ref.sizes.insee()[b].code);
    }
    std::unordered_set<std::int16_t> idcc;
    for (const auto& code : f.idcc) {
        if (code == "0000")
            idcc.insert(-1);
        else if (auto i = ref.idcc.find(code))
            idcc.insert(static_cast<std::int16_t>(*i));
    }
    std::unordered_set<std::int16_t> insurers;
    for (const auto& code : f.insurers) {
        if (code == "aucun") insurers.insert(-1);
        for (std::size_t i = 0; i < market_.competitors.size(); ++i)
            if (market_.competitors[i].code == code) insurers.insert(static_cast<std::int16_t>(i));
    }
    const TextQuery text(f.text);
    const bool byMarks = f.flagged || f.noted;

    std::vector<std::uint32_t> out;
    out.reserve(rows_.size());
    for (std::uint32_t i = 0; i < rows_.size(); ++i) {
        const auto& r = rows_[i];
        if (!communeOk.empty() && !communeOk[r.commune]) continue;
        if (!nafOk.empty() && !nafOk[r.naf]) continue;
        if (!bandOk.empty() && !bandOk[r.sizeBand]) continue;
        if (!f.idcc.empty() && !idcc.contains(r.idcc)) continue;
        if (!f.insurers.empty() && (r.insurer == -2 || !insurers.contains(r.insurer))) continue;
        if ((f.renewalFrom || f.renewalTo || !f.coverageLevels.empty()) && r.insurer < 0) continue;
        if (f.renewalFrom && r.renewal < *f.renewalFrom) continue;
        if (f.renewalTo && r.renewal > *f.renewalTo) continue;
        if (!f.coverageLevels.empty() &&
            !contains(f.coverageLevels, static_cast<int>(r.coverageLevel)))
            continue;
        if (!text.empty() && !text.matches(r.searchKey)) continue;
        if (f.verified && r.verified != *f.verified) continue;
        if (byMarks) {
            const auto bits = marks_.of(i);
            if (f.flagged && ((bits & ProspectMarks::kFlagged) != 0) != *f.flagged) continue;
            if (f.noted && ((bits & ProspectMarks::kNoted) != 0) != *f.noted) continue;
        }
        if (!f.tags.empty()) {
            const auto it = marks_.tags.find(i);
            if (it == marks_.tags.end() ||
                std::none_of(f.tags.begin(), f.tags.end(),
                             [&](const std::string& tag) { return it->second.contains(tag); }))
                continue;
        }
        out.push_back(i);
    }
    return out;
}

std::uint64_t ProspectView::employees(const std::vector<std::uint32_t>& indices) const {
    std::uint64_t total = 0;
    for (const auto i : indices) total += rows_[i].headcount;
    return total;
}

void ProspectView::sort(std::vector<std::uint32_t>& indices, ProspectColumn column,
                        bool ascending) const {
    const auto& ref = reference_;
    auto key = [&](auto projection) {
        std::stable_sort(indices.begin(), indices.end(), [&](std::uint32_t a, std::uint32_t b) {
            return ascending ? projection(rows_[a]) < projection(rows_[b])
                             : projection(rows_[b]) < projection(rows_[a]);
        });
    };
    switch (column) {
        case ProspectColumn::Siret:
            key([](const ProspectRow& r) { return r.siret; });
            break;
        case ProspectColumn::Name:
            key([](const ProspectRow& r) { return r.searchKey; });
            break;
        case ProspectColumn::Naf:
            key([](const ProspectRow& r) { return r.naf; });
            break;
        case ProspectColumn::SizeBand:
            key([](const ProspectRow& r) { return r.sizeBand; });
            break;
        case ProspectColumn::Headcount:
            key([](const ProspectRow& r) { return r.headcount; });
            break;
        case ProspectColumn::Commune:
            key([&](const ProspectRow& r) -> const std::string& {
                return ref.geography.communes()[r.commune].name;
            });
            break;
        case ProspectColumn::Departement:
            key([&](const ProspectRow& r) -> const std::string& {
                return ref.geography.communes()[r.commune].departement;
            });
            break;
        case ProspectColumn::Idcc:
            key([](const ProspectRow& r) { return r.idcc; });
            break;
        case ProspectColumn::Insurer:
            key([](const ProspectRow& r) { return r.insurer; });
            break;
        case ProspectColumn::Renewal:
            key([](const ProspectRow& r) { return r.renewal; });
            break;
    }
}

}  // namespace cmcsim
