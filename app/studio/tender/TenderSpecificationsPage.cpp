#include "tender/TenderSpecificationsPage.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/core/InputError.h"
#include "cmcsim/report/TenderDocument.h"
#include "cmcsim/tender/TenderDesk.h"
#include "common/ReadOnlyGuard.h"
#include "common/StudioSession.h"
#include "common/StudioText.h"
#include "tender/TenderDocumentView.h"

using namespace studio;

TenderSpecificationsPage::TenderSpecificationsPage(StudioSession& session, QWidget* parent)
    : QWidget(parent), session_(session) {
    notice_ = new QLabel;
    notice_->setObjectName(QStringLiteral("tenderReadNotice"));
    notice_->setWordWrap(true);
    notice_->setTextFormat(Qt::RichText);
    read_ = new QPushButton(QIcon::fromTheme(QStringLiteral("document-open")),
                            tr("Lire le cahier des charges"));
    read_->setObjectName(QStringLiteral("tenderRead"));
    studio::guardCommand(read_, session_);
    document_ = new TenderDocumentView(session_, tr("Exporter le cahier des charges en PDF"),
                                       QStringLiteral("cahier-des-charges"));
    document_->setObjectName(QStringLiteral("tenderSpecifications"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(notice_);
    layout->addWidget(read_, 0, Qt::AlignLeft);
    layout->addWidget(document_, 1);
    layout->addStretch(0);
    connect(read_, &QPushButton::clicked, this, &TenderSpecificationsPage::read);
}

void TenderSpecificationsPage::showTender(const cmcsim::TenderDesk& desk,
                                          const cmcsim::Tender& tender,
                                          const cmcsim::TenderTruth* truth) {
    id_ = text(tender.id);
    const bool unread = desk.readCommand(tender.id).has_value();
    if (unread && !session_.evaluator())
        notice_->setText(
            tr("<p><b>Lire le cahier des charges est une information acquise.</b> La lecture est "
               "enregistrée au journal de l'épreuve et ne peut pas être annulée ; elle vous "
               "donne l'état du personnel de l'entreprise (effectif, âges, situations "
               "familiales), son contrat actuel et sa sinistralité, les garanties demandées, les "
               "questions à traiter, les documents à fournir et les critères de choix.</p>"));
    else if (unread)
        notice_->setText(
            tr("<p><i>Vue de l'évaluateur : le candidat n'a pas lu ce cahier des "
               "charges à ce point de l'épreuve.</i></p>"));
    notice_->setVisible(unread);
    read_->setVisible(unread && !session_.evaluator());
    read_->setEnabled(!session_.sealed());
    if (!session_.evaluator())
        read_->setToolTip(session_.sealed() ? tr("Épreuve remise : consultation seule.")
                                            : tr("Commande ao.lecture, définitive"));
    std::optional<cmcsim::Document> specifications;
    if (truth) specifications = cmcsim::TenderDocument::specifications(session_.scenario(), *truth);
    document_->setDocument(id_, std::move(specifications));
}

bool TenderSpecificationsPage::read() {
    if (id_.isEmpty()) return false;
    std::optional<nlohmann::json> payload;
    try {
        payload = cmcsim::TenderDesk(session_.reference(), session_.scenario(), session_.market(),
                                     session_.state())
                      .readCommand(id_.toStdString());
    } catch (const cmcsim::InputError& e) {
        Q_EMIT session_.refused(QString::fromUtf8(e.what()));
        return false;
    }
    return payload && session_.run(tr("Lecture du cahier des charges %1").arg(id_),
                                   cmcsim::command::kTenderRead, *payload);
}
