#include "DocumentPdf.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFont>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>
#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <set>
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

// The data tables of `document` (DocumentHtml's cmcsim::Table blocks), in its order, with their
// DocumentHtml number: a table continued on a new page (DocumentHtml's break) keeps its number.
std::vector<std::pair<QTextTable*, std::size_t>> numberedTables(QTextDocument& document) {
    std::vector<QTextTable*> tables;
    collectTables(document.rootFrame(), tables);
    std::sort(tables.begin(), tables.end(),
              [](auto* a, auto* b) { return a->firstPosition() < b->firstPosition(); });
    std::vector<std::pair<QTextTable*, std::size_t>> numbered;
    std::size_t number = 0;
    for (auto* table : tables) {
        if (!isDataTable(*table)) continue;
        if (!numbered.empty() &&
            !(table->format().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore))
            ++number;
        numbered.emplace_back(table, number);
    }
    return numbered;
}

// The first row of a data table laid across a page break (no taller than half a page), as
// DocumentHtml's (table, row) numbering; none when every row is on one page.
std::optional<std::pair<std::size_t, std::size_t>> firstSplitRow(QTextDocument& document) {
    const double page = document.pageSize().height();
    auto* layout = document.documentLayout();
    std::size_t offset = 0, previous = 0;
    for (const auto& [table, number] : numberedTables(document)) {
        const int header = table->format().headerRowCount();
        // A table on a new page continues the one before: its rows go on.
        if (number != previous) offset = 0;
        previous = number;
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

// Lays `document` out in `text` (whose page size is set), its data tables in `fonts`: the
// headings of a table of contents are found on a first layout, whose contents shows
// placeholders as wide as a page number, then the document is laid out again with their pages;
// a table row laid across a page break is moved to the next page, under its table's header, one
// row at a time (at most 200).
void layOutOnce(QTextDocument& text, const cmcsim::Document& document,
                const DocumentHtml::TableFonts& fonts) {
    text.setHtml(DocumentHtml::render(document, {}, {}, fonts));
    keepHeadingsWithText(text);
    const auto pages = headingPages(text);
    DocumentHtml::RowBreaks breaks;
    for (int round = 0; round < 200; ++round) {
        const auto split = firstSplitRow(text);
        if (!split || !breaks.insert(*split).second) break;
        text.setHtml(DocumentHtml::render(document, pages, breaks, fonts));
        keepHeadingsWithText(text);
    }
    if (pages.empty()) return;
    // The breaks move headings: their pages are found again.
    text.setHtml(DocumentHtml::render(document, headingPages(text), breaks, fonts));
    keepHeadingsWithText(text);
}

// Calls `line(block, l)` on each line `l` of each block of the header cells of `table`.
template <typename Line>
void forEachHeaderLine(const QTextTable& table, const Line& line) {
    for (int r = 0; r < table.format().headerRowCount(); ++r)
        for (int c = 0; c < table.columns(); ++c) {
            const auto cell = table.cellAt(r, c);
            if (!cell.isValid()) continue;
            const auto last = cell.lastCursorPosition().block();
            for (auto block = cell.firstCursorPosition().block(); block.isValid();
                 block = block.next()) {
                for (int l = 0; l < block.layout()->lineCount(); ++l) line(block, l);
                if (block == last) break;
            }
        }
}

// Whether `table` is wider than the page of `text`: a table as wide as the page measures a few
// pixels more (its border and padding), one whose words do not fit together much more.
bool overflows(QTextDocument& text, QTextTable* table) {
    return text.documentLayout()->frameBoundingRect(table).right() > text.pageSize().width() + 8;
}

// Lays `document` out, its lines (table headers and cells too) broken between words only:
// Qt's default also breaks inside a word, and squeezed a table's column below its header's
// longest word (« Remboursemen|t »). A table whose words are then too wide for the page together
// is set in a smaller font, 7.5 then 6.5 pt (the document's is 8.5 pt); should one still not
// fit, the document is laid out again with Qt's default rather than overflow the page.
void layOut(QTextDocument& text, const cmcsim::Document& document) {
    auto option = text.defaultTextOption();
    option.setWrapMode(QTextOption::WordWrap);
    text.setDefaultTextOption(option);
    DocumentHtml::TableFonts fonts;
    const auto wide = [&] {
        std::set<std::size_t> numbers;
        for (const auto& [table, number] : numberedTables(text))
            if (overflows(text, table)) numbers.insert(number);
        return numbers;
    };
    for (const double points : {7.5, 6.5}) {
        layOutOnce(text, document, fonts);
        const auto numbers = wide();
        if (numbers.empty()) return;
        for (const auto number : numbers) fonts[number] = points;
    }
    layOutOnce(text, document, fonts);
    if (wide().empty()) return;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    text.setDefaultTextOption(option);
    layOutOnce(text, document, fonts);
}

// The PDF's pages: A4, 15 mm margins, 300 dpi.
void setUpWriter(QPdfWriter& writer, const cmcsim::Document& document) {
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm),
                          QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(QString::fromStdString(document.title));
    writer.setCreator(QStringLiteral("cmcsim"));
}

// A document laid out at 96 dpi on a page the size of the printable area less the footer (and
// the watermark's band), to be scaled to the writer: the layout does not depend on the screen
// (studio) or its absence (CLI).
struct PdfLayout {
    PdfLayout(const cmcsim::Document& document, const QPdfWriter& writer) {
        device.setDotsPerMeterX(static_cast<int>(kLayoutDpi / 0.0254));
        device.setDotsPerMeterY(static_cast<int>(kLayoutDpi / 0.0254));
        text.documentLayout()->setPaintDevice(&device);
        font.setPointSizeF(8.5);
        text.setDefaultFont(font);
        text.setDocumentMargin(0);
        scale = writer.resolution() / kLayoutDpi;
        footer = kFooterMm / 25.4 * writer.resolution();
        // A marked document also says so in a band at the top of each page, level text that
        // survives printing in black and white and text extraction.
        header = document.watermark ? footer : 0;
        page = QSizeF(writer.width() / scale, (writer.height() - footer - header) / scale);
        text.setPageSize(page);
        layOut(text, document);
    }

    QImage device{1, 1, QImage::Format_RGB32};  // before `text`, which lays out on it
    QTextDocument text;
    QFont font{QStringLiteral("DejaVu Sans")};
    double scale = 1, footer = 0, header = 0;  // writer pixels per layout pixel; bands in pixels
    QSizeF page;                               // in layout pixels
};

}  // namespace

int DocumentPdf::write(const cmcsim::Document& document, QIODevice& device) {
    QPdfWriter writer(&device);
    setUpWriter(writer, document);
    PdfLayout layout(document, writer);
    auto& text = layout.text;
    const auto& font = layout.font;
    const auto scale = layout.scale, footer = layout.footer, header = layout.header;
    const auto page = layout.page;

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

std::vector<QStringList> DocumentPdf::headerLines(const cmcsim::Document& document) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    setUpWriter(writer, document);
    PdfLayout layout(document, writer);
    std::vector<QStringList> cells;
    for (const auto& [table, number] : numberedTables(layout.text))
        forEachHeaderLine(*table, [&](const QTextBlock& block, int l) {
            const auto line = block.layout()->lineAt(l);
            // A cell's first line starts a new entry (one block per header cell).
            if (l == 0) cells.emplace_back();
            cells.back() << block.text().mid(line.textStart(), line.textLength());
        });
    return cells;
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
