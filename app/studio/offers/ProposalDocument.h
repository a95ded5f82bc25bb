#pragma once

#include <QString>

#include "cmcsim/report/OfferReport.h"

namespace cmcsim {
struct ReferenceData;
}

// The written proposal to a company, from the engine's results: the company, its needs and
// requirements as the candidate wrote them, guarantees, contributions and their social and
// fiscal treatment, compliance, an IPID-style information sheet, complaints and mediation. It is
// a French regulatory document, so its text is French whatever the interface language.
class ProposalDocument {
public:
    ProposalDocument(const cmcsim::ReferenceData& reference, const cmcsim::OfferStudy& study,
                     QString mutuelle, QString date);

    QString html() const;
    // Prints the proposal on A4 pages with 15 mm margins; on failure says why in `error`.
    bool writePdf(const QString& file, QString* error = nullptr) const;

private:
    QString header() const;
    QString company() const;
    QString needs() const;
    QString guarantees() const;
    QString contributions() const;
    QString payroll() const;
    QString compliance() const;
    QString informationSheet() const;
    QString complaints() const;

    const cmcsim::ReferenceData& reference_;
    cmcsim::OfferStudy study_;
    QString mutuelle_;
    QString date_;
};
