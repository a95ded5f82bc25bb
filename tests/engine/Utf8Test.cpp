#include <gtest/gtest.h>

#include "cmcsim/core/Utf8.h"

using namespace cmcsim;

TEST(Utf8, WellFormedTextIsValid) {
    EXPECT_TRUE(utf8::isValid("Société Générale — 10 €, 𝄞"));
    EXPECT_TRUE(utf8::isValid(""));
}

TEST(Utf8, IllFormedSequencesAreFoundAtTheirByte) {
    EXPECT_EQ(utf8::firstInvalidByte("caf\xE9"), 3u);           // Latin-1
    EXPECT_EQ(utf8::firstInvalidByte("a\xC0\xAF"), 1u);         // overlong "/"
    EXPECT_EQ(utf8::firstInvalidByte("ab\xED\xA0\x80"), 2u);    // surrogate U+D800
    EXPECT_EQ(utf8::firstInvalidByte("\xF4\x90\x80\x80"), 0u);  // above U+10FFFF
    EXPECT_EQ(utf8::firstInvalidByte("\xE2\x82"), 0u);          // truncated €
    EXPECT_EQ(utf8::firstInvalidByte("\x80"), 0u);              // lone continuation byte
}

TEST(Utf8, ControlCharactersAreNamed) {
    EXPECT_EQ(utf8::firstControl("a\x1b[31m"), "U+001B");
    EXPECT_EQ(utf8::firstControl("a\xC2\x9B"
                                 "31m"),
              "U+009B");  // C1 CSI
    EXPECT_EQ(utf8::firstControl("a\x7F"), "U+007F");
    EXPECT_EQ(utf8::firstControl("l1\nl2"), "U+000A");
    EXPECT_FALSE(utf8::firstControl("l1\nl2\t", "\n\t"));
    EXPECT_FALSE(utf8::firstControl("Étoile Sàrl"));
    // Found by a tester: a candidate named "Camille \u202Enitram" displays as "Camille martin".
    EXPECT_EQ(utf8::firstControl("Camille \u202Enitram"), "U+202E");
    EXPECT_EQ(utf8::firstControl("a\u2066b"), "U+2066");
    EXPECT_EQ(utf8::firstControl("a\u200Fb"), "U+200F");
    EXPECT_FALSE(utf8::firstControl("L\u2019Atelier \u2014 SARL"));  // ’ and — are text
    EXPECT_EQ(utf8::terminalSafe("a\u202Eb"), "a\uFFFDb");
}

TEST(Utf8, TerminalSafeTextCarriesNoEscapeSequence) {
    EXPECT_EQ(utf8::terminalSafe("Nom\x1b]0;titre\x07 fin"), "Nom\uFFFD]0;titre\uFFFD fin");
    EXPECT_EQ(utf8::terminalSafe("a\xC2\x9B"
                                 "2J"),
              "a\uFFFD2J");
    EXPECT_EQ(utf8::terminalSafe("x\xFFy\r\n"), "x\uFFFDy\uFFFD\n");
    EXPECT_EQ(utf8::terminalSafe("Ligne 1\n\tSociété"), "Ligne 1\n\tSociété");
}
