#include "cmcsim/note/NoteReferenceCheck.h"

#include <fmt/format.h>

#include <algorithm>

#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/core/OneLine.h"

namespace cmcsim {

std::vector<Problem> NoteReferenceCheck::problems(const SynthesisNote& note,
                                                  const std::vector<KeyFigure>& figures,
                                                  const AttemptState& state,
                                                  const std::string& source) {
    std::vector<Problem> out;
    for (const auto& block : note.blocks)
        for (const auto& span : block.spans) {
            if (span.kind != NoteSpan::Kind::Reference) continue;
            const auto where = fmt::format("{}:{}", source, block.line);
            const auto id = oneLine(span.figureId);
            if (const auto why = state.unearnedFigure(span.figureId)) {
                out.push_back(
                    {where, fmt::format("référence au chiffre « {} » refusée : {}", id, *why)});
                continue;
            }
            const auto figure =
                std::find_if(figures.begin(), figures.end(),
                             [&](const KeyFigure& f) { return f.id == span.figureId; });
            if (figure == figures.end()) {
                out.push_back({where, fmt::format("chiffre inconnu « {} » (la commande « note "
                                                  "FICHIER figures » liste les chiffres "
                                                  "disponibles)",
                                                  id)});
                continue;
            }
            if (figure->shown() != span.text)
                out.push_back(
                    {where, fmt::format("la référence au chiffre « {} » montre « {} » : il vaut "
                                        "« {} » (recopiez sa valeur)",
                                        id, oneLine(span.text), figure->shown())});
        }
    return out;
}

}  // namespace cmcsim
