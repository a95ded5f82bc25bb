#include "DocumentPdf.h"

#include <QAbstractTextDocumentLayout>
#include <QFont>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <vector>

#include "DocumentHtml.h"

namespace {

constexpr double kMarginMm = 15, kFooterMm = 7, kLayoutDpi = 96;

// Moves to the next page each heading that would otherwise end a page, with its first lines.
void keepHeadingsWithText(QTextDocument& document) {
    const double page = document.pageSize().height();
    auto* layout = document.documentLayout();
    for (auto block = document.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 0 || QTextCursor(block).currentTable()) continue;
        const QRectF box = layout->blockBoundingRect(block);
        const double room = page - std::fmod(box.top(), page);
        if (room < box.height() + 4 * QFontMetricsF(document.defaultFont()).lineSpacing()) {
            auto format = block.blockFormat();
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(block).setBlockFormat(format);
            // The incremental layout would misplace what follows.
            document.markContentsDirty(0, document.characterCount());
        }
    }
}

// The watermark across the page, diagonal, light red: readable, and the text stays legible.
void paintWatermark(QPainter& painter, const QString& text, const QSizeF& page, double dpi) {
    painter.save();
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setBold(true);
    font.setPixelSize(static_cast<int>(dpi * 0.32));  // about 23 pt
    painter.setFont(font);
    painter.setPen(QColor(176, 0, 32, 70));
    painter.translate(page.width() / 2, page.height() / 2);
    painter.rotate(-40);
    const double width = std::hypot(page.width(), page.height());
    painter.drawText(QRectF(-width / 2, -dpi, width, 2 * dpi), Qt::AlignCenter, text);
    painter.restore();
}

// The page (from 1) each heading a table of contents lists starts on, by section index: found by
// the anchors DocumentHtml puts on them.
std::map<std::size_t, int> headingPages(const QTextDocument& document) {
    std::map<std::size_t, int> pages;
    const QString prefix = DocumentHtml::anchor(0).chopped(1);
    const double page = document.pageSize().height();
    auto* layout = document.documentLayout();
    for (auto block = document.begin(); block.isValid(); block = block.next())
        for (auto fragment = block.begin(); !fragment.atEnd(); ++fragment)
            for (const auto& name : fragment.fragment().charFormat().anchorNames())
                if (name.startsWith(prefix)) {
                    bool ok = false;
                    const auto index = name.mid(prefix.size()).toULongLong(&ok);
                    if (ok)
                        pages[index] =
                            static_cast<int>(layout->blockBoundingRect(block).top() / page) + 1;
                }
    return pages;
}

// The tables of `frame` and of the frames it holds, in the document's order.
void collectTables(QTextFrame* frame, std::vector<QTextTable*>& tables) {
    for (auto* child : frame->childFrames()) {
        if (auto* table = qobject_cast<QTextTable*>(child)) tables.push_back(table);
        collectTables(child, tables);
    }
}

// A data table of DocumentHtml (cmcsim::Table): bordered, 3-pixel padding.
bool isDataTable(const QTextTable& table) {
    return table.format().border() == 1 && table.format().cellPadding() == 3;
}

// The first row of a data table laid across a page break (no taller than half a page), as
// DocumentHtml's (table, row) numbering; none when every row is on one page.
std::optional<std::pair<std::size_t, std::size_t>> firstSplitRow(QTextDocument& document) {
    const double page = document.pageSize().height();
    auto* layout = document.documentLayout();
    std::vector<QTextTable*> tables;
    collectTables(document.rootFrame(), tables);
    std::sort(tables.begin(), tables.end(),
              [](auto* a, auto* b) { return a->firstPosition() < b->firstPosition(); });
    std::size_t number = 0, offset = 0;
    bool first = true;
    for (auto* table : tables) {
        if (!isDataTable(*table)) continue;
        const int header = table->format().headerRowCount();
        // A table on a new page continues the one before (DocumentHtml's break): its rows go on.
        if (!(table->format().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)) {
            if (!first) ++number;
            offset = 0;
        }
        first = false;
        for (int r = header; r < table->rows(); ++r) {
            double top = 1e12, bottom = 0;
            for (int c = 0; c < table->columns(); ++c) {
                const auto cell = table->cellAt(r, c);
                if (!cell.isValid()) continue;
                top = std::min(top,
                               layout->blockBoundingRect(cell.firstCursorPosition().block()).top());
                bottom = std::max(
                    bottom, layout->blockBoundingRect(cell.lastCursorPosition().block()).bottom());
            }
            if (bottom > top && bottom - top < page / 2 &&
                std::floor(top / page) != std::floor((bottom - 1) / page))
                return std::pair{number, offset + static_cast<std::size_t>(r - header)};
        }
        offset += static_cast<std::size_t>(table->rows() - header);
    }
    return std::nullopt;
}

// Lays `document` out in `text` (whose page size is set): the headings of a table of contents
// are found on a first layout, whose contents shows placeholders as wide as a page number, then
// the document is laid out again with their pages; a table row laid across a page break is
// moved to the next page, under its table's header, one row at a time (at most 200).
void layOut(QTextDocument& text, const cmcsim::Document& document) {
    text.setHtml(DocumentHtml::render(document));
    keepHeadingsWithText(text);
    const auto pages = headingPages(text);
    DocumentHtml::RowBreaks breaks;
    for (int round = 0; round < 200; ++round) {
        const auto split = firstSplitRow(text);
        if (!split || !breaks.insert(*split).second) break;
        text.setHtml(DocumentHtml::render(document, pages, breaks));
        keepHeadingsWithText(text);
    }
    if (pages.empty()) return;
    // The breaks move headings: their pages are found again.
    text.setHtml(DocumentHtml::render(document, headingPages(text), breaks));
    keepHeadingsWithText(text);
}

}  // namespace

int DocumentPdf::write(const cmcsim::Document& document, QIODevice& device) {
    QPdfWriter writer(&device);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm),
                          QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(QString::fromStdString(document.title));
    writer.setCreator(QStringLiteral("cmcsim"));

    // Laid out at 96 dpi on a page the size of the printable area less the footer, then scaled
    // to the writer: the layout does not depend on the screen (studio) or its absence (CLI).
    QImage layoutDevice(1, 1, QImage::Format_RGB32);
    layoutDevice.setDotsPerMeterX(static_cast<int>(kLayoutDpi / 0.0254));
    layoutDevice.setDotsPerMeterY(static_cast<int>(kLayoutDpi / 0.0254));
    QTextDocument text;
    text.documentLayout()->setPaintDevice(&layoutDevice);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(8.5);
    text.setDefaultFont(font);
    text.setDocumentMargin(0);
    const double scale = writer.resolution() / kLayoutDpi;
    const double footer = kFooterMm / 25.4 * writer.resolution();
    // A marked document also says so in a band at the top of each page, level text that
    // survives printing in black and white and text extraction.
    const double header = document.watermark ? footer : 0;
    const QSizeF page(writer.width() / scale, (writer.height() - footer - header) / scale);
    text.setPageSize(page);
    layOut(text, document);

    QPainter painter(&writer);
    QFont small = font;
    small.setPointSizeF(7);
    const auto footerText = QString::fromStdString(document.footer);
    const auto watermark =
        document.watermark ? QString::fromStdString(*document.watermark) : QString();
    const int pages = text.pageCount();
    for (int i = 0; i < pages; ++i) {
        if (i > 0) writer.newPage();
        painter.save();
        painter.translate(0, header);
        painter.scale(scale, scale);
        painter.translate(0, -i * page.height());
        // A table row laid across a page break would otherwise also paint over the band above.
        const QRectF area(0, i * page.height(), page.width(), page.height());
        painter.setClipRect(area);
        text.drawContents(&painter, area);
        painter.restore();
        if (!watermark.isEmpty()) {
            paintWatermark(painter, watermark, QSizeF(writer.width(), writer.height()),
                           writer.resolution());
            QFont bold = small;
            bold.setBold(true);
            painter.setFont(bold);
            painter.setPen(QColor(0xb0, 0x00, 0x20));
            painter.drawText(QRectF(0, 0, writer.width(), header * 0.6),
                             Qt::AlignHCenter | Qt::AlignTop, watermark);
        }
        painter.setFont(small);
        painter.setPen(QColor(0x5f, 0x6b, 0x7a));
        const QRectF band(0, writer.height() - footer * 0.6, writer.width(), footer * 0.6);
        painter.drawText(band, Qt::AlignLeft | Qt::AlignBottom, footerText);
        painter.drawText(band, Qt::AlignRight | Qt::AlignBottom,
                         QStringLiteral("page %1 / %2").arg(i + 1).arg(pages));
    }
    return pages;
}

bool DocumentPdf::writeFile(const cmcsim::Document& document, const QString& file, QString* error) {
    QSaveFile out(file);  // written to a temporary file, renamed only when complete
    if (!out.open(QIODevice::WriteOnly)) {
        if (error) *error = out.errorString();
        return false;
    }
    write(document, out);
    if (!out.commit()) {
        if (error) *error = out.errorString();
        return false;
    }
    return true;
}
