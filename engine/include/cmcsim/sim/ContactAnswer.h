#pragma once

#include <cstdint>
#include <string>

namespace cmcsim {

// How one company answered one contact of one action in one week (the response model's draw).
struct ContactAnswer {
    std::uint32_t company = 0;  // index in Market::companies
    std::string action;         // the plan action's id, "introduction" for a prescriber's
    std::uint8_t channel = 0;   // index in kResponseChannels
    bool reached = false;
    bool interested = false;
    bool meetingBooked = false;
    bool callback = false;  // asked to be called back (a warm contact next time)
    bool warm = false;      // a callback or a prescriber's introduction
    std::string refusal;    // a RefusalReason code when reached and not interested
};

}  // namespace cmcsim
