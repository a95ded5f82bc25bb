#include "cmcsim/report/DashboardDocument.h"

#include <fmt/format.h>

#include "cmcsim/report/DashboardTables.h"

namespace cmcsim {

namespace {
std::string weekRange(const Dashboard& d) {
    if (d.weeks.empty()) return "aucune semaine jouée";
    const auto& first = d.weeks.front();
    const auto& last = d.weeks.back();
    if (first.week == last.week)
        return fmt::format("semaine {} (du {} au {})", first.week, first.start.french(),
                           first.start.plusDays(6).french());
    return fmt::format("semaines {} à {} (du {} au {})", first.week, last.week,
                       first.start.french(), last.start.plusDays(6).french());
}

}  // namespace

Document DashboardDocument::build(const Dashboard& d, const DashboardSubject& subject) {
    Document doc;
    const auto candidate =
        subject.candidate.empty() ? std::string("non renseigné") : subject.candidate;
    doc.title = "Tableau de pilotage — " +
                (subject.candidate.empty() ? subject.scenarioTitle : subject.candidate);
    doc.banner = {
        RichTextBuilder().bold("Tableau de pilotage"),
        RichTextBuilder().text(subject.scenarioTitle.find(subject.mutuelle) != std::string::npos
                                   ? subject.scenarioTitle
                                   : subject.mutuelle + " — " + subject.scenarioTitle),
        RichTextBuilder().text("Candidat·e : ").bold(candidate),
        RichTextBuilder().text("Période : " + weekRange(d) +
                               " ; date simulée : " + subject.simulatedDate)};
    doc.footer = "Tableau de pilotage — " + candidate + " — " + subject.scenarioTitle;
    if (d.weeks.empty()) {
        DocumentSection s;
        s.heading = "Aucune semaine jouée";
        s.blocks.emplace_back(Paragraph{
            RichTextBuilder().text(
                "Le tableau de pilotage montre les résultats des semaines simulées. Construisez "
                "le plan d'actions, puis jouez une semaine (« Semaine suivante » dans le studio, "
                "ou cmcsim week FICHIER.cmc)."),
            true});
        doc.sections.push_back(std::move(s));
    }
    for (const auto& t : DashboardTables::of(d)) {
        if (t.rows.empty() && t.header.front() == "Semaine") continue;  // no week played
        DocumentSection s;
        s.heading = t.title;
        if (t.rows.empty())
            s.blocks.emplace_back(Paragraph{
                RichTextBuilder().italic("Aucun contact pour l'instant.", Tone::Muted), false});
        else
            s.blocks.emplace_back(DashboardTables::document(t));
        doc.sections.push_back(std::move(s));
    }
    doc.closingNote =
        "Chiffres recalculés à partir du journal de l'épreuve (semaines simulées) ; taux « sans "
        "objet » quand rien n'est à diviser. Sinistres / primes : ratio de la dernière année des "
        "contrats du portefeuille, pondéré par les primes.";
    return doc;
}

}  // namespace cmcsim
