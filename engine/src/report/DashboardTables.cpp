#include "cmcsim/report/DashboardTables.h"

#include "cmcsim/core/FrenchFormat.h"

namespace cmcsim {

namespace {
// A figure that never breaks across lines (a tester read "0€" in the PDF, whose narrow cells
// broke "0 €"): its spaces, between thousands and before the unit, are no-break spaces (U+00A0).
std::string unbroken(std::string figure) {
    std::string out;
    for (const char c : figure) out += c == ' ' ? std::string("\u00a0") : std::string(1, c);
    return out;
}
}  // namespace

std::string DashboardCell::french() const {
    if (missing) return "sans objet";
    switch (kind) {
        case Kind::Text:
            return text;
        case Kind::Integer:  // whole, or a share of a monthly objective (countShare)
            return unbroken(frenchShort(number, 2));
        case Kind::Decimal:
            return unbroken(frenchNumber(number, 1));
        case Kind::Euros:
            return unbroken(frenchNumber(number, 0) + " €");
        case Kind::Rate:
            return unbroken(frenchNumber(100 * number, 1) + " %");
    }
    return text;
}

namespace {
using Cell = DashboardCell;

DashboardTable weekly(const Dashboard& d) {
    DashboardTable t{"Objectifs et résultats par semaine",
                     "Objectifs par semaine",
                     {"Semaine", "Début", "Objectif contrats", "Contrats signés", "Objectif primes",
                      "Primes signées"},
                     {9, 12, 18, 16, 16, 16},
                     {}};
    for (const auto& w : d.weeks)
        t.rows.push_back({Cell::count(w.week), Cell::of(w.start.french()),
                          Cell::countShare(w.objectiveContracts), Cell::count(w.signatures),
                          Cell::euros(w.objectivePremiumsEur), Cell::euros(w.premiumsEur)});
    return t;
}

DashboardTable cumulated(const Dashboard& d) {
    DashboardTable t{"Objectifs et résultats cumulés",
                     "Objectifs cumulés",
                     {"Semaine", "Objectif contrats", "Contrats signés", "Atteinte contrats",
                      "Objectif primes", "Primes signées", "Atteinte primes"},
                     {9, 18, 16, 18, 16, 16, 16},
                     {}};
    for (const auto& w : d.weeks)
        t.rows.push_back({Cell::count(w.week), Cell::countShare(w.cumulativeObjectiveContracts),
                          Cell::count(w.cumulativeSignatures),
                          Cell::rate(static_cast<double>(w.cumulativeSignatures),
                                     w.cumulativeObjectiveContracts),
                          Cell::euros(w.cumulativeObjectivePremiumsEur),
                          Cell::euros(w.cumulativePremiumsEur),
                          Cell::rate(w.cumulativePremiumsEur, w.cumulativeObjectivePremiumsEur)});
    return t;
}

DashboardTable funnel(const Dashboard& d) {
    DashboardTable t{"Entonnoir", "Entonnoir", {"Étape", "Entreprises"}, {22, 14}, {}};
    for (std::size_t s = 0; s < d.funnel.size(); ++s)
        t.rows.push_back(
            {Cell::of(funnelStageLabel(static_cast<FunnelStage>(s))), Cell::count(d.funnel[s])});
    return t;
}

DashboardTable activity(const Dashboard& d) {
    DashboardTable t{"Activité par semaine",
                     "Activité",
                     {"Semaine", "Appels", "Appels / jour", "Objectif / jour", "Courriers",
                      "Courriels", "Revues", "Introductions"},
                     {9, 9, 13, 14, 11, 11, 9, 14},
                     {}};
    for (const auto& w : d.weeks)
        t.rows.push_back(
            {Cell::count(w.week), Cell::count(w.calls), Cell::decimal(w.callsPerDay),
             w.dailyCallsObjective > 0 ? Cell::count(w.dailyCallsObjective) : Cell::of("—"),
             Cell::count(w.mailings), Cell::count(w.emailings), Cell::count(w.reviews),
             Cell::count(w.introductions)});
    return t;
}

DashboardTable meetingsAndTime(const Dashboard& d) {
    DashboardTable t{
        "Rendez-vous, événements, temps et budget par semaine",
        "Temps et budget",
        {"Semaine", "RDV pris", "RDV tenus", "Événements", "Heures", "Capacité (h)", "Dépenses"},
        {9, 10, 10, 12, 9, 13, 12},
        {}};
    for (const auto& w : d.weeks)
        t.rows.push_back({Cell::count(w.week), Cell::count(w.meetingsBooked),
                          Cell::count(w.meetingsHeld), Cell::count(w.events),
                          Cell::decimal(w.hours), Cell::decimal(w.capacityHours),
                          Cell::euros(w.spentEur)});
    return t;
}

// The portfolio's rows, once the candidate sees it.
template <typename Add>
void addPortfolio(const Dashboard& d, const Add& add) {
    add("Clients au départ", Cell::count(d.clientsAtStart));
    add("Primes au départ (par an)", Cell::euros(d.portfolioPremiumsEur));
    add("Échéances passées", Cell::count(d.renewalsDue));
    add("Clients conservés", Cell::count(d.renewalsKept));
    add("Clients perdus", Cell::count(d.renewalsLost));
    add("Taux de conservation", Cell::rate(d.retentionRate));
    add("Primes perdues (par an)", Cell::euros(d.premiumsLostEur));
    add("Primes en cours (par an)", Cell::euros(d.portfolioPremiumsNowEur));
    add("Sinistres / primes au départ", Cell::rate(d.lossRatioAtStart));
    add("Sinistres / primes en cours", Cell::rate(d.lossRatioNow));
}

DashboardTable portfolio(const Dashboard& d) {
    DashboardTable t{
        "Portefeuille et veille", "Portefeuille", {"Indicateur", "Valeur"}, {46, 16}, {}};
    const auto add = [&t](std::string label, Cell value) {
        t.rows.push_back({Cell::of(std::move(label)), std::move(value)});
    };
    if (!d.portfolioKnown)
        add("Portefeuille",
            Cell::of("inconnu tant que l'extrait de portefeuille n'est pas acheté"));
    else
        addPortfolio(d, add);
    add("Signatures", Cell::count(d.signatures));
    add("Primes signées (par an)", Cell::euros(d.premiumsSignedEur));
    add("Objectif annuel mutuelle : contrats", Cell::count(d.policyContracts));
    add("Objectif annuel mutuelle : primes", Cell::euros(d.policyPremiumsEur));
    add("Événements de veille reçus", Cell::count(d.eventsReceived));
    add("Événements de veille non reçus", Cell::count(d.eventsMissed));
    add("Introductions par les prescripteurs", Cell::count(d.introductions));
    return t;
}
}  // namespace

DashboardTable DashboardTables::conversion(const std::vector<Conversion>& rows, bool bySegment) {
    const std::string title = bySegment ? "Conversion par segment" : "Conversion par canal";
    DashboardTable t{title,
                     title,
                     {bySegment ? "Segment" : "Canal", "Contacts", "Joints", "Taux joints", "RDV",
                      "RDV / joints", "Propositions", "Signatures", "Primes signées"},
                     {34, 10, 10, 12, 8, 13, 13, 11, 15},
                     {}};
    for (const auto& c : rows)
        t.rows.push_back(
            {Cell::of(c.label), Cell::count(c.contacts), Cell::count(c.reached),
             Cell::rate(static_cast<double>(c.reached), static_cast<double>(c.contacts)),
             Cell::count(c.meetings),
             Cell::rate(static_cast<double>(c.meetings), static_cast<double>(c.reached)),
             Cell::count(c.proposals), Cell::count(c.signatures), Cell::euros(c.premiumsEur)});
    return t;
}

std::vector<DashboardTable> DashboardTables::of(const Dashboard& d) {
    return {weekly(d),
            cumulated(d),
            funnel(d),
            activity(d),
            meetingsAndTime(d),
            conversion(d.byChannel, false),
            conversion(d.bySegment, true),
            portfolio(d)};
}

Table DashboardTables::document(const DashboardTable& t) {
    Table table;
    table.header = t.header;
    for (const auto& row : t.rows) {
        std::vector<TableCell> cells;
        for (const auto& cell : row) {
            RichTextBuilder b;
            if (cell.missing)
                b.italic(cell.french(), Tone::Muted);
            else
                b.text(cell.french());
            cells.push_back({b, {}});
        }
        table.rows.push_back(std::move(cells));
    }
    // A column of figures is right-aligned (the first cells decide: a label column is text).
    if (!t.rows.empty())
        for (const auto& cell : t.rows.front())
            table.rightAligned.push_back(cell.kind != DashboardCell::Kind::Text);
    else
        table.rightAligned.assign(t.header.size(), false);
    return table;
}

}  // namespace cmcsim
