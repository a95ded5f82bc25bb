#pragma once

#include <QWidget>
#include <optional>

#include "cmcsim/report/Document.h"

class QPushButton;
class QTextBrowser;
class StudioSession;

// A document of a call for tender built by the engine (its specifications, its debrief), shown
// as DocumentHtml renders it, with *Exporter en PDF…* (DocumentPdf, never over the attempt).
class TenderDocumentView : public QWidget {
    Q_OBJECT
public:
    // `title` names the save dialog; the file it proposes is "<stem>-<tender id>.pdf".
    TenderDocumentView(StudioSession& session, QString title, QString stem,
                       QWidget* parent = nullptr);

    // Shows `document` of tender `id`; nothing (the view hidden) when it is empty.
    void setDocument(const QString& id, std::optional<cmcsim::Document> document);
    bool hasDocument() const { return document_.has_value(); }
    // Writes the document as PDF to `file` (asks for one when empty); returns the file written,
    // empty when cancelled, without document, or after telling the user why it failed.
    QString exportPdf(const QString& file = {});

    QTextBrowser* browser() const { return browser_; }
    QPushButton* exportButton() const { return export_; }

private:
    StudioSession& session_;
    QString title_, stem_, id_;
    std::optional<cmcsim::Document> document_;
    QTextBrowser* browser_ = nullptr;
    QPushButton* export_ = nullptr;
};
