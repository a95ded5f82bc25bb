#include <gtest/gtest.h>

#include "TestMarkets.h"
#include "TestReference.h"

using namespace cmcsim;
using namespace cmcsim::test;

TEST(LegalForm, SectorBoundFormsAreReadFromTheDataset) {
    const auto& forms = reference().legalForms;
    const auto earl = std::find_if(forms.begin(), forms.end(),
                                   [](const LegalForm& f) { return f.code == "6598"; });
    ASSERT_NE(earl, forms.end());
    EXPECT_TRUE(earl->allowedIn("01"));
    EXPECT_FALSE(earl->allowedIn("71"));
    const auto sarl = std::find_if(forms.begin(), forms.end(),
                                   [](const LegalForm& f) { return f.code == "5499"; });
    ASSERT_NE(sarl, forms.end());
    EXPECT_TRUE(sarl->allowedIn("71"));
}

TEST(LegalForm, EveryGeneratedCompanyHasAFormOfItsSector) {
    const auto& ref = reference();
    for (const auto& company : rouenMarket().companies) {
        const auto& form = ref.legalForms[company.legalForm];
        ASSERT_TRUE(form.allowedIn(ref.naf.codes()[company.naf].division))
            << form.label << " in division " << ref.naf.codes()[company.naf].division;
    }
}
