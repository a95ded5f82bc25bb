#include "tender/TenderQuestionsPanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/tender/TenderDesk.h"
#include "common/ReadOnlyGuard.h"
#include "common/StudioSession.h"
#include "common/StudioText.h"
#include "tender/TenderText.h"

using namespace studio;

TenderQuestionsPanel::TenderQuestionsPanel(StudioSession& session, QWidget* parent)
    : QWidget(parent), session_(session) {
    answers_ = new QTextBrowser;
    answers_->setObjectName(QStringLiteral("tenderAnswers"));
    deadline_ = new QLabel;
    deadline_->setWordWrap(true);
    question_ = new QPlainTextEdit;
    question_->setObjectName(QStringLiteral("tenderQuestion"));
    question_->setPlaceholderText(
        tr("Votre question à l'entreprise (sinistralité, effectif, contrat actuel, structure de "
           "cotisation, courtier…)"));
    question_->setMaximumHeight(80);
    ask_ = new QPushButton(tr("Poser la question"));
    ask_->setObjectName(QStringLiteral("tenderAsk"));
    studio::guardCommand(ask_, session_);
    auto* row = new QHBoxLayout;
    row->addWidget(question_, 1);
    row->addWidget(ask_, 0, Qt::AlignBottom);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(answers_, 1);
    layout->addWidget(deadline_);
    layout->addLayout(row);
    connect(ask_, &QPushButton::clicked, this, &TenderQuestionsPanel::ask);
}

void TenderQuestionsPanel::showTender(const cmcsim::TenderDesk& desk,
                                      const cmcsim::Tender& tender) {
    id_ = text(tender.id);
    const auto asked = desk.questions(tender.id);
    QString html;
    for (const auto& [q, answer] : asked)
        html += tr("<p><b>Semaine %1 — Question :</b> %2<br><b>Réponse de l'entreprise :</b> "
                   "%3</p>")
                    .arg(q.week)
                    .arg(studio::html(q.text), studio::html(answer));
    if (html.isEmpty())
        html =
            tr("<p><i>Aucune question posée. Les réponses de l'entreprise s'affichent ici, "
               "sous chaque question.</i></p>");
    answers_->setHtml(html);
    const bool read = !desk.readCommand(tender.id).has_value();
    const bool open = tender.questionsOpen(desk.week());
    QString why;
    if (session_.sealed())
        why = tr("Épreuve remise : consultation seule.");
    else if (!read)
        why = tr("Lisez d'abord le cahier des charges.");
    else if (!open)
        why = tr("Les questions étaient ouvertes jusqu'à la fin de la %1 ; nous sommes en "
                 "semaine %2.")
                  .arg(tenderText::week(desk, tender.questionWeek))
                  .arg(desk.week());
    deadline_->setText(
        open ? tr("Questions jusqu'à la fin de la %1 : %2.")
                   .arg(tenderText::week(desk, tender.questionWeek),
                        tenderText::countdown(desk.week(), tender.questionWeek))
             : tr("Questions closes (%1).").arg(tenderText::week(desk, tender.questionWeek)));
    question_->setReadOnly(!why.isEmpty() || session_.evaluator());
    ask_->setEnabled(why.isEmpty());
    if (!session_.evaluator())  // else the button says why it is disabled (guardCommand)
        ask_->setToolTip(why.isEmpty() ? tr("Commande ao.question ; la réponse s'affiche aussitôt")
                                       : why);
}

bool TenderQuestionsPanel::ask() {
    const auto text = question_->toPlainText().trimmed();
    if (id_.isEmpty() || text.isEmpty()) return false;
    if (!session_.run(tr("Question sur l'appel d'offres %1").arg(id_),
                      cmcsim::command::kTenderQuestion,
                      cmcsim::TenderDesk::questionCommand(id_.toStdString(), text.toStdString())))
        return false;
    question_->clear();
    return true;
}
