#include "tender/TenderDebriefPage.h"

#include <QLabel>
#include <QVBoxLayout>

#include "cmcsim/report/TenderDocument.h"
#include "cmcsim/tender/TenderDesk.h"
#include "common/StudioText.h"
#include "tender/TenderDocumentView.h"
#include "tender/TenderText.h"

using namespace studio;

TenderDebriefPage::TenderDebriefPage(StudioSession& session, QWidget* parent) : QWidget(parent) {
    pending_ = new QLabel;
    pending_->setObjectName(QStringLiteral("tenderDebriefPending"));
    pending_->setWordWrap(true);
    pending_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    document_ = new TenderDocumentView(
        session, tr("Exporter le résultat de l'appel d'offres en PDF"), QStringLiteral("resultat"));
    document_->setObjectName(QStringLiteral("tenderDebrief"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(pending_);
    layout->addWidget(document_, 1);
    layout->addStretch(0);
}

bool TenderDebriefPage::awarded() const {
    return document_->hasDocument();
}

void TenderDebriefPage::showTender(const cmcsim::TenderDesk& desk, const cmcsim::Tender& tender) {
    std::optional<cmcsim::Document> debrief;
    if (const auto award = desk.award(tender.id))
        debrief = cmcsim::TenderDocument::debrief(desk.truth(tender), *award);
    pending_->setText(
        tr("<p>Le résultat sera connu une fois la %1 jouée (semaines jouées : %2). Jouez les "
           "semaines dans l'onglet <i>Semaine</i>.</p>")
            .arg(tenderText::week(desk, tender.awardWeek))
            .arg(desk.weeksRun()));
    pending_->setVisible(!debrief);
    document_->setDocument(text(tender.id), std::move(debrief));
}
