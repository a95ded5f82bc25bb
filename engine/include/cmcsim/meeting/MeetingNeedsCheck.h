#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace cmcsim {

struct MeetingContext;
struct MeetingTranscript;

// Whether the company signs the needs and requirements written in a meeting ("rdv.besoins",
// L521-4 C. assur.): the statement must mention each needs topic the meeting revealed (one of its
// keywords, datasets/besoins_rdv.csv, compared case- and accent-folded) and must not contradict
// the budget revealed (every amount in euros of the text within `tolerance_budget` of it).
struct MeetingNeedsCheck {
    // The topics (MeetingBank::revealCodes) a statement must cover once revealed, with their
    // keywords, folded (foldText); read from `datasets` / besoins_rdv.csv. InputError naming the
    // file, line and column for a bad file.
    static std::map<std::string, std::vector<std::string>> load(
        const std::filesystem::path& datasets);
    // Those of the installed datasets (dataRoot()), read once.
    static const std::map<std::string, std::vector<std::string>>& installed();

    // What keeps the company from signing `text` after `sofar`, in its words ("il y manque notre
    // budget" …); empty when it signs.
    static std::vector<std::string> problems(const MeetingContext& context,
                                             const MeetingTranscript& sofar,
                                             const std::string& text);
    // A statement the company signs: `written` followed by a line "– …" for each thing the
    // meeting revealed (`known`: MeetingTranscript::known) that it does not hold yet (the
    // studio's "Reprendre ce que l'entreprise a dit").
    static std::string draft(const std::map<std::string, std::string>& known,
                             const std::string& written = {});
};

}  // namespace cmcsim
