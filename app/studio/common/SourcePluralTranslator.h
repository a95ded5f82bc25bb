#pragma once

#include <QTranslator>

// Resolves the plural forms of the French source texts, so tr("%n salarié(s)", nullptr, n) shows
// "1 salarié", "0 salarié" and "2 salariés" without a French translation file: "(s)" and "(x)"
// are dropped below 2 and kept (without brackets) from 2 on (French rule: 0 and 1 are singular).
// Installed first, it only answers what no installed translation answers.
class SourcePluralTranslator : public QTranslator {
public:
    using QTranslator::QTranslator;
    QString translate(const char* context, const char* sourceText,
                      const char* disambiguation = nullptr, int n = -1) const override;
    bool isEmpty() const override { return false; }

    // The French form of `source` for the count `n` (the rule above).
    static QString resolve(const QString& source, int n);
};
