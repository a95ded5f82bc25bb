#include "offers/DiagnosisHtml.h"

#include <QStringList>

#include "cmcsim/offer/Diagnosis.h"
#include "common/Counts.h"
#include "common/StudioText.h"

using namespace studio;

namespace {
const char* const kAges[] = {"16-24", "25-34", "35-44", "45-54", "55-64", "65+"};
}  // namespace

QString DiagnosisHtml::render(const cmcsim::Diagnosis& d) {
    const auto share = [&d](double n) {
        return d.employees > 0 ? number(100 * n / d.employees) : QStringLiteral("0");
    };
    QString out = QStringLiteral("<h2>%1</h2><p>SIREN %2 — SIRET %3<br>%4<br>%5<br>%6</p>")
                      .arg(html(d.name), html(d.siren), html(d.siret), html(d.naf),
                           html(d.agreement), html(d.legalForm));
    out += (d.estimated ? tr("<h3>Effectif estimé</h3>") : tr("<h3>Effectif</h3>"));
    if (d.estimated)
        out +=
            tr("<p style='color:#8a5a00'><b>Estimation</b> : %1.</p>").arg(html(d.workforceBasis));
    // Agreed in number: "1 femme", "0 cadre" (estimated figures may be fractional).
    out += tr("<p>%1, dont %2 (%3 %) et %4 (%5 %) ; âge moyen %6 ans.</p>")
               .arg(Counts::employees(d.employees),
                    tr("%1 femme(s)", nullptr, Counts::plural(d.women)).arg(number(d.women)),
                    share(d.women),
                    tr("%1 cadre(s)", nullptr, Counts::plural(d.cadres)).arg(number(d.cadres)),
                    share(d.cadres), number(d.meanAge, 1));
    QStringList ages;
    for (std::size_t i = 0; i < d.byAge.size(); ++i)
        ages << QStringLiteral("%1 : %2").arg(QLatin1String(kAges[i]), number(d.byAge[i]));
    out += tr("<p>Âges : %1</p>").arg(ages.join(QStringLiteral(" ; ")));
    out += tr("<p>Familles : %1, %2 en couple, %3, %4 en famille</p>")
               .arg(tr("%1 isolé(s)", nullptr, Counts::plural(d.byFamily[0]))
                        .arg(number(d.byFamily[0])),
                    number(d.byFamily[1]),
                    tr("%1 parent(s) isolé(s)", nullptr, Counts::plural(d.byFamily[2]))
                        .arg(number(d.byFamily[2])),
                    number(d.byFamily[3]));
    // A mean over nobody is no figure: "(aucun cadre)" rather than "salaire moyen cadres 0 €".
    const auto euros = [&](double v) { return number(v) + QStringLiteral(" €"); };
    out +=
        tr("<p>Masse salariale brute %1 ; salaire moyen cadres %2, non-cadres %3.</p>")
            .arg(euros(d.salaryMass), d.cadres > 0 ? euros(d.meanPayCadres) : tr("(aucun cadre)"),
                 d.employees > d.cadres ? euros(d.meanPayNonCadres) : tr("(aucun non-cadre)"));
    out += tr("<h3>Obligations</h3><ul>");
    for (const auto& o : d.obligations)
        out += QStringLiteral("<li><b>%1</b><br>%2<br><small style='color:#5f6b7a'>%3</small></li>")
                   .arg(html(o.label), html(o.detail), html(o.reference));
    out += tr("</ul><h3>Couverture actuelle</h3><p>Santé : %1<br>Prévoyance : %2</p>")
               .arg(html(d.currentHealth), html(d.currentProvident));
    out += tr("<h3>Insuffisances</h3>");
    if (d.shortfalls.empty())
        out += tr("<p><i>Aucune relevée à ce stade.</i></p>");
    else {
        out += QStringLiteral("<ul>");
        for (const auto& s : d.shortfalls)
            out += QStringLiteral("<li style='color:#b00020'>%1</li>").arg(html(s));
        out += QStringLiteral("</ul>");
    }
    out += tr("<h3>Questions à poser</h3><ul>");
    for (const auto& q : d.openQuestions) out += QStringLiteral("<li>%1</li>").arg(html(q));
    return out + QStringLiteral("</ul>");
}
