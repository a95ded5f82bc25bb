#include "note/FigureChip.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPainter>
#include <QTextDocument>

namespace {
constexpr qreal kPadding = 4;
}

void FigureChip::install(QTextDocument* document) {
    auto* layout = document->documentLayout();
    if (layout->handlerForObject(kObjectType)) return;
    layout->registerHandler(kObjectType, new FigureChip(document));
}

QTextCharFormat FigureChip::format(const QString& id, const QString& shown, const QString& source,
                                   bool changed) {
    QTextCharFormat f;
    f.setObjectType(kObjectType);
    f.setProperty(FigureId, id);
    f.setProperty(Shown, shown);
    f.setProperty(Changed, changed);
    f.setToolTip(source);
    return f;
}

QSizeF FigureChip::intrinsicSize(QTextDocument*, int, const QTextFormat& format) {
    const QFontMetricsF metrics(format.toCharFormat().font());
    return {metrics.horizontalAdvance(format.property(Shown).toString()) + 2 * kPadding,
            metrics.height()};
}

void FigureChip::drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int,
                            const QTextFormat& format) {
    const bool changed = format.property(Changed).toBool();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(changed ? QColor(0xb2, 0x6a, 0x00) : QColor(0x2b, 0x5d, 0x9c));
    painter->setBrush(changed ? QColor(0xff, 0xe8, 0xb0) : QColor(0xdc, 0xe9, 0xfa));
    painter->drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    painter->setFont(format.toCharFormat().font());
    painter->setPen(QColor(0x10, 0x20, 0x30));
    painter->drawText(rect, Qt::AlignCenter, format.property(Shown).toString());
    painter->restore();
}
