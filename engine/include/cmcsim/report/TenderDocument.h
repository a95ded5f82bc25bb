#pragma once

#include <string>

#include "cmcsim/report/Document.h"

namespace cmcsim {

struct Scenario;
struct TenderAward;
struct TenderTruth;

// The documents of a call for tender, built from what it discloses (TenderTruth): French texts
// whatever the interface language, rendered by the PDF (app/render) and DocumentText alike.
struct TenderDocument {
    // The specifications (cahier des charges): the company and the consultation, the calendar,
    // the census, the current contract with its guarantee table and loss history, the requested
    // cover and rate structure, the evaluation criteria and weights, the questions to answer and
    // the documents to provide (domain-facts H and J.7).
    static Document specifications(const Scenario& scenario, const TenderTruth& truth);
    // The candidate's debrief once awarded: rank among the bidders, points per criterion beside
    // the winner's, the winner's price level against the requested cover's reference premium.
    static Document debrief(const TenderTruth& truth, const TenderAward& award);
};

}  // namespace cmcsim
