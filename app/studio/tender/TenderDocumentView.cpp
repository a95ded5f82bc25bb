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
#include "DocumentPdf.h"
#include "cmcsim/core/InputError.h"
#include "cmcsim/core/OutputFile.h"
#include "common/StudioSession.h"

TenderDocumentView::TenderDocumentView(StudioSession& session, QString title, QString stem,
                                       QWidget* parent)
    : QWidget(parent), session_(session), title_(std::move(title)), stem_(std::move(stem)) {
    browser_ = new QTextBrowser;
    browser_->setOpenLinks(false);
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
    QString file = requested;
    if (file.isEmpty()) {
        file = QFileDialog::getSaveFileName(
            this, title_,
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                .filePath(QStringLiteral("%1-%2.pdf").arg(stem_, id_)),
            tr("Documents PDF (*.pdf)"));
        if (file.isEmpty()) return {};
    }
    try {
        // The dialog asked before replacing a file; the attempt itself is never replaced.
        cmcsim::OutputFile::check(file.toStdString(), true, {session_.engine().file()});
    } catch (const cmcsim::InputError& e) {
        QMessageBox::warning(this, tr("Export impossible"), QString::fromUtf8(e.what()));
        return {};
    }
    QString error;
    if (!DocumentPdf::writeFile(*document_, file, &error)) {
        QMessageBox::warning(this, tr("Export impossible"),
                             tr("Impossible d'écrire %1 : %2").arg(file, error));
        return {};
    }
    return file;
}
