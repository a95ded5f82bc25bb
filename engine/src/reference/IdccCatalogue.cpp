#include "cmcsim/reference/IdccCatalogue.h"

#include <algorithm>
#include <cctype>

#include "cmcsim/reference/CsvTable.h"

namespace cmcsim {

IdccCatalogue IdccCatalogue::load(const std::filesystem::path& datasets) {
    IdccCatalogue c;
    const auto t =
        CsvTable::load(datasets / "idcc.csv", "datasets/idcc.csv",
                       {"idcc", "titre", "id_kali", "categorie_source", "perimetre_detecte"});
    for (std::size_t r = 0; r < t.rowCount(); ++r) {
        CollectiveAgreement a{t.required(r, 0), t.required(r, 1)};
        if (a.idcc.size() != 4) t.fail(r, 0, "code IDCC à 4 chiffres attendu");
        if (!c.byCode_.emplace(a.idcc, static_cast<std::uint16_t>(c.agreements_.size())).second)
            t.fail(r, 0, "code IDCC unique attendu");
        c.agreements_.push_back(std::move(a));
    }
    return c;
}

std::optional<std::uint16_t> IdccCatalogue::find(const std::string& idcc) const {
    const auto it = byCode_.find(idcc);
    if (it == byCode_.end()) return std::nullopt;
    return it->second;
}

std::string IdccCatalogue::shortTitle(const std::string& title) {
    std::string s = title;
    auto dropPrefix = [&s](std::string_view prefix) {
        if (s.size() > prefix.size() &&
            std::equal(prefix.begin(), prefix.end(), s.begin(), [](char a, char b) {
                return std::tolower(static_cast<unsigned char>(a)) ==
                       std::tolower(static_cast<unsigned char>(b));
            })) {
            s.erase(0, prefix.size());
            return true;
        }
        return false;
    };
    dropPrefix("Nouvelle ");
    dropPrefix("Convention collective ");
    for (const char* scope :
         {"nationale ", "interrégionale ", "régionale ", "départementale ", "de travail "})
        dropPrefix(scope);
    for (const char* article :
         {"de travail ", "du ", "des ", "de la ", "de l'", "de l’", "de ", "pour les ", "pour le "})
        if (dropPrefix(article)) break;
    // Cut at the signature date, a sentence end, a parenthesis or the extension notice.
    std::size_t cut = s.size();
    for (std::size_t i = 0; i + 4 < s.size(); ++i) {
        if (s.compare(i, 4, " du ") == 0 && std::isdigit(static_cast<unsigned char>(s[i + 4])))
            cut = std::min(cut, i);
    }
    for (const char* end : {". ", " (", " étendue", " en date"}) cut = std::min(cut, s.find(end));
    s = s.substr(0, cut);
    if (!s.empty() && s.back() == '.') s.pop_back();
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
    // Latin-1 lower-case letters (é, è, à, ç…) are U+00E0–U+00FE, upper case 0x20 lower.
    const auto lead = static_cast<unsigned char>(s.size() > 1 ? s[0] : 0),
               next = static_cast<unsigned char>(s.size() > 1 ? s[1] : 0);
    if (lead == 0xC3 && next >= 0xA0 && next <= 0xBE && next != 0xB7)
        s[1] = static_cast<char>(next - 0x20);
    return s;
}

}  // namespace cmcsim
