#include "cmcsim/prospects/ProspectView.h"

#include <algorithm>
#include <stdexcept>
#include <utility>

#include "cmcsim/core/TextFold.h"
#include "cmcsim/prospects/ProspectMatcher.h"
#include "cmcsim/reference/ReferenceData.h"

namespace cmcsim {

// 1.9 million rows at national scale (docs/performance.md, the studio's peak memory).
static_assert(sizeof(ProspectRow) <= 64);

ProspectView::ProspectView(const Market& market, const ReferenceData& reference,
                           const Knowledge& knowledge)
    : market_(market), reference_(reference), knowledge_(market, reference, knowledge) {
    rows_.resize(market.prospects.size());
    for (std::uint32_t i = 0; i < market.prospects.size(); ++i) {
        const auto& listed = market.prospects[i];
        auto& row = rows_[i];
        row.record = i;
        row.siret = listed.siret;
        row.name = &listed.name;
        row.commune = listed.commune;
        row.idcc = listed.idcc;
        knowledge_.describe(i, row);
    }
}

void ProspectView::prepareSearchKeys() const {
    std::call_once(searchKeysBuilt_, [this] {
        // The keys go into one block (a string per row would cost an allocation and 32 bytes
        // more each: 1.9 million lines at national scale), reserved whole: a folded text is never
        // longer than its text, so the block does not move and rows point into it as it fills.
        // Consecutive lines of one name (a company's establishments) share their key.
        std::size_t size = 0;
        for (const auto& listed : market_.prospects) size += listed.name.size() + 1;
        searchText_.reserve(size);
        const std::string* previous = nullptr;
        for (std::uint32_t i = 0; i < rows_.size(); ++i) {
            const auto& name = market_.prospects[i].name;
            if (previous && (previous == &name || *previous == name)) {
                rows_[i].searchKey = rows_[i - 1].searchKey;
                continue;
            }
            previous = &name;
            const auto key = foldText(name);
            const auto at = searchText_.size();
            if (at + key.size() + 1 > size) throw std::logic_error("foldText lengthened a name");
            searchText_.insert(searchText_.end(), key.begin(), key.end());
            searchText_.push_back('\0');
            rows_[i].searchKey = SearchKey(searchText_.data() + at);
        }
    });
}

void ProspectView::apply(const Knowledge& knowledge) {
    knowledge_.update(knowledge);
    for (std::uint32_t i = 0; i < rows_.size(); ++i) knowledge_.describe(i, rows_[i]);
}

std::vector<std::uint32_t> ProspectView::filter(const ProspectFilter& f) const {
    // The filter's rules live in ProspectMatcher, shared with the one-pass selections of the
    // weeks and the assessment.
    const ProspectMatcher matcher(f, reference_, market_);
    if (matcher.needsSearchKey()) prepareSearchKeys();
    std::vector<std::uint32_t> out;
    out.reserve(rows_.size());
    for (std::uint32_t i = 0; i < rows_.size(); ++i)
        if (matcher.matches(i, rows_[i], marks_)) out.push_back(i);
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
            // Equal names in SIRET order, as when the key ended with the SIRET.
            prepareSearchKeys();
            key([](const ProspectRow& r) { return std::pair(r.searchKey, r.siret); });
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
