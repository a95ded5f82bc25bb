#include <gtest/gtest.h>

#include <QColorDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QTest>

#include "StudioFixture.h"
#include "common/Counts.h"
#include "common/InterfaceLanguage.h"
#include "common/SourcePluralTranslator.h"
#include "offers/OfferBuilder.h"

using namespace cmcsim::test;

namespace {
// Restores the test suite's French interface at the end of a test that changes it.
struct FrenchAfterwards {
    ~FrenchAfterwards() { InterfaceLanguage::apply(QStringLiteral("fr")); }
};

QDoubleSpinBox* commission(const OfferBuilder& builder) {
    return builder.findChild<QDoubleSpinBox*>(QStringLiteral("offerCommission"));
}

// Types `text` into the commission field of a new offer builder, as a user would.
double typedCommission(const QString& text) {
    OfferBuilder builder(studioReference().offers);
    auto* spin = commission(builder);
    if (!spin) return -1;
    spin->selectAll();
    QTest::keyClicks(spin, text);
    spin->interpretText();
    return builder.toJson().at("commission_pct").get<double>();
}
}  // namespace

// The product speaks French: without --lang nor a saved choice, whatever the system's language.
TEST(InterfaceLanguage, FrenchUnlessAskedOtherwise) {
    QSettings().clear();
    EXPECT_EQ(InterfaceLanguage::choose({}), QStringLiteral("fr"));
    EXPECT_EQ(InterfaceLanguage::choose(QStringLiteral("en")), QStringLiteral("en"));
    InterfaceLanguage::save(QStringLiteral("en"));
    EXPECT_EQ(InterfaceLanguage::choose({}), QStringLiteral("en"));
    EXPECT_EQ(InterfaceLanguage::choose(QStringLiteral("fr")),
              QStringLiteral("fr"));  // --lang wins
    EXPECT_EQ(InterfaceLanguage::choose(QStringLiteral("de")), QStringLiteral("fr"));
    QSettings().clear();
}

// "6,5" is 6.5 in the French interface even on an English system, and "6.5" in the English one.
TEST(InterfaceLanguage, NumberEntryFollowsTheInterfaceLanguage) {
    FrenchAfterwards restore;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));  // an English system
    InterfaceLanguage::apply(QStringLiteral("fr"));
    EXPECT_EQ(QLocale().language(), QLocale::French);
    EXPECT_DOUBLE_EQ(typedCommission(QStringLiteral("6,5")), 6.5);
    InterfaceLanguage::apply(QStringLiteral("en"));
    EXPECT_DOUBLE_EQ(typedCommission(QStringLiteral("6.5")), 6.5);
}

// Qt's own dialogs speak the interface language (Debian qt6-translations-l10n).
TEST(InterfaceLanguage, QtDialogsAreTranslated) {
    FrenchAfterwards restore;
    InterfaceLanguage::apply(QStringLiteral("fr"));
    QDialogButtonBox french(QDialogButtonBox::Cancel | QDialogButtonBox::Close);
    EXPECT_EQ(french.button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&')),
              QStringLiteral("Annuler"));
    EXPECT_EQ(french.button(QDialogButtonBox::Close)->text().remove(QLatin1Char('&')),
              QStringLiteral("Fermer"));
    QColorDialog colours;
    EXPECT_FALSE(colours.findChildren<QPushButton*>().isEmpty());
    bool translated = false;
    for (auto* b : colours.findChildren<QPushButton*>())
        translated = translated || b->text().contains(QStringLiteral("couleurs personnalisées"));
    EXPECT_TRUE(translated);
    InterfaceLanguage::apply(QStringLiteral("en"));
    QDialogButtonBox english(QDialogButtonBox::Cancel);
    EXPECT_EQ(english.button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&')),
              QStringLiteral("Cancel"));
}

// French plurals: 0 and 1 singular, 2 and more plural.
TEST(InterfaceLanguage, CountsAgreeInFrench) {
    EXPECT_EQ(SourcePluralTranslator::resolve(QStringLiteral("%n salarié(s)"), 1),
              QStringLiteral("%n salarié"));
    EXPECT_EQ(SourcePluralTranslator::resolve(QStringLiteral("%n nouveau(x) contrat(s)"), 3),
              QStringLiteral("%n nouveaux contrats"));
    EXPECT_EQ(Counts::employees(0), QStringLiteral("0 salarié"));
    EXPECT_EQ(Counts::employees(1), QStringLiteral("1 salarié"));
    EXPECT_EQ(Counts::employees(2), QStringLiteral("2 salariés"));
    EXPECT_EQ(Counts::lines(1234), QStringLiteral("1 234 lignes"));
    EXPECT_EQ(Counts::analysisDays(1.5), QStringLiteral("1,5 jour d'analyse"));
    EXPECT_EQ(Counts::analysisDays(10), QStringLiteral("10 jours d'analyse"));
    EXPECT_EQ(QCoreApplication::translate("Test", "%n action(s)", nullptr, 1),
              QStringLiteral("1 action"));
    EXPECT_EQ(QCoreApplication::translate("Test", "%n action(s)", nullptr, 0),
              QStringLiteral("0 action"));
    EXPECT_EQ(QCoreApplication::translate("Test", "%n action(s)", nullptr, 7),
              QStringLiteral("7 actions"));
}
