#include "common/SourcePluralTranslator.h"

#include <QRegularExpression>

QString SourcePluralTranslator::translate(const char* /*context*/, const char* sourceText,
                                          const char* /*disambiguation*/, int n) const {
    if (n < 0 || sourceText == nullptr) return {};
    const QString source = QString::fromUtf8(sourceText);
    const QString resolved = resolve(source, n);
    return resolved == source ? QString() : resolved;
}

QString SourcePluralTranslator::resolve(const QString& source, int n) {
    static const QRegularExpression mark(QStringLiteral("\\(([sx])\\)"));
    QString result = source;
    return result.replace(mark, n >= 2 ? QStringLiteral("\\1") : QString());
}
