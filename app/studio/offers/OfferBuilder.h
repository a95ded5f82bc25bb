#pragma once

#include <QList>
#include <QWidget>
#include <array>
#include <nlohmann/json.hpp>
#include <optional>

#include "cmcsim/offer/Offer.h"

namespace cmcsim {
struct OfferCatalogue;
}
class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

// The offer form: title, effective date, the candidate's needs and requirements, the categories
// with their health and provident terms, services and commission; it writes and reads the offer
// JSON of docs/offer-format.md and shows the problems the engine finds in it.
class OfferBuilder : public QWidget {
    Q_OBJECT
public:
    enum class Mode { AllStaff, CadresNonCadres };

    explicit OfferBuilder(const cmcsim::OfferCatalogue& catalogue, QWidget* parent = nullptr);

    nlohmann::json toJson() const;
    // Fills the form from an offer JSON (values it does not know are left at their defaults).
    void load(const nlohmann::json& offer);
    // The offer as the engine reads it, or nothing while the form has problems.
    const std::optional<cmcsim::Offer>& offer() const { return offer_; }
    const QStringList& problems() const { return problems_; }

    void setMode(Mode mode);
    Mode mode() const;
    // The widgets of category 0 (all staff or cadres) and 1 (non-cadres), for the workspace and
    // tests.
    QSpinBox* healthEmployerShare(int category) const {
        return categories_.at(static_cast<std::size_t>(category)).employerShare;
    }
    QComboBox* healthProduct(int category) const {
        return categories_.at(static_cast<std::size_t>(category)).product;
    }
    QComboBox* providentProduct(int category) const {
        return categories_.at(static_cast<std::size_t>(category)).provident;
    }
    QLineEdit* titleEdit() const { return title_; }
    QDateEdit* effectiveEdit() const { return effective_; }
    QPlainTextEdit* needsEdit() const { return needs_; }

Q_SIGNALS:
    void changed();

private:
    // The widgets of one category of employees.
    struct CategoryForm {
        QGroupBox* box = nullptr;
        QComboBox* product = nullptr;
        QList<QCheckBox*> options;
        QComboBox* structure = nullptr;
        QComboBox* expression = nullptr;
        QDoubleSpinBox* salaryRate = nullptr;  // % of salary (expression pct_salaire)
        QDoubleSpinBox* salaryCap = nullptr;   // its monthly cap in euros, 0 = none
        QComboBox* employerBasis = nullptr;    // cotisation | tarif_isole | euros
        QSpinBox* employerShare = nullptr;
        QDoubleSpinBox* employerEuros = nullptr;
        QComboBox* dependants = nullptr;
        QComboBox* provident = nullptr;
        QSpinBox* providentShare = nullptr;
        // Contractual provident rates in % of T1 and T2 (all 0: priced from the census).
        QDoubleSpinBox* deathT1 = nullptr;
        QDoubleSpinBox* otherT1 = nullptr;
        QDoubleSpinBox* deathT2 = nullptr;
        QDoubleSpinBox* otherT2 = nullptr;
    };

    QGroupBox* buildCategory(CategoryForm& form);
    nlohmann::json categoryJson(const CategoryForm& form, const char* category) const;
    void loadCategory(CategoryForm& form, const nlohmann::json& category);
    void updateCategoryTitles();
    void onEdited();
    void validate();

    const cmcsim::OfferCatalogue& catalogue_;
    bool loading_ = false;
    QLineEdit* title_ = nullptr;
    QDateEdit* effective_ = nullptr;
    QPlainTextEdit* needs_ = nullptr;
    QComboBox* mode_ = nullptr;
    std::array<CategoryForm, 2> categories_;
    QList<QCheckBox*> services_;
    QDoubleSpinBox* commission_ = nullptr;
    QLabel* problemsLabel_ = nullptr;
    std::optional<cmcsim::Offer> offer_;
    QStringList problems_;
};
