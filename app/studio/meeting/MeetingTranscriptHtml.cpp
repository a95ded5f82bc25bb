#include "meeting/MeetingTranscriptHtml.h"

#include <optional>

#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/reference/ObjectionBank.h"
#include "common/StudioText.h"

using namespace studio;

namespace {

// A speech bubble: the candidate's on the right in blue, the company's on the left in grey.
QString bubble(bool candidate, const QString& who, const QString& body) {
    return QStringLiteral(
               "<table width='86%' align='%1' cellpadding='7' cellspacing='0' "
               "style='margin-top:6px; background-color:%2; border:1px solid %3'>"
               "<tr><td><span style='color:#555; font-size:small'><b>%4</b></span><br/>%5"
               "</td></tr></table>")
        .arg(candidate ? QStringLiteral("right") : QStringLiteral("left"),
             candidate ? QStringLiteral("#e4eefb") : QStringLiteral("#f1f1f1"),
             candidate ? QStringLiteral("#b9cfee") : QStringLiteral("#d6d6d6"), who, body);
}

QString multiline(const std::string& s) {
    return html(s).replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

}  // namespace

QString MeetingTranscriptHtml::speaker(const cmcsim::MeetingTurn& t) {
    switch (t.kind) {
        case cmcsim::MeetingAct::Kind::Needs:  // signed or not: the company's answer says
            return tr("Vous — exigences et besoins écrits, présentés à la signature");
        case cmcsim::MeetingAct::Kind::Offer:
            return tr("Vous — présentation d'une offre");
        case cmcsim::MeetingAct::Kind::Counter:
            return tr("Vous — contre-proposition");
        default:
            return tr("Vous");
    }
}

QString MeetingTranscriptHtml::answer(const cmcsim::MeetingTurn& turn,
                                      const cmcsim::MeetingTranscript& t,
                                      const cmcsim::ObjectionBank& objections) {
    QString out = turn.answer.empty() ? QString() : multiline(turn.answer);
    const auto line = [&out](const QString& colour, const QString& content) {
        if (!out.isEmpty()) out += QStringLiteral("<br/>");
        out += QStringLiteral("<span style='color:%1'>%2</span>").arg(colour, content);
    };
    for (const auto& code : turn.raised)
        line(QStringLiteral("#a35a00"),
             tr("⚑ Objection soulevée : %1").arg(text(objections.label(code)).toHtmlEscaped()));
    for (const auto& code : turn.revealed) {
        const auto known = t.known.find(code);
        if (known != t.known.end() && !known->second.empty())
            line(QStringLiteral("#1b7a2f"), tr("✔ Appris : %1").arg(html(known->second)));
    }
    return out;
}

QString MeetingTranscriptHtml::trustLine(const cmcsim::MeetingTurn& t) {
    const double delta = t.trustAfter - t.trustBefore;
    const auto colour = delta >= 0.5    ? QStringLiteral("#1b7a2f")
                        : delta <= -0.5 ? QStringLiteral("#b00020")
                                        : QStringLiteral("#666666");
    const auto moved = (delta >= 0.5 ? QStringLiteral("+") : QString()) + number(delta);
    return QStringLiteral(
               "<p style='margin:3px 0 0 0; color:#666; font-size:small'>%1 "
               "<span style='color:%2'><b>(%3)</b></span> · %4</p>")
        .arg(tr("Étape %1 · confiance %2 → %3")
                 .arg(t.step)
                 .arg(number(t.trustBefore), number(t.trustAfter)),
             colour, moved, text(cmcsim::frenchCount(t.minutes, "minute", "minutes")));
}

QString MeetingTranscriptHtml::outcome(const cmcsim::MeetingTranscript& t) {
    if (t.outcome == cmcsim::MeetingOutcome::Open) return {};
    const auto colour = t.outcome == cmcsim::MeetingOutcome::Signed     ? "#1b7a2f"
                        : t.outcome == cmcsim::MeetingOutcome::NextStep ? "#a35a00"
                                                                        : "#b00020";
    QString out =
        QStringLiteral("<p style='margin-top:14px; font-size:large; color:%1'><b>%2</b></p>")
            .arg(QLatin1String(colour),
                 tr("Rendez-vous clos : %1").arg(text(cmcsim::meetingOutcomeLabel(t.outcome))));
    if (!t.reasons.empty()) {
        out += QStringLiteral("<ul style='color:#444'>");
        for (const auto& r : t.reasons) out += QStringLiteral("<li>%1</li>").arg(html(r));
        out += QStringLiteral("</ul>");
    }
    return out;
}

QString MeetingTranscriptHtml::render(const cmcsim::MeetingTranscript& t,
                                      const QString& companyName,
                                      const cmcsim::ObjectionBank& objections) {
    QString out;
    if (t.turns.empty())
        out += QStringLiteral("<p style='color:#666'><i>%1</i></p>")
                   .arg(tr("Le rendez-vous commence : choisissez ci-dessous ce que vous dites, "
                           "phase après phase (préparation, ouverture, découverte…)."));
    std::optional<cmcsim::MeetingPhase> phase;
    for (const auto& turn : t.turns) {
        if (!phase || *phase != turn.phase) {
            phase = turn.phase;
            out +=
                QStringLiteral("<p style='margin-top:12px; color:#1f4e8c; font-weight:bold'>%1</p>")
                    .arg(text(cmcsim::meetingPhaseLabel(turn.phase)).toUpper());
        }
        out += bubble(true, speaker(turn), multiline(turn.said));
        if (const auto said = answer(turn, t, objections); !said.isEmpty())
            out += bubble(false, companyName.toHtmlEscaped(), said);
        out += trustLine(turn);
        for (const auto& flag : turn.flags)
            out += QStringLiteral("<p style='margin:0; color:#b00020'>⚠ %1</p>").arg(html(flag));
    }
    return out + outcome(t);
}
