#include "note/NoteDocument.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>

#include "note/FigureChip.h"

namespace studio::noteDocument {

namespace {

int headingLevel(cmcsim::NoteBlock::Kind kind) {
    return kind == cmcsim::NoteBlock::Kind::Heading1   ? 1
           : kind == cmcsim::NoteBlock::Kind::Heading2 ? 2
                                                       : 0;
}

}  // namespace

void fill(QTextDocument& document, const cmcsim::SynthesisNote& note, const LookOf& look) {
    document.clear();
    FigureChip::install(&document);
    QTextCursor cursor(&document);
    bool first = true;
    for (const auto& block : note.blocks) {
        QTextBlockFormat blockFormat;
        blockFormat.setHeadingLevel(headingLevel(block.kind));
        QTextCharFormat base;
        if (const int level = headingLevel(block.kind)) {
            base.setFontWeight(QFont::Bold);
            base.setProperty(QTextFormat::FontSizeAdjustment, level == 1 ? 2 : 1);
        }
        if (first)
            cursor.setBlockFormat(blockFormat);
        else
            cursor.insertBlock(blockFormat, base);
        first = false;
        if (block.kind == cmcsim::NoteBlock::Kind::ListItem) {
            // Consecutive items share one list.
            const auto previous = cursor.block().previous();
            if (previous.isValid() && previous.textList())
                previous.textList()->add(cursor.block());
            else
                cursor.createList(QTextListFormat::ListDisc);
        }
        for (const auto& span : block.spans) {
            auto format = base;
            if (span.bold) format.setFontWeight(QFont::Bold);
            if (span.italic) format.setFontItalic(true);
            if (span.kind == cmcsim::NoteSpan::Kind::Reference) {
                const auto chip = look(span);
                auto chipFormat = FigureChip::format(QString::fromStdString(span.figureId),
                                                     QString::fromStdString(span.text),
                                                     chip.tooltip, chip.changed);
                chipFormat.merge(format);
                chipFormat.setObjectType(FigureChip::kObjectType);
                cursor.insertText(QString(QChar::ObjectReplacementCharacter), chipFormat);
            } else {
                cursor.insertText(QString::fromStdString(span.text), format);
            }
        }
    }
}

cmcsim::SynthesisNote read(const QTextDocument& document) {
    cmcsim::SynthesisNote note;
    for (auto block = document.begin(); block.isValid(); block = block.next()) {
        cmcsim::NoteBlock out;
        const int level = block.blockFormat().headingLevel();
        out.kind = block.textList() ? cmcsim::NoteBlock::Kind::ListItem
                   : level == 1     ? cmcsim::NoteBlock::Kind::Heading1
                   : level >= 2     ? cmcsim::NoteBlock::Kind::Heading2
                                    : cmcsim::NoteBlock::Kind::Paragraph;
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const auto fragment = it.fragment();
            if (!fragment.isValid()) continue;
            const auto format = fragment.charFormat();
            const bool bold = level == 0 && format.fontWeight() >= QFont::Bold;
            const bool italic = format.fontItalic();
            if (format.objectType() == FigureChip::kObjectType) {
                // One chip per object character of the fragment.
                for (int i = 0; i < fragment.length(); ++i)
                    out.spans.push_back(
                        {cmcsim::NoteSpan::Kind::Reference,
                         format.property(FigureChip::Shown).toString().toStdString(),
                         format.property(FigureChip::FigureId).toString().toStdString(), bold,
                         italic});
                continue;
            }
            auto text = fragment.text();
            text.replace(QChar::LineSeparator, QLatin1Char(' '));
            text.replace(QChar::Nbsp, QLatin1Char(' '));
            text.remove(QChar::ObjectReplacementCharacter);  // a chip pasted as plain text
            if (text.isEmpty()) continue;
            auto& spans = out.spans;
            if (!spans.empty() && spans.back().kind == cmcsim::NoteSpan::Kind::Text &&
                spans.back().bold == bold && spans.back().italic == italic)
                spans.back().text += text.toStdString();
            else
                spans.push_back(
                    {cmcsim::NoteSpan::Kind::Text, text.toStdString(), "", bold, italic});
        }
        // Spaces at the ends of a block are not kept by the markup.
        if (!out.spans.empty() && out.spans.front().kind == cmcsim::NoteSpan::Kind::Text) {
            auto& t = out.spans.front().text;
            t.erase(0, t.find_first_not_of(' '));
            if (t.empty()) out.spans.erase(out.spans.begin());
        }
        if (!out.spans.empty() && out.spans.back().kind == cmcsim::NoteSpan::Kind::Text) {
            auto& t = out.spans.back().text;
            t.erase(t.find_last_not_of(' ') + 1);
            if (t.empty()) out.spans.pop_back();
        }
        if (!out.spans.empty()) note.blocks.push_back(std::move(out));
    }
    return note;
}

}  // namespace studio::noteDocument
