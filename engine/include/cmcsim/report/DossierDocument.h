#pragma once

#include "cmcsim/report/Document.h"

namespace cmcsim {

class Attempt;
class AttemptState;
struct ReferenceData;

// The candidate's exam dossier (issue 13 §3; the written dossier of Bloc 2 and the dossier handed
// in before the Bloc 4 interview, referentiel-cmc.txt): one Document assembling what the
// candidate produced, in the order the jury reads it. A cover (candidate, scenario, mutuelle,
// simulated dates, the hand-in's receipt code), a table of contents, then six parts, each on a
// new page: 1 the market analysis (studies bought, work on the prospect file) and the synthesis
// note; 2 the targets (segments, their qualification and the plan's priorities); 3 the action
// plan and its results (the piloting dashboard, DashboardDocument); 4 each saved offer version's
// study (ProposalDocument::halves: contributions, social and fiscal simulation, compliance);
// 5 the responses to calls for tender (questions, answers, documents, submission, the award's
// debrief, TenderDocument); 6 the client meetings (MeetingDocument's report), the needs and
// requirements the company signed and the documents handed over with the offer presented (IPID,
// needs record, complaints). What the candidate has not produced is said as such ("Aucun appel
// d'offres traité"). Only what the candidate earned: the offers are studied on the knowledge of
// the attempt now, as `cmcsim proposal` does; no hidden truth.
// French whatever the interface language; the CLI (`cmcsim dossier`) and the studio (*Exporter
// le dossier*) render the same Document.
struct DossierDocument {
    // `state` is the fold of `attempt`'s journal. InputError only when the scenario's data are
    // unreadable; an offer version that cannot be studied is stated with its reason.
    static Document build(const ReferenceData& reference, const Attempt& attempt,
                          const AttemptState& state);
};

}  // namespace cmcsim
