#include "evaluation/TruthHtml.h"

#include <QCoreApplication>

#include "cmcsim/market/Market.h"
#include "common/Counts.h"
#include "common/CoverageLevels.h"
#include "common/StudioSession.h"
#include "common/StudioText.h"
#include "evaluation/DefectTruth.h"

using namespace studio;

namespace {
QString tr(const char* source, const char* disambiguation = nullptr, int n = -1) {
    return QCoreApplication::translate("TruthHtml", source, disambiguation, n);
}

QString coverText(const cmcsim::Market& market, const cmcsim::Coverage& cover) {
    if (cover.insurer < 0) return tr("aucun contrat collectif");
    const auto& insurer = market.competitors[static_cast<std::size_t>(cover.insurer)];
    return tr("%1, niveau %2, %3 par mois, échéance %4 ; satisfaction %5, probabilité de changer "
              "d'assureur à l'échéance %6")
        .arg(html(insurer.name), cover.level ? coverageLevelName(cover.level) : tr("—"),
             html(cover.monthlyPremium.french()), html(cover.renewal.french()),
             percent(cover.satisfaction, 0), percent(cover.propensityToMove, 0));
}

QString censusText(const cmcsim::Market& market, const cmcsim::Establishment& e) {
    std::uint32_t total = 0, women = 0, cadres = 0, families = 0;
    double pay = 0;
    for (const auto& cell : market.census(e)) {
        total += cell.headcount;
        if (cell.sex == 0) women += cell.headcount;
        if (cell.cadre == 1) cadres += cell.headcount;
        if (cell.family >= 1) families += cell.headcount;
        pay += static_cast<double>(cell.headcount) * cell.meanAnnualPayEur;
    }
    if (total == 0) return tr("aucun salarié recensé");
    const auto share = [total](std::uint32_t n) { return percent(double(n) / total, 0); };
    return tr("%1 salariés : %2 de femmes, %3 de cadres, %4 avec conjoint ou enfants ; salaire "
              "annuel brut moyen %5")
        .arg(number(total), share(women), share(cadres), share(families), euros(pay / total));
}
}  // namespace

QString TruthHtml::line(const StudioSession& session, std::uint32_t line) {
    const auto& market = session.market();
    const auto& record = market.prospects[line];
    const auto& e = market.establishments[record.establishment];
    const auto& company = market.companies[e.company];
    QString page =
        tr("<table width='100%' cellspacing=3 style='background:#f3e5f5'>"
           "<tr><td colspan=2><b style='color:#6a1b9a'>Vérité cachée (évaluateur)</b> "
           "— jamais montrée au candidat ; sa fiche suit.</td></tr>");
    const auto row = [&page](const QString& label, const QString& value) {
        page += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(label, value);
    };
    row(tr("Établissement réel"),
        tr("%1 salariés (listé : %2)%3")
            .arg(number(e.headcount), number(record.headcount),
                 e.closed ? tr(" — <b style='color:#a33'>fermé</b>") : QString()));
    row(tr("Entreprise réelle"), tr("%1 — %2 salariés, %3 établissement(s)", nullptr,
                                    Counts::plural(company.establishmentCount))
                                     .arg(html(company.name), number(company.headcount),
                                          number(company.establishmentCount)));
    row(tr("Contrat santé actuel"), coverText(market, company.health));
    row(tr("Contrat prévoyance actuel"), coverText(market, company.provident));
    row(tr("État du personnel réel"), censusText(market, e));
    QString defects;
    for (const auto& d : market.defects)
        if (d.record == line)
            defects += QStringLiteral("<li>%1 : %2</li>")
                           .arg(html(cmcsim::defectKindLabel(d.kind)), html(d.truth));
    const auto outcome =
        DefectTruth::classify(!defects.isEmpty(), DefectTruth::flagged(line, session.state()));
    row(tr("Anomalies injectées"),
        defects.isEmpty() ? tr("aucune : la ligne est exacte")
                          : QStringLiteral("<ul style='margin:0'>%1</ul>").arg(defects));
    if (outcome != DefectTruth::Outcome::Clean)
        row(tr("Signalement du candidat"), DefectTruth::outcomeText(outcome));
    page += QStringLiteral("</table><hr>");
    return page;
}
