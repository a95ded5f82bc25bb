#include "meeting/ObjectionLabel.h"

#include "cmcsim/meeting/MeetingFacts.h"
#include "cmcsim/reference/ObjectionBank.h"
#include "common/StudioText.h"

namespace studio {

QString objectionLabel(const cmcsim::ObjectionBank& objections, const std::string& code) {
    if (const auto* objection = objections.find(code))
        return text(cmcsim::ObjectionBank::topicLabel(objection->topic));
    return text(cmcsim::MeetingFacts::codeLabel(code));
}

}  // namespace studio
