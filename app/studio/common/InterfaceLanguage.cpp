#include "common/InterfaceLanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>
#include <memory>
#include <vector>

#include "common/SourcePluralTranslator.h"

namespace {
const QString kSettingsKey = QStringLiteral("langue");

QString& currentLanguage() {
    static QString language = QStringLiteral("fr");
    return language;
}

std::vector<std::unique_ptr<QTranslator>>& installed() {
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}

QString normalised(const QString& language) {
    return language.trimmed().toLower() == QLatin1String("en") ? QStringLiteral("en")
                                                               : QStringLiteral("fr");
}
}  // namespace

QString InterfaceLanguage::choose(const QString& requested) {
    if (!requested.isEmpty()) return normalised(requested);
    return normalised(QSettings().value(kSettingsKey).toString());
}

void InterfaceLanguage::apply(const QString& language) {
    const QString lang = normalised(language);
    for (auto& t : installed()) QCoreApplication::removeTranslator(t.get());
    installed().clear();
    const auto install = [](std::unique_ptr<QTranslator> t) {
        QCoreApplication::installTranslator(t.get());
        installed().push_back(std::move(t));
    };
    // Installed first, so it only answers what the translations below leave out.
    install(std::make_unique<SourcePluralTranslator>());
    const QLocale locale = lang == QLatin1String("en")
                               ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                               : QLocale(QLocale::French, QLocale::France);
    // Qt's own dialogs (buttons, file and colour dialogs): Debian qt6-translations-l10n.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        install(std::move(qt));
    if (lang == QLatin1String("en")) {
        auto studio = std::make_unique<QTranslator>();
        if (studio->load(QStringLiteral(":/i18n/cmcsim_en.qm"))) install(std::move(studio));
    }
    QLocale::setDefault(locale);
    currentLanguage() = lang;
}

QString InterfaceLanguage::current() {
    return currentLanguage();
}

void InterfaceLanguage::save(const QString& language) {
    QSettings().setValue(kSettingsKey, normalised(language));
}
