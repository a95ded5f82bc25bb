#include "tender/TenderDocumentView.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "DocumentHtml.h"
#include "cmcsim/core/InputError.h"
#include "cmcsim/core/OutputFile.h"
#include "common/ExportFile.h"
#include "common/StudioSession.h"

TenderDocumentView::TenderDocumentView(StudioSession& session, QString title, QString stem,
                                       QWidget* parent)
    : QWidget(parent), session_(session), title_(std::move(title)), stem_(std::move(stem)) {
    browser_ = new QTextBrowser;
    browser_->setOpenLinks(false);
    // The document wraps to the view's width (1366×768 included), its tables take 100 % of it:
    // no sideways scroll bar, not even the former width's one kept while Qt lays a long document
    // out again after the window narrows.
    browser_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    export_ = new QPushButton(QIcon::fromTheme(QStringLiteral("document-export")),
                              tr("Exporter en PDF…"));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(export_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(browser_, 1);
    layout->addLayout(buttons);
    connect(export_, &QPushButton::clicked, this, [this] { exportPdf(); });
}

void TenderDocumentView::setDocument(const QString& id, std::optional<cmcsim::Document> document) {
    id_ = id;
    document_ = std::move(document);
    setVisible(document_.has_value());
    if (document_) browser_->setHtml(DocumentHtml::render(*document_));
}

QString TenderDocumentView::exportPdf(const QString& requested) {
    if (!document_) return {};
    const auto file =
        exportFile::target(this, requested, title_, QStringLiteral("%1-%2.pdf").arg(stem_, id_),
                           tr("Documents PDF (*.pdf)"), {session_.engine().file()});
    if (file.isEmpty() || !exportFile::writePdf(this, *document_, file)) return {};
    return file;
}
