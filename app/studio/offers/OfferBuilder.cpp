#include "offers/OfferBuilder.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/core/InputError.h"
#include "cmcsim/reference/OfferCatalogue.h"
#include "common/StudioText.h"

using namespace studio;

namespace {

// A string member of a JSON object, or `fallback` when it is absent or not a string.
QString textOf(const nlohmann::json& object, const char* key, const QString& fallback = {}) {
    return object.is_object() && object.contains(key) && object[key].is_string()
               ? text(object[key].get<std::string>())
               : fallback;
}
double numberOf(const nlohmann::json& object, const char* key, double fallback) {
    return object.is_object() && object.contains(key) && object[key].is_number()
               ? object[key].get<double>()
               : fallback;
}
QStringList textsOf(const nlohmann::json& object, const char* key) {
    QStringList values;
    if (object.is_object() && object.contains(key) && object[key].is_array())
        for (const auto& v : object[key])
            if (v.is_string()) values << text(v.get<std::string>());
    return values;
}
// A catalogue label without its parenthesis, "Option Plus"; the full label goes to the tooltip.
QString shortLabel(const std::string& label) {
    auto shown = text(label);
    if (const auto cut = shown.indexOf(QLatin1String(" (")); cut > 0) shown.truncate(cut);
    return shown;
}
// Combo boxes as narrow as the form column allows, whatever their longest item.
QComboBox* narrowCombo() {
    auto* box = new QComboBox;
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(14);
    return box;
}
void selectData(QComboBox* box, const QString& data) {
    if (const int index = box->findData(data); index >= 0) box->setCurrentIndex(index);
}
QString dataOf(const QComboBox* box) {
    return box->currentData().toString();
}

const char* const kStructures[] = {
    QT_TRANSLATE_NOOP("OfferBuilder", "Isolé / famille"),
    QT_TRANSLATE_NOOP("OfferBuilder", "Isolé / duo / famille"),
    QT_TRANSLATE_NOOP("OfferBuilder", "Adulte / enfant"),
    QT_TRANSLATE_NOOP("OfferBuilder", "Cotisation uniforme (ayants droit obligatoires)")};
}  // namespace

OfferBuilder::OfferBuilder(const cmcsim::OfferCatalogue& catalogue, QWidget* parent)
    : QWidget(parent), catalogue_(catalogue) {
    title_ = new QLineEdit(tr("Proposition de complémentaire santé collective"));
    title_->setMaxLength(160);
    effective_ = new QDateEdit(QDate(2027, 1, 1));
    effective_->setCalendarPopup(true);
    effective_->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    needs_ = new QPlainTextEdit;
    needs_->setObjectName(QStringLiteral("needsAndRequirements"));
    needs_->setPlaceholderText(
        tr("Les besoins et exigences de l'entreprise, tels que vous les avez recueillis : ils "
           "figureront mot pour mot "
           "dans la proposition (devoir de conseil)."));
    needs_->setFixedHeight(needs_->fontMetrics().lineSpacing() * 6 + 12);
    mode_ = narrowCombo();
    mode_->addItem(tr("Ensemble du personnel"), static_cast<int>(Mode::AllStaff));
    mode_->addItem(tr("Cadres / non-cadres"), static_cast<int>(Mode::CadresNonCadres));
    mode_->setToolTip(tr("Catégories objectives au sens de l'article R242-1-1 CSS"));

    auto* general = new QFormLayout;
    general->setRowWrapPolicy(QFormLayout::WrapLongRows);
    general->addRow(tr("Titre"), title_);
    general->addRow(tr("Date d'effet"), effective_);
    general->addRow(tr("Besoins et exigences"), needs_);
    general->addRow(tr("Catégories"), mode_);

    auto* servicesBox = new QGroupBox(tr("Services (à la charge de l'employeur)"));
    auto* servicesGrid = new QGridLayout(servicesBox);
    for (const auto& service : catalogue_.services) {
        auto* box = new QCheckBox(text(service.label));
        box->setProperty("service", text(service.id));
        box->setToolTip(tr("%1<br><i>%2 € par salarié et par mois</i>")
                            .arg(text(service.description).toHtmlEscaped(),
                                 text(cmcsim::frenchNumber(service.monthlyCostEur, 2))));
        const auto index = static_cast<int>(services_.size());
        servicesGrid->addWidget(box, index / 2, index % 2);
        services_ << box;
    }
    commission_ = new QDoubleSpinBox;
    commission_->setObjectName(QStringLiteral("offerCommission"));
    commission_->setRange(0, 20);
    commission_->setDecimals(1);
    commission_->setSingleStep(0.5);
    commission_->setSuffix(QStringLiteral(" %"));
    commission_->setToolTip(tr("Commission d'un courtier sur la cotisation (0 en vente directe)"));
    auto* commissionForm = new QFormLayout;
    commissionForm->addRow(tr("Commission de courtage"), commission_);

    problemsLabel_ = new QLabel;
    problemsLabel_->setObjectName(QStringLiteral("offerProblems"));
    problemsLabel_->setWordWrap(true);
    problemsLabel_->setTextFormat(Qt::RichText);
    problemsLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(general);
    for (auto& form : categories_) layout->addWidget(buildCategory(form));
    layout->addWidget(servicesBox);
    layout->addLayout(commissionForm);
    layout->addWidget(problemsLabel_);
    layout->addStretch();

    connect(title_, &QLineEdit::textChanged, this, &OfferBuilder::onEdited);
    connect(effective_, &QDateEdit::dateChanged, this, &OfferBuilder::onEdited);
    connect(needs_, &QPlainTextEdit::textChanged, this, &OfferBuilder::onEdited);
    connect(mode_, &QComboBox::currentIndexChanged, this, [this] {
        // Splitting the staff starts the non-cadres from the terms of the whole staff.
        if (!loading_ && mode() == Mode::CadresNonCadres &&
            dataOf(categories_[1].product).isEmpty() &&
            dataOf(categories_[1].provident).isEmpty()) {
            loading_ = true;
            loadCategory(categories_[1], categoryJson(categories_[0], "non_cadres"));
            loading_ = false;
        }
        updateCategoryTitles();
        onEdited();
    });
    for (auto* box : services_) connect(box, &QCheckBox::toggled, this, &OfferBuilder::onEdited);
    connect(commission_, &QDoubleSpinBox::valueChanged, this, &OfferBuilder::onEdited);
    updateCategoryTitles();
    validate();
}

QGroupBox* OfferBuilder::buildCategory(CategoryForm& form) {
    form.box = new QGroupBox;
    form.product = narrowCombo();
    std::vector<const cmcsim::HealthProduct*> products;
    for (const auto& p : catalogue_.health)
        if (p.owner == "mutuelle" && p.level > 0) products.push_back(&p);
    std::stable_sort(products.begin(), products.end(),
                     [](const auto* a, const auto* b) { return a->level < b->level; });
    for (const auto* p : products) form.product->addItem(text(p->label), text(p->id));
    form.product->addItem(tr("Aucune (prévoyance seule)"), QString());
    auto* options = new QVBoxLayout;
    options->setSpacing(2);
    for (const auto& p : catalogue_.health)
        if (p.owner == "mutuelle" && p.level == 0) {
            auto* box = new QCheckBox(shortLabel(p.label));
            box->setToolTip(text(p.label));
            box->setProperty("option", text(p.id));
            options->addWidget(box);
            form.options << box;
        }
    form.structure = narrowCombo();
    for (auto s : {cmcsim::RateStructure::SingleFamily, cmcsim::RateStructure::SingleDuoFamily,
                   cmcsim::RateStructure::AdultChild, cmcsim::RateStructure::Uniform})
        form.structure->addItem(tr(kStructures[static_cast<int>(s)]),
                                QString::fromLatin1(cmcsim::Offer::structureCode(s)));
    form.expression = narrowCombo();
    form.expression->addItem(tr("En euros"), QStringLiteral("euros"));
    form.expression->addItem(tr("En % du PMSS"), QStringLiteral("pct_pmss"));
    form.expression->addItem(tr("En % du salaire"), QStringLiteral("pct_salaire"));
    const auto decimal = [](double max, int decimals, const QString& suffix) {
        auto* spin = new QDoubleSpinBox;
        spin->setRange(0, max);
        spin->setDecimals(decimals);
        spin->setSuffix(suffix);
        return spin;
    };
    form.salaryRate = decimal(20, 2, tr(" % du salaire"));
    form.salaryRate->setValue(2);
    form.salaryRate->setToolTip(tr("Cotisation en % du salaire brut mensuel de chaque salarié"));
    form.salaryCap = decimal(10000, 2, QStringLiteral(" €"));
    form.salaryCap->setToolTip(tr("Plafond mensuel de la cotisation en % du salaire (0 : aucun)"));
    form.employerBasis = narrowCombo();
    form.employerBasis->addItem(tr("% de chaque cotisation"), QStringLiteral("cotisation"));
    form.employerBasis->addItem(tr("% du tarif isolé"), QStringLiteral("tarif_isole"));
    form.employerBasis->addItem(tr("Montant en € par mois"), QStringLiteral("euros"));
    form.employerBasis->setToolTip(
        tr("Ce dont la part employeur est une part : chaque cotisation, le tarif isolé (le "
           "surcoût des ayants droit est alors payé par le salarié) ou un montant fixe"));
    form.employerEuros = decimal(10000, 2, QStringLiteral(" €"));
    form.employerEuros->setToolTip(tr("Part employeur en euros par salarié et par mois"));
    form.employerShare = new QSpinBox;
    form.employerShare->setRange(0, 100);
    form.employerShare->setValue(50);
    form.employerShare->setSuffix(QStringLiteral(" %"));
    form.employerShare->setToolTip(tr(
        "Part de chaque cotisation payée par l'employeur (au moins 50 % : art. L911-7 III CSS)"));
    form.dependants = narrowCombo();
    form.dependants->addItem(tr("Facultatifs"), QStringLiteral("facultatifs"));
    form.dependants->addItem(tr("Enfants obligatoires, conjoint facultatif"),
                             QStringLiteral("enfants_obligatoires"));
    form.dependants->addItem(tr("Obligatoires (famille)"), QStringLiteral("obligatoires"));
    form.provident = narrowCombo();
    form.provident->addItem(tr("Aucune"), QString());
    for (const auto& p : catalogue_.provident)
        if (p.owner == "mutuelle") form.provident->addItem(text(p.label), text(p.id));
    form.providentShare = new QSpinBox;
    form.providentShare->setRange(0, 100);
    form.providentShare->setValue(100);
    form.providentShare->setSuffix(QStringLiteral(" %"));
    // The tranche is in the labels of the grid below; the suffix would only widen the boxes.
    form.deathT1 = decimal(20, 2, QStringLiteral(" %"));
    form.otherT1 = decimal(20, 2, QStringLiteral(" %"));
    form.deathT2 = decimal(20, 2, QStringLiteral(" %"));
    form.otherT2 = decimal(20, 2, QStringLiteral(" %"));
    for (auto* spin : {form.deathT1, form.otherT1, form.deathT2, form.otherT2})
        spin->setToolTip(
            tr("Taux contractuel (par exemple un taux de branche) ; tous à 0 : "
               "tarif calculé sur l'effectif, ou taux propre du produit"));
    // Two rows (T1, T2): the four rates on one row cut the form's column at 1366 pixels.
    auto* rates = new QGridLayout;
    rates->addWidget(new QLabel(tr("T1 décès")), 0, 0);
    rates->addWidget(form.deathT1, 0, 1);
    rates->addWidget(new QLabel(tr("autres")), 0, 2);
    rates->addWidget(form.otherT1, 0, 3);
    rates->addWidget(new QLabel(tr("T2 décès")), 1, 0);
    rates->addWidget(form.deathT2, 1, 1);
    rates->addWidget(new QLabel(tr("autres")), 1, 2);
    rates->addWidget(form.otherT2, 1, 3);

    auto* rows = new QFormLayout(form.box);
    // A label goes above its field when both do not fit side by side (1366-pixel screens).
    rows->setRowWrapPolicy(QFormLayout::WrapLongRows);
    rows->addRow(tr("Santé"), form.product);
    if (!form.options.isEmpty()) rows->addRow(tr("Options"), options);
    rows->addRow(tr("Structure"), form.structure);
    rows->addRow(tr("Expression"), form.expression);
    rows->addRow(tr("Taux du salaire"), form.salaryRate);
    rows->addRow(tr("Plafond mensuel"), form.salaryCap);
    rows->addRow(tr("Base de la part employeur"), form.employerBasis);
    rows->addRow(tr("Part employeur"), form.employerShare);
    rows->addRow(tr("Part employeur (€/mois)"), form.employerEuros);
    rows->addRow(tr("Ayants droit"), form.dependants);
    rows->addRow(tr("Prévoyance"), form.provident);
    // Named apart from the health share above it: two "Part employeur" rows read as a repeat.
    rows->addRow(tr("Part employeur (prévoyance)"), form.providentShare);
    rows->addRow(tr("Taux contractuels"), rates);

    const auto enable = [&form] {
        const bool health = !dataOf(form.product).isEmpty();
        for (QWidget* w : std::initializer_list<QWidget*>{form.structure, form.expression,
                                                          form.employerBasis, form.dependants})
            w->setEnabled(health);
        const bool salary = dataOf(form.expression) == QLatin1String("pct_salaire");
        form.salaryRate->setEnabled(health && salary);
        form.salaryCap->setEnabled(health && salary);
        const bool euros = dataOf(form.employerBasis) == QLatin1String("euros");
        form.employerShare->setEnabled(health && !euros);
        form.employerEuros->setEnabled(health && euros);
        for (auto* box : form.options) box->setEnabled(health);
        const bool provident = !dataOf(form.provident).isEmpty();
        form.providentShare->setEnabled(provident);
        for (auto* spin : {form.deathT1, form.otherT1, form.deathT2, form.otherT2})
            spin->setEnabled(provident);
    };
    for (auto* box : {form.product, form.structure, form.expression, form.employerBasis,
                      form.dependants, form.provident})
        connect(box, &QComboBox::currentIndexChanged, this, [this, enable] {
            enable();
            onEdited();
        });
    for (auto* box : form.options) connect(box, &QCheckBox::toggled, this, &OfferBuilder::onEdited);
    for (auto* spin : {form.employerShare, form.providentShare})
        connect(spin, &QSpinBox::valueChanged, this, &OfferBuilder::onEdited);
    for (auto* spin : {form.salaryRate, form.salaryCap, form.employerEuros, form.deathT1,
                       form.otherT1, form.deathT2, form.otherT2})
        connect(spin, &QDoubleSpinBox::valueChanged, this, &OfferBuilder::onEdited);
    enable();
    return form.box;
}

void OfferBuilder::updateCategoryTitles() {
    const bool split = mode() == Mode::CadresNonCadres;
    categories_[0].box->setTitle(split ? tr("Cadres") : tr("Ensemble du personnel"));
    categories_[1].box->setTitle(tr("Non-cadres"));
    categories_[1].box->setVisible(split);
}

OfferBuilder::Mode OfferBuilder::mode() const {
    return static_cast<Mode>(mode_->currentData().toInt());
}

void OfferBuilder::setMode(Mode mode) {
    mode_->setCurrentIndex(mode_->findData(static_cast<int>(mode)));
}

nlohmann::json OfferBuilder::categoryJson(const CategoryForm& form, const char* category) const {
    nlohmann::json c = {{"categorie", category}};
    if (const auto product = dataOf(form.product); !product.isEmpty()) {
        auto options = nlohmann::json::array();
        for (const auto* box : form.options)
            if (box->isChecked())
                options.push_back(box->property("option").toString().toStdString());
        const auto expression = dataOf(form.expression), basis = dataOf(form.employerBasis);
        nlohmann::json h = {{"produit", product.toStdString()},
                            {"options", options},
                            {"structure", dataOf(form.structure).toStdString()},
                            {"expression", expression.toStdString()},
                            {"part_employeur_base", basis.toStdString()},
                            {"ayants_droit", dataOf(form.dependants).toStdString()}};
        if (expression == QLatin1String("pct_salaire")) {
            h["taux_salaire_pct"] = form.salaryRate->value();
            if (form.salaryCap->value() > 0) h["plafond_mensuel_eur"] = form.salaryCap->value();
        }
        if (basis == QLatin1String("euros"))
            h["part_employeur_eur"] = form.employerEuros->value();
        else
            h["part_employeur_pct"] = form.employerShare->value();
        c["sante"] = h;
    }
    if (const auto provident = dataOf(form.provident); !provident.isEmpty()) {
        c["prevoyance"] = {{"produit", provident.toStdString()},
                           {"part_employeur_pct", form.providentShare->value()}};
        const double rates = form.deathT1->value() + form.otherT1->value() + form.deathT2->value() +
                             form.otherT2->value();
        if (rates > 0)
            c["prevoyance"]["taux"] = {{"deces_t1_pct", form.deathT1->value()},
                                       {"incapacite_t1_pct", form.otherT1->value()},
                                       {"deces_t2_pct", form.deathT2->value()},
                                       {"incapacite_t2_pct", form.otherT2->value()}};
    }
    return c;
}

nlohmann::json OfferBuilder::toJson() const {
    auto categories = nlohmann::json::array();
    if (mode() == Mode::AllStaff) {
        categories.push_back(categoryJson(categories_[0], "ensemble"));
    } else {
        categories.push_back(categoryJson(categories_[0], "cadres"));
        categories.push_back(categoryJson(categories_[1], "non_cadres"));
    }
    auto services = nlohmann::json::array();
    for (const auto* box : services_)
        if (box->isChecked()) services.push_back(box->property("service").toString().toStdString());
    return {{"format", "cmcsim-offre/1"},
            {"titre", title_->text().toStdString()},
            {"date_effet", effective_->date().toString(Qt::ISODate).toStdString()},
            {"besoins_exigences", needs_->toPlainText().toStdString()},
            {"categories", categories},
            {"services", services},
            {"commission_pct", commission_->value()}};
}

void OfferBuilder::loadCategory(CategoryForm& form, const nlohmann::json& category) {
    const auto health =
        category.is_object() && category.contains("sante") ? category["sante"] : nlohmann::json();
    selectData(form.product, health.is_object() ? textOf(health, "produit") : QString());
    const auto options = textsOf(health, "options");
    for (auto* box : form.options)
        box->setChecked(options.contains(box->property("option").toString()));
    selectData(form.structure, textOf(health, "structure", QStringLiteral("isole_famille")));
    selectData(form.expression, textOf(health, "expression", QStringLiteral("euros")));
    form.salaryRate->setValue(numberOf(health, "taux_salaire_pct", 2));
    form.salaryCap->setValue(numberOf(health, "plafond_mensuel_eur", 0));
    selectData(form.employerBasis,
               textOf(health, "part_employeur_base", QStringLiteral("cotisation")));
    form.employerEuros->setValue(numberOf(health, "part_employeur_eur", 0));
    form.employerShare->setValue(
        static_cast<int>(std::lround(numberOf(health, "part_employeur_pct", 50))));
    selectData(form.dependants, textOf(health, "ayants_droit", QStringLiteral("facultatifs")));
    const auto provident = category.is_object() && category.contains("prevoyance")
                               ? category["prevoyance"]
                               : nlohmann::json();
    selectData(form.provident, textOf(provident, "produit"));
    form.providentShare->setValue(
        static_cast<int>(std::lround(numberOf(provident, "part_employeur_pct", 100))));
    const auto rates =
        provident.is_object() && provident.contains("taux") ? provident["taux"] : nlohmann::json();
    form.deathT1->setValue(numberOf(rates, "deces_t1_pct", 0));
    form.otherT1->setValue(numberOf(rates, "incapacite_t1_pct", 0) +
                           numberOf(rates, "invalidite_t1_pct", 0));
    form.deathT2->setValue(numberOf(rates, "deces_t2_pct", 0));
    form.otherT2->setValue(numberOf(rates, "incapacite_t2_pct", 0) +
                           numberOf(rates, "invalidite_t2_pct", 0));
}

void OfferBuilder::load(const nlohmann::json& offer) {
    loading_ = true;
    title_->setText(textOf(offer, "titre", title_->text()));
    if (const auto date = QDate::fromString(textOf(offer, "date_effet"), Qt::ISODate);
        date.isValid())
        effective_->setDate(date);
    needs_->setPlainText(textOf(offer, "besoins_exigences"));
    const nlohmann::json categories =
        offer.is_object() && offer.contains("categories") && offer["categories"].is_array()
            ? offer["categories"]
            : nlohmann::json::array();
    bool split = false;
    for (const auto& c : categories)
        split = split || textOf(c, "categorie") != QLatin1String("ensemble");
    setMode(split ? Mode::CadresNonCadres : Mode::AllStaff);
    for (std::size_t i = 0; i < categories_.size(); ++i) {
        nlohmann::json found;
        for (const auto& c : categories) {
            const auto name = textOf(c, "categorie");
            if ((i == 0 && name != QLatin1String("non_cadres")) ||
                (i == 1 && name == QLatin1String("non_cadres")))
                found = c;
        }
        loadCategory(categories_[i], found);
    }
    const auto services = textsOf(offer, "services");
    for (auto* box : services_)
        box->setChecked(services.contains(box->property("service").toString()));
    commission_->setValue(numberOf(offer, "commission_pct", 0));
    title_->setCursorPosition(0);
    loading_ = false;
    onEdited();
}

void OfferBuilder::onEdited() {
    if (loading_) return;
    validate();
    Q_EMIT changed();
}

void OfferBuilder::validate() {
    problems_.clear();
    try {
        offer_ = cmcsim::Offer::fromJson(toJson().dump(), "offre", catalogue_);
    } catch (const cmcsim::InputError& e) {
        offer_.reset();
        for (const auto& p : e.problems()) {
            QString where = text(p.where);
            if (where.startsWith(QLatin1String("offre "))) where = where.mid(6);
            problems_ << QStringLiteral("%1 : %2").arg(where, text(p.what));
        }
    }
    if (problems_.isEmpty()) {
        problemsLabel_->clear();
        problemsLabel_->hide();
        return;
    }
    QString html = tr("<b style='color:#b00020'>L'offre ne peut pas être tarifée :</b>");
    html += QStringLiteral("<ul style='margin-left:-20px'>");
    for (const auto& p : problems_)
        html += QStringLiteral("<li style='color:#b00020'>%1</li>").arg(p.toHtmlEscaped());
    html += QStringLiteral("</ul>");
    problemsLabel_->setText(html);
    problemsLabel_->show();
}
