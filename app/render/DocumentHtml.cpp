#include "DocumentHtml.h"

#include <QStringList>
#include <algorithm>
#include <set>
#include <variant>

using cmcsim::Tone;

namespace {

QString colour(Tone tone) {
    switch (tone) {
        case Tone::Good:
            return QStringLiteral("#1b7f3b");
        case Tone::Bad:
            return QStringLiteral("#b00020");
        case Tone::Caution:
            return QStringLiteral("#c05f00");
        case Tone::Muted:
            return QStringLiteral("#5f6b7a");
        case Tone::Accent:
            return QStringLiteral("#1f4e79");
        case Tone::Normal:
            break;
    }
    return {};
}

QString escaped(const std::string& text) {
    return QString::fromStdString(text).toHtmlEscaped().replace(QLatin1Char('\n'),
                                                                QStringLiteral("<br>"));
}

QString runs(const cmcsim::RichText& text) {
    QString out;
    for (const auto& run : text) {
        QString part = escaped(run.text);
        if (run.bold) part = QStringLiteral("<b>%1</b>").arg(part);
        if (run.italic) part = QStringLiteral("<i>%1</i>").arg(part);
        if (run.reference)  // after a text, apart from it ("… en prévoyance B3.2.2")
            part =
                (out.isEmpty() ? QString() : QStringLiteral(" ")) +
                QStringLiteral("<span style='color:#5f6b7a;font-size:7.5pt'>%1</span>").arg(part);
        else if (run.tone != Tone::Normal)
            part = QStringLiteral("<span style='color:%1'>%2</span>").arg(colour(run.tone), part);
        out += part;
    }
    return out;
}

const QString kTable = QStringLiteral(
    "<table width='100%' cellspacing=0 cellpadding=3 border=1 "
    "style='border-collapse:collapse;border-color:#b9c2cc'>");

struct BlockHtml {
    const cmcsim::Document& document;
    std::size_t section;  // the index of the section holding the block
    const std::map<std::size_t, int>& pages;
    const DocumentHtml::RowBreaks& breaks;
    const DocumentHtml::TableFonts& fonts;
    std::size_t& tables;  // the data tables rendered so far

    QString operator()(const cmcsim::Paragraph& p) const {
        return p.boxed
                   ? QStringLiteral("<p style='background-color:#eef1f5'>%1</p>").arg(runs(p.text))
                   : QStringLiteral("<p>%1</p>").arg(runs(p.text));
    }
    QString operator()(const cmcsim::KeyValueList& list) const {
        QString out = QStringLiteral("<table cellpadding=2>");
        for (const auto& [label, value] : list.rows)
            out += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                       .arg(escaped(label), runs(value));
        return out + QStringLiteral("</table>");
    }
    QString operator()(const cmcsim::Table& t) const {
        const auto align = [&t](std::size_t column) {
            return column < t.rightAligned.size() && t.rightAligned[column]
                       ? QStringLiteral("right")
                       : QStringLiteral("left");
        };
        QString header;
        if (!t.header.empty()) {
            header += QStringLiteral("<thead><tr style='background-color:#e3e9f0'>");
            for (std::size_t c = 0; c < t.header.size(); ++c)
                header +=
                    QStringLiteral("<th align=%1>%2</th>").arg(align(c), escaped(t.header[c]));
            header += QStringLiteral("</tr></thead>");
        }
        const std::size_t number = tables++;
        const auto font = fonts.find(number);
        const auto open = font == fonts.end()
                              ? kTable
                              : QString(kTable).replace(
                                    QStringLiteral("style='"),
                                    QStringLiteral("style='font-size:%1pt;").arg(font->second));
        QString out = open + header;
        for (std::size_t r = 0; r < t.rows.size(); ++r) {
            const auto& row = t.rows[r];
            if (breaks.contains({number, r}))
                out += QStringLiteral("</table>") +
                       QString(open).replace(QStringLiteral("style='"),
                                             QStringLiteral("style='page-break-before:always;")) +
                       header;
            out += QStringLiteral("<tr>");
            for (std::size_t c = 0; c < row.size(); ++c) {
                QString text = runs(row[c].text);
                if (!row[c].reference.empty())
                    text +=
                        QStringLiteral("<br><span style='color:#5f6b7a;font-size:7.5pt'>%1</span>")
                            .arg(escaped(row[c].reference));
                out += QStringLiteral("<td align=%1>%2</td>").arg(align(c), text);
            }
            out += QStringLiteral("</tr>");
        }
        return out + QStringLiteral("</table>");
    }
    QString operator()(const cmcsim::BulletList& list) const {
        QString out = QStringLiteral("<table cellpadding=1>");
        for (const auto& item : list.items)
            out +=
                QStringLiteral("<tr><td valign=top style='color:%1'><b>%2</b></td><td>%3</td></tr>")
                    .arg(colour(list.tone), escaped(list.mark), runs(item));
        return out + QStringLiteral("</table>");
    }
    // A part in bold, its sections indented; the page in a right-aligned column.
    QString operator()(const cmcsim::TableOfContents& contents) const {
        QString out = QStringLiteral("<table width='100%' cellpadding=3>");
        for (const auto i : cmcsim::contentsEntries(document, section, contents.depth)) {
            const auto& s = document.sections[i];
            const auto page = pages.find(i);
            QString title = escaped(s.heading);
            if (s.level <= 1) title = QStringLiteral("<b>%1</b>").arg(title);
            const auto indent = QStringLiteral("&nbsp;").repeated(6 * std::max(0, s.level - 1));
            out += QStringLiteral("<tr><td>%1%2</td><td align=right width='12%'>%3</td></tr>")
                       .arg(indent, title,
                            page == pages.end() ? QStringLiteral("000")
                                                : QString::number(page->second));
        }
        return out + QStringLiteral("</table>");
    }
};

// The indices of the sections some table of contents lists.
std::set<std::size_t> listedSections(const cmcsim::Document& document) {
    std::set<std::size_t> listed;
    for (std::size_t i = 0; i < document.sections.size(); ++i)
        for (const auto& block : document.sections[i].blocks)
            if (const auto* contents = std::get_if<cmcsim::TableOfContents>(&block))
                for (const auto entry : cmcsim::contentsEntries(document, i, contents->depth))
                    listed.insert(entry);
    return listed;
}

QString section(const cmcsim::Document& document, std::size_t index,
                const std::map<std::size_t, int>& pages, bool anchored,
                const DocumentHtml::RowBreaks& breaks, const DocumentHtml::TableFonts& fonts,
                std::size_t& tables) {
    const auto& s = document.sections[index];
    QString out;
    if (!s.heading.empty()) {
        QStringList style;
        if (s.newPage) style << QStringLiteral("page-break-before:always");
        if (s.tone != Tone::Normal) style << QStringLiteral("color:%1").arg(colour(s.tone));
        if (s.level == 1) style << QStringLiteral("font-size:14pt");
        if (s.level >= 3 && s.tone != Tone::Normal) style << QStringLiteral("font-size:10pt");
        const int level = std::clamp(s.level, 1, 3);
        const auto heading = anchored ? QStringLiteral("<a name='%1'>%2</a>")
                                            .arg(DocumentHtml::anchor(index), escaped(s.heading))
                                      : escaped(s.heading);
        out += QStringLiteral("<h%1%2>%3</h%1>")
                   .arg(level)
                   .arg(style.isEmpty() ? QString()
                                        : QStringLiteral(" style='%1'").arg(style.join(u';')),
                        heading);
    }
    for (const auto& block : s.blocks)
        out += std::visit(BlockHtml{document, index, pages, breaks, fonts, tables}, block);
    return out;
}

}  // namespace

QString DocumentHtml::anchor(std::size_t index) {
    return QStringLiteral("cmcsim-section-%1").arg(index);
}

QString DocumentHtml::render(const cmcsim::Document& document,
                             const std::map<std::size_t, int>& pages, const RowBreaks& breaks,
                             const TableFonts& fonts) {
    const auto listed = listedSections(document);
    std::size_t tables = 0;
    const auto sectionHtml = [&](std::size_t i) {
        return section(document, i, pages, listed.contains(i), breaks, fonts, tables);
    };
    QString out = QStringLiteral("<html><body>");
    if (!document.banner.empty()) {
        static const char* const kStyles[] = {"color:white;font-size:16pt",
                                              "color:white;font-size:12pt",
                                              "color:white;font-size:11pt", "color:#dce6f0"};
        out += QStringLiteral(
            "<table width='100%' cellpadding=10 style='background-color:#1f4e79'><tr><td>");
        for (std::size_t i = 0; i < document.banner.size(); ++i)
            out += QStringLiteral("<p style='%1'>%2</p>")
                       .arg(QLatin1String(kStyles[std::min<std::size_t>(i, 3)]),
                            runs(document.banner[i]));
        out += QStringLiteral("</td></tr></table>");
    }
    using Column = cmcsim::DocumentSection::Column;
    const auto& sections = document.sections;
    for (std::size_t i = 0; i < sections.size(); ++i) {
        if (sections[i].column == Column::Full) {
            out += sectionHtml(i);
            continue;
        }
        // Side by side: the left column's sections, then the right column's.
        QString left, right;
        for (; i < sections.size() && sections[i].column != Column::Full; ++i)
            (sections[i].column == Column::Left ? left : right) += sectionHtml(i);
        --i;
        out += QStringLiteral(
                   "<table width='100%' cellspacing=0 cellpadding=6 border=1 "
                   "style='border-collapse:collapse;border-color:#b9c2cc'><tr>"
                   "<td width='55%' valign=top>%1</td><td width='45%' valign=top>%2</td>"
                   "</tr></table>")
                   .arg(left, right);
    }
    if (!document.closingNote.empty())
        out += QStringLiteral("<p style='color:#5f6b7a;font-size:7.5pt'><i>%1</i></p>")
                   .arg(escaped(document.closingNote));
    return out + QStringLiteral("</body></html>");
}
