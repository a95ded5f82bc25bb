#include "cmcsim/scenario/ScenarioLoader.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <set>

#include "ScenarioSlug.h"
#include "ScriptedEventReader.h"
#include "TenderSpecReader.h"
#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/core/JsonReader.h"
#include "cmcsim/core/TextFile.h"
#include "cmcsim/reference/ReferenceData.h"
#include "cmcsim/scenario/ScenarioSize.h"

namespace cmcsim {

namespace {

const std::set<std::string> kCompetitorKinds = {"mutuelle", "institution_prevoyance",
                                                "compagnie_assurance"};
const std::set<std::string> kStudyKinds = {"statistiques_territoire", "donnees_branche",
                                           "veille_concurrentielle", "extrait_portefeuille",
                                           "annuaire_prescripteurs"};

// Validates one scenario's JSON against the reference data, collecting every problem.
class ScenarioReader {
public:
    ScenarioReader(const ReferenceData& reference, std::vector<Problem>& problems)
        : ref_(reference), problems_(problems) {}

    Scenario read(const nlohmann::json& json) {
        Scenario s;
        JsonReader root(json, problems_);
        if (!root.expectObject()) return s;
        root.allowOnly({"format",   "id",          "title",          "author",
                        "version",  "brief",       "start_date",     "duration_weeks",
                        "seed",     "territory",   "establishments", "sectors",
                        "size_mix", "competitors", "mutuelle",       "data_quality",
                        "studies",  "portfolio",   "appels_offres",  "evenements"});
        readFormat(root, s);
        s.id = slug(root, "id", 3, 40);
        s.title = root.words("title", 1, 120).value_or("");
        s.brief = root.words("brief", 1, 4000).value_or("");
        if (auto d = root.text("start_date", 10, 10)) {
            const auto date = Date::parseIso(*d);
            if (!date || date->year() < 2024 || date->year() > 2026 ||
                !ref_.regulation.hasYear(date->year()))
                root.problemAt("start_date", "doit être une date AAAA-MM-JJ entre 2024 et 2026");
            else
                s.startDate = *date;
        }
        s.durationWeeks = static_cast<int>(root.integer("duration_weeks", 1, 104).value_or(0));
        s.seed =
            static_cast<std::uint64_t>(root.integer("seed", 0, 9007199254740992LL).value_or(0));
        const auto before = problems_.size();
        readTerritory(root.child("territory"), s);
        readEstablishments(root.child("establishments"), s);
        if (problems_.size() == before) checkSize(s);
        readSectors(root.child("sectors"), s);
        readSizeMix(root.child("size_mix"), s);
        readMarket(root, s);
        readTraps(root.child("data_quality"), s.traps);
        readStudies(root, s);
        if (root.has("portfolio")) readPortfolio(root.child("portfolio"), s.portfolio);
        if (root.has("appels_offres")) s.tenders = readTenderSpecs(root, s.durationWeeks, &ref_);
        if (root.has("evenements"))
            s.events = readScriptedEvents(root, s.durationWeeks, s.competitors);
        return s;
    }

private:
    // Version 2 or version 1, migrated on load: v1 is v2 without "author", "version" and
    // "evenements".
    void readFormat(const JsonReader& root, Scenario& s) {
        const auto format = root.text("format", 1, 100);
        if (format && *format != kScenarioFormat && *format != kScenarioFormatV1)
            root.problemAt("format",
                           fmt::format("doit valoir \"{}\" (ou \"{}\", migré à la lecture)",
                                       kScenarioFormat, kScenarioFormatV1));
        for (const char* key : {"author", "version", "evenements"})
            if (format == kScenarioFormatV1 && root.has(key))
                root.problemAt(key, fmt::format("clé du format \"{}\" : déclarer ce format dans "
                                                "« format »",
                                                kScenarioFormat));
        s.author = root.words("author", 1, 120, false).value_or("");
        s.version = root.words("version", 1, 40, false).value_or("");
    }

    std::string slug(const JsonReader& r, const std::string& key, std::size_t min,
                     std::size_t max) {
        auto v = r.text(key, min, max);
        if (v && !isScenarioSlug(*v))
            r.problemAt(key,
                        "lettres minuscules, chiffres et tirets, en commençant par une lettre");
        return v.value_or("");
    }

    bool present(const JsonReader& r) {
        if (r.value().is_null()) {
            r.problem("champ obligatoire manquant");
            return false;
        }
        return r.expectObject();
    }

    void readTerritory(const JsonReader& t, Scenario& s) {
        if (!present(t)) return;
        t.allowOnly({"departements", "communes", "around"});
        s.departements = t.textArray("departements");
        for (std::size_t i = 0; i < s.departements.size(); ++i)
            if (!s.departements[i].empty() && !ref_.geography.departement(s.departements[i]))
                problems_.push_back({fmt::format("{}.departements[{}]", t.path(), i),
                                     fmt::format("département inconnu « {} »", s.departements[i])});
        s.communes = t.textArray("communes");
        for (std::size_t i = 0; i < s.communes.size(); ++i) {
            if (s.communes[i].empty()) continue;
            const auto where = fmt::format("{}.communes[{}]", t.path(), i);
            const auto index = ref_.geography.communeIndex(s.communes[i]);
            if (!index)
                problems_.push_back(
                    {where,
                     fmt::format("commune inconnue « {} » (code INSEE attendu)", s.communes[i])});
            else if (ref_.geography.population(*index) == 0)
                problems_.push_back(
                    {where, fmt::format("la commune « {} » ({}) n'a aucun habitant (population "
                                        "municipale 0) : aucun établissement ne peut y être placé",
                                        s.communes[i], ref_.geography.communes()[*index].name)});
        }
        std::set<std::string> centres;
        for (const auto& a : t.array("around", 0, 100, false)) {
            if (!a.expectObject()) continue;
            a.allowOnly({"commune", "radius_km"});
            Scenario::Around around;
            around.commune = a.text("commune", 1, 10).value_or("");
            if (!around.commune.empty() && !ref_.geography.communeIndex(around.commune))
                a.problemAt("commune", fmt::format("commune inconnue « {} » (code INSEE attendu)",
                                                   around.commune));
            around.radiusKm = a.number("radius_km", 1, 300).value_or(0);
            if (!around.commune.empty() && !centres.insert(around.commune).second)
                a.problemAt("commune", fmt::format("rayon autour de « {} » déjà décrit : une seule "
                                                   "fois attendu",
                                                   around.commune));
            s.around.push_back(around);
        }
        if (s.departements.empty() && s.communes.empty() && s.around.empty())
            t.problem("au moins un département, une commune ou un rayon autour d'une commune");
    }

    void readEstablishments(const JsonReader& e, Scenario& s) {
        if (!present(e)) return;
        e.allowOnly({"count", "density_share"});
        if (e.has("count") == e.has("density_share")) {
            e.problem("indiquer soit « count », soit « density_share »");
            return;
        }
        if (e.has("count"))
            s.establishmentCount = e.integer("count", 1, 3'000'000);
        else
            s.densityShare = e.numberAbove("density_share", 0, 5);
    }

    // Generation places establishments in proportion to population, up to a bound.
    void checkSize(const Scenario& s) {
        if (s.departements.empty() && s.communes.empty() && s.around.empty()) return;
        const auto size = ScenarioSize::of(ref_, s);
        if (size.population == 0) {
            problems_.push_back({"$.territory",
                                 "le territoire n'a aucun habitant : aucun établissement ne peut "
                                 "y être placé"});
            return;
        }
        if (size.establishments <= ScenarioSize::kMaxEstablishments) return;
        const auto count = [](std::uint64_t n) { return frenchNumber(static_cast<double>(n), 0); };
        problems_.push_back(
            {s.densityShare ? "$.establishments.density_share" : "$.establishments.count",
             fmt::format("le marché compterait {} établissements ({} habitants sur le territoire) "
                         "; au plus {} : réduire density_share ou le territoire",
                         count(size.establishments), count(size.population),
                         count(ScenarioSize::kMaxEstablishments))});
    }

    void readWeights(const JsonReader& r, const std::string& key,
                     std::map<std::string, double>& out, bool sectionKeys) {
        const auto w = r.child(key);
        if (!w.expectObject()) return;
        double total = 0;
        for (const auto& [k, v] : w.value().items()) {
            const bool known = sectionKeys ? (k.size() == 1 && ref_.naf.hasSection(k[0]))
                                           : (k.size() == 2 && ref_.naf.hasDivision(k));
            if (!known) {
                w.problemAt(k, sectionKeys ? "section NAF inconnue (A à U attendu)"
                                           : "division NAF inconnue (deux chiffres, ex. 56)");
                continue;
            }
            if (auto d = w.number(k, 0, 1e9)) {
                out[k] = *d;
                total += *d;
            }
        }
        if (total <= 0) w.problem("au moins un poids strictement positif attendu");
    }

    void readSectors(const JsonReader& r, Scenario& s) {
        if (!present(r)) return;
        r.allowOnly({"profile", "sections", "divisions"});
        if (auto p = r.text("profile", 1, 100); p && *p != "urssaf-ze-rouen-2022")
            r.problemAt("profile", "profil inconnu (seul « urssaf-ze-rouen-2022 » existe)");
        else if (p)
            s.sectorProfile = *p;
        if (r.has("sections") && r.has("divisions"))
            r.problem("indiquer « sections » ou « divisions », pas les deux");
        else if (r.has("sections"))
            readWeights(r, "sections", s.sectionWeights, true);
        else if (r.has("divisions"))
            readWeights(r, "divisions", s.divisionWeights, false);
    }

    void readSizeMix(const JsonReader& r, Scenario& s) {
        if (!present(r)) return;
        r.allowOnly({"profile", "bands"});
        if (r.has("profile") == r.has("bands")) {
            r.problem("indiquer soit « profile », soit « bands »");
            return;
        }
        if (r.has("profile")) {
            if (auto p = r.text("profile", 1, 100); p && *p != "urssaf-france-2024")
                r.problemAt("profile", "profil inconnu (seul « urssaf-france-2024 » existe)");
            else if (p)
                s.sizeProfile = *p;
            return;
        }
        const auto bands = r.child("bands");
        if (!bands.expectObject()) return;
        double total = 0;
        for (const auto& [k, v] : bands.value().items()) {
            const int index = ref_.sizes.companyBandIndex(k);
            if (index < 0) {
                bands.problemAt(k,
                                "tranche inconnue (0-9, 10-19, 20-49, 50-99, 100-249, 250-499, "
                                "500-1999, 2000+)");
                continue;
            }
            if (auto d = bands.number(k, 0, 1e9)) {
                s.sizeBandWeights[static_cast<std::size_t>(index)] = *d;
                total += *d;
            }
        }
        if (total <= 0) bands.problem("au moins un poids strictement positif attendu");
    }

    CompetitorSpec readCompetitor(const JsonReader& c, bool isMutuelle) {
        CompetitorSpec spec;
        if (!c.expectObject()) return spec;
        if (isMutuelle) {
            c.allowOnly({"name", "kind", "archetype", "market_share", "price_level",
                         "guarantee_level", "service_quality", "policy"});
            spec.id = "mutuelle";
        } else {
            c.allowOnly({"id", "name", "kind", "archetype", "market_share", "price_level",
                         "guarantee_level", "service_quality"});
            spec.id = slug(c, "id", 2, 40);
        }
        spec.name = c.words("name", 1, 120).value_or("");
        spec.kind = c.text("kind", 1, 40).value_or("");
        if (!spec.kind.empty() && !kCompetitorKinds.contains(spec.kind))
            c.problemAt("kind", "mutuelle, institution_prevoyance ou compagnie_assurance attendu");
        const CompetitorArchetype* archetype = nullptr;
        if (auto a = c.text("archetype", 1, 60, false)) {
            for (const auto& candidate : ref_.archetypes)
                if (candidate.id == *a) archetype = &candidate;
            if (!archetype)
                c.problemAt("archetype", fmt::format("archétype inconnu « {} »", *a));
            else
                spec.archetype = *a;
        }
        const bool defaults = archetype != nullptr;
        spec.marketShare = c.numberAbove("market_share", 0, 1).value_or(0);
        spec.priceLevel = c.number("price_level", 0.5, 2.0, !defaults)
                              .value_or(defaults ? archetype->priceLevel : 1.0);
        spec.guaranteeLevel =
            static_cast<int>(c.integer("guarantee_level", 1, 4, !defaults)
                                 .value_or(defaults ? archetype->guaranteeLevel : 2));
        spec.serviceQuality = c.number("service_quality", 0, 1, !defaults)
                                  .value_or(defaults ? archetype->serviceQuality : 0.5);
        return spec;
    }

    SegmentCriteria readSegment(const JsonReader& r) {
        SegmentCriteria seg;
        if (!r.expectObject()) return seg;
        r.allowOnly({"label", "sections", "divisions", "size_bands", "idcc"});
        seg.label = r.words("label", 1, 120).value_or("");
        seg.sections = r.textArray("sections");
        seg.divisions = r.textArray("divisions");
        seg.sizeBands = r.textArray("size_bands");
        seg.idcc = r.textArray("idcc");
        for (std::size_t i = 0; i < seg.sections.size(); ++i)
            if (!seg.sections[i].empty() &&
                (seg.sections[i].size() != 1 || !ref_.naf.hasSection(seg.sections[i][0])))
                problems_.push_back(
                    {fmt::format("{}.sections[{}]", r.path(), i), "section NAF inconnue"});
        for (std::size_t i = 0; i < seg.divisions.size(); ++i)
            if (!seg.divisions[i].empty() && !ref_.naf.hasDivision(seg.divisions[i]))
                problems_.push_back(
                    {fmt::format("{}.divisions[{}]", r.path(), i), "division NAF inconnue"});
        for (std::size_t i = 0; i < seg.sizeBands.size(); ++i)
            if (!seg.sizeBands[i].empty() && ref_.sizes.companyBandIndex(seg.sizeBands[i]) < 0)
                problems_.push_back(
                    {fmt::format("{}.size_bands[{}]", r.path(), i), "tranche inconnue"});
        for (std::size_t i = 0; i < seg.idcc.size(); ++i)
            if (!seg.idcc[i].empty() && !ref_.idcc.find(seg.idcc[i]))
                problems_.push_back({fmt::format("{}.idcc[{}]", r.path(), i), "IDCC inconnu"});
        if (seg.sections.empty() && seg.divisions.empty() && seg.sizeBands.empty() &&
            seg.idcc.empty())
            r.problem("au moins un critère (sections, divisions, size_bands ou idcc)");
        return seg;
    }

    void readPolicy(const JsonReader& p, CommercialPolicy& policy) {
        if (!present(p)) return;
        p.allowOnly({"priority_segments", "excluded_segments", "objectives", "budget_eur",
                     "analysis_days", "negotiation"});
        for (const auto& seg : p.array("priority_segments", 0, 50))
            policy.prioritySegments.push_back(readSegment(seg));
        for (const auto& seg : p.array("excluded_segments", 0, 50))
            policy.excludedSegments.push_back(readSegment(seg));
        const auto o = p.child("objectives");
        if (present(o)) {
            o.allowOnly({"new_contracts", "annual_premium_eur"});
            policy.newContracts = o.integer("new_contracts", 0, 100000).value_or(0);
            policy.annualPremiumEur = o.number("annual_premium_eur", 0, 1e10).value_or(0);
        }
        policy.budgetEur = p.number("budget_eur", 0, 1e9).value_or(0);
        policy.analysisDays = p.number("analysis_days", 0, 200).value_or(0);
        // The meetings' delegation levels (optional; datasets/parametres_rdv.csv otherwise).
        if (!p.has("negotiation")) return;
        const auto n = p.child("negotiation");
        if (!n.expectObject()) return;
        n.allowOnly({"seller_discount_pct", "manager_discount_pct", "manager_minutes"});
        policy.sellerDiscountPct = n.number("seller_discount_pct", 0, 50, false);
        policy.managerDiscountPct = n.number("manager_discount_pct", 0, 50, false);
        policy.managerAgreementMinutes = n.number("manager_minutes", 0, 480, false);
        if (policy.sellerDiscountPct && policy.managerDiscountPct &&
            *policy.managerDiscountPct < *policy.sellerDiscountPct)
            n.problemAt("manager_discount_pct",
                        "doit être au moins seller_discount_pct (la direction accorde plus que le "
                        "conseiller seul)");
    }

    void readMarket(const JsonReader& root, Scenario& s) {
        std::set<std::string> ids, names;
        // Two players of one name could not be told apart in the charts and the prospect file.
        const auto uniqueName = [&](const JsonReader& c, const std::string& name) {
            if (!name.empty() && !names.insert(name).second)
                c.problemAt("name", fmt::format("nom « {} » déjà utilisé", name));
        };
        double shares = 0;
        for (const auto& c : root.array("competitors", 1, 20)) {
            auto spec = readCompetitor(c, false);
            if (!spec.id.empty() && !ids.insert(spec.id).second)
                c.problemAt("id", fmt::format("identifiant « {} » déjà utilisé", spec.id));
            uniqueName(c, spec.name);
            shares += spec.marketShare;
            s.competitors.push_back(std::move(spec));
        }
        const auto m = root.child("mutuelle");
        if (present(m)) {
            s.mutuelle = readCompetitor(m, true);
            uniqueName(m, s.mutuelle.name);
            shares += s.mutuelle.marketShare;
            readPolicy(m.child("policy"), s.policy);
        }
        if (!s.competitors.empty() && std::abs(shares - 1.0) > 0.001)
            root.problemAt("competitors",
                           fmt::format("la somme des parts de marché (concurrents et mutuelle) "
                                       "doit valoir 1 ; elle vaut {}",
                                       frenchNumber(shares, 3)));
    }

    void readTraps(const JsonReader& r, DataQualityTraps& t) {
        if (!present(r)) return;
        r.allowOnly({"stale_headcount", "duplicates", "closed", "wrong_naf", "missing_contact",
                     "wrong_contact", "partial_diffusion", "unknown_size_band",
                     "undeclared_agreement"});
        t.staleHeadcount = r.number("stale_headcount", 0, 0.5).value_or(0);
        t.duplicates = r.number("duplicates", 0, 0.5).value_or(0);
        t.closed = r.number("closed", 0, 0.5).value_or(0);
        t.wrongNaf = r.number("wrong_naf", 0, 0.5).value_or(0);
        t.missingContact = r.number("missing_contact", 0, 0.5).value_or(0);
        t.wrongContact = r.number("wrong_contact", 0, 0.5).value_or(0);
        // Optional: quirks of real extracts (docs/scenario-format.md, data_quality).
        if (r.has("partial_diffusion"))
            t.partialDiffusion = r.number("partial_diffusion", 0, 1).value_or(0);
        if (r.has("unknown_size_band"))
            t.unknownSizeBand = r.number("unknown_size_band", 0, 0.5).value_or(0);
        if (r.has("undeclared_agreement"))
            t.undeclaredAgreement = r.number("undeclared_agreement", 0, 0.5).value_or(0);
    }

    // The optional portfolio profile; each absent field keeps its default (PortfolioProfile.h).
    void readPortfolio(const JsonReader& r, PortfolioProfile& p) {
        if (!r.expectObject()) return;
        r.allowOnly({"mean_age_years", "max_age_years", "loss_ratio_health", "loss_ratio_provident",
                     "loss_ratio_spread", "prescriber_share"});
        p.meanAgeYears = r.number("mean_age_years", 0.5, 30, false).value_or(p.meanAgeYears);
        p.maxAgeYears =
            static_cast<int>(r.integer("max_age_years", 1, 60, false).value_or(p.maxAgeYears));
        p.lossRatioHealth = r.number("loss_ratio_health", 0, 3, false).value_or(p.lossRatioHealth);
        p.lossRatioProvident =
            r.number("loss_ratio_provident", 0, 3, false).value_or(p.lossRatioProvident);
        p.lossRatioSpread = r.number("loss_ratio_spread", 0, 1, false).value_or(p.lossRatioSpread);
        p.prescriberShare = r.number("prescriber_share", 0, 1, false).value_or(p.prescriberShare);
    }

    void readStudies(const JsonReader& root, Scenario& s) {
        std::set<std::string> ids;
        for (const auto& r : root.array("studies", 0, 20)) {
            if (!r.expectObject()) continue;
            r.allowOnly({"id", "kind", "title", "description", "cost_eur", "days"});
            StudyOffer study;
            study.id = slug(r, "id", 2, 40);
            if (!study.id.empty() && !ids.insert(study.id).second)
                r.problemAt("id", fmt::format("identifiant « {} » déjà utilisé", study.id));
            study.kind = r.text("kind", 1, 40).value_or("");
            if (!study.kind.empty() && !kStudyKinds.contains(study.kind))
                r.problemAt("kind",
                            "statistiques_territoire, donnees_branche, veille_concurrentielle, "
                            "extrait_portefeuille ou annuaire_prescripteurs attendu");
            study.title = r.words("title", 1, 160).value_or("");
            study.description = r.words("description", 1, 2000).value_or("");
            study.costEur = r.number("cost_eur", 0, 1e9).value_or(0);
            study.days = r.number("days", 0, 60).value_or(0);
            s.studies.push_back(std::move(study));
        }
    }

    const ReferenceData& ref_;
    std::vector<Problem>& problems_;
};

}  // namespace

Scenario ScenarioLoader::fromFile(const std::filesystem::path& path) const {
    return fromText(TextFile::read(path), path.string());
}

Scenario ScenarioLoader::fromText(std::string_view json, const std::string& sourceName) const {
    std::vector<Problem> problems;
    const auto document = JsonReader::parse(json, sourceName, problems);
    Scenario scenario = ScenarioReader(reference_, problems).read(document);
    JsonReader::throwIfAny(std::move(problems), sourceName);
    scenario.sourceJson = std::string(json);
    return scenario;
}

}  // namespace cmcsim
