#pragma once

#include <QCoreApplication>
#include <QString>

namespace cmcsim {
struct Diagnosis;
}

// The Offres workspace's diagnosis panel as HTML: the company, its workforce (said estimated
// when it is), the obligations with their references, the current cover, shortfalls and the
// questions to ask, all from the engine's Diagnosis.
class DiagnosisHtml {
    Q_DECLARE_TR_FUNCTIONS(DiagnosisHtml)

public:
    static QString render(const cmcsim::Diagnosis& diagnosis);
};
