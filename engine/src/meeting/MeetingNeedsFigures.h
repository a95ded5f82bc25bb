#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "cmcsim/core/Date.h"

namespace cmcsim {

// The figures of written needs and requirements as the company reads them to check them against
// what it said (MeetingNeedsCheck::contradictions): amounts in euros with their period,
// percentages, headcounts, coverage levels named, dates, and "the employee alone" wordings. A
// deterministic reading of the folded text (foldText, "€" read as "eur"), documented in
// docs/simulation.md "Les exigences et besoins écrits".
struct MeetingNeedsFigures {
    struct Figure {
        double value = 0;           // as written; negative when a minus sign precedes it
        bool perYear = false;       // euros: "par an", "/an", "annuel(le)" follows in its sentence
        bool perMonth = false;      // euros: "par mois", "/mois", "mensuel(le)" follows
        bool perQuarter = false;    // euros: "par trimestre", "trimestriel(le)" follows
        bool wholeCompany = false;  // euros: "pour l'ensemble", "au total"… and not per employee
        bool budget = false;  // euros: its sentence speaks of the budget or the employer's share
        std::string text;     // the figure as written, for the company's answer
    };
    std::vector<Figure> euros;       // "45 €", "45,50 euros", "1 200 EUR"
    std::vector<Figure> percents;    // "60 %", "60 pour cent"
    std::vector<Figure> headcounts;  // "24 salariés", "24 employés", "24 collaborateurs"
    std::vector<Figure> negatives;   // any number written with a minus sign
    // Coverage levels named (1 panier ANI … 4 haut de gamme), outside the sentences about the
    // current contract (« actuel »).
    std::vector<int> levels;
    // Care areas named as what the employees value most (a sentence with « priorit »,
    // « tiennent », « d'abord » or « surtout », not negated): optique, dentaire,
    // hospitalisation, medecines_douces, services.
    std::vector<std::string> priorities;
    std::vector<Date> effectiveDates;  // dates (JJ/MM/AAAA or « 1er janvier 2027 ») in a
                                       // sentence speaking of effect (« effet », « à compter »)
    bool employeeAlone = false;  // « salarié seul », « isolé », « sans (les) ayants droit » …

    static MeetingNeedsFigures of(std::string_view text);
};

}  // namespace cmcsim
