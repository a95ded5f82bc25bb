#pragma once

#include <QObject>
#include <QTextCharFormat>
#include <QTextObjectInterface>

class QTextDocument;

// A key figure inserted in the synthesis note, drawn as a non-editable chip: one object
// character of the document (QChar::ObjectReplacementCharacter), so the cursor steps over it
// and a deletion removes the whole reference. Its format keeps the figure id and the value shown
// at insertion; a chip whose figure now has another value (or none) is drawn in amber.
class FigureChip : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    static constexpr int kObjectType = QTextFormat::UserObject + 11;
    enum Property { FigureId = QTextFormat::UserProperty + 1, Shown, Changed };

    // Registers the chip's drawing on `document`'s layout (once per document).
    static void install(QTextDocument* document);
    // The format of a chip for figure `id` showing `shown`, with `source` (and the current value
    // when it changed) as its tooltip.
    static QTextCharFormat format(const QString& id, const QString& shown, const QString& source,
                                  bool changed);

    QSizeF intrinsicSize(QTextDocument* document, int position, const QTextFormat& format) override;
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* document, int position,
                    const QTextFormat& format) override;

private:
    using QObject::QObject;
};
