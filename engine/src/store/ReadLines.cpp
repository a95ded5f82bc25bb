#include "ReadLines.h"

#include <climits>
#include <cstdint>
#include <stdexcept>
#include <string_view>
#include <utility>

namespace cmcsim {

void ReadLines::reserve(std::size_t lines) {
    if (!compact_) return records_.reserve(lines);
    auto& c = columns_;
    c.siret.reserve(lines);
    c.establishment.reserve(lines);
    c.headcount.reserve(lines);
    c.commune.reserve(lines);
    c.name.reserve(lines);
    c.naf.reserve(lines);
    c.idcc.reserve(lines);
    c.sizeBand.reserve(lines);
}

void ReadLines::add(ProspectRecord&& line) {
    if (!compact_) return records_.push_back(std::move(line));
    auto& c = columns_;
    c.siret.push_back(line.siret);
    c.establishment.push_back(line.establishment);
    c.headcount.push_back(line.headcount);
    c.commune.push_back(line.commune);
    if (names_.size() + line.name.size() > UINT32_MAX)
        throw std::length_error("prospect lines: names longer than 4 GiB in all");
    names_ += line.name;
    c.name.push_back(static_cast<std::uint32_t>(names_.size()));
    c.naf.push_back(line.naf);
    c.idcc.push_back(line.idcc);
    c.sizeBand.push_back(line.sizeBand);
}

void ReadLines::into(Market& m) && {
    if (!compact_) {
        m.prospects = std::move(records_);
        return;
    }
    // A line listed under its company's name refers to it; the others keep their own.
    auto& c = columns_;
    std::uint32_t begin = 0;
    for (std::size_t i = 0; i < c.name.size(); ++i) {
        const auto end = c.name[i];
        const std::string_view name(names_.data() + begin, end - begin);
        const auto company = m.establishments[c.establishment[i]].company;
        if (name == m.companies[company].name) {
            c.name[i] = company;
        } else {
            c.name[i] =
                ProspectLines::Columns::kOwnName | static_cast<std::uint32_t>(c.ownNames.size());
            c.ownNames.emplace_back(name);
        }
        begin = end;
    }
    c.ownNames.shrink_to_fit();
    names_.clear();
    names_.shrink_to_fit();
    m.prospects.holdCompact(std::move(columns_), m.companies);
}

}  // namespace cmcsim
