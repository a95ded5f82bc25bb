#pragma once

#include <cstdint>
#include <string>

namespace cmcsim {

// An amount in euros held as integer cents, so sums are exact.
class Money {
public:
    constexpr Money() = default;
    static constexpr Money cents(std::int64_t c) {
        Money m;
        m.cents_ = c;
        return m;
    }
    static Money euros(double amount);  // rounded half away from zero to the cent

    constexpr std::int64_t cents() const { return cents_; }
    double euros() const { return static_cast<double>(cents_) / 100.0; }
    std::string french() const;  // "1 234,56 €"

    constexpr Money operator+(Money o) const { return cents(cents_ + o.cents_); }
    constexpr Money operator-(Money o) const { return cents(cents_ - o.cents_); }
    constexpr Money& operator+=(Money o) {
        cents_ += o.cents_;
        return *this;
    }
    friend constexpr auto operator<=>(Money, Money) = default;

private:
    std::int64_t cents_ = 0;
};

}  // namespace cmcsim
