// cmcsim-studio: the desktop program where candidates work (README.md, "Studio").
#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QTranslator>

#include "MainWindow.h"
#include "cmcsim/core/InputError.h"

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("cmcsim"));
    QApplication::setApplicationName(QStringLiteral("cmcsim-studio"));
    QApplication::setApplicationVersion(QStringLiteral(CMCSIM_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "cmcsim-studio — simulateur d'entraînement du Conseiller·e mutualiste collectif"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption language(QStringLiteral("lang"),
                                QStringLiteral("Langue de l'interface : fr ou en"),
                                QStringLiteral("langue"));
    QCommandLineOption newAttempt(
        QStringLiteral("new"),
        QStringLiteral("Crée une épreuve du scénario donné (identifiant, fichier ou default)"),
        QStringLiteral("scénario"));
    QCommandLineOption output(QStringLiteral("output"),
                              QStringLiteral("Fichier de l'épreuve créée avec --new"),
                              QStringLiteral("fichier"));
    parser.addOption(language);
    parser.addOption(newAttempt);
    parser.addOption(output);
    parser.addPositionalArgument(QStringLiteral("épreuve"),
                                 QStringLiteral("Fichier d'épreuve (.cmc) à ouvrir"));
    parser.process(app);

    // French is the source language; English follows the system locale, a saved choice or --lang.
    QString lang = parser.value(language);
    if (lang.isEmpty()) lang = qEnvironmentVariable("CMCSIM_LANG");
    if (lang.isEmpty()) lang = QSettings().value(QStringLiteral("langue")).toString();
    if (lang.isEmpty())
        lang = QLocale::system().language() == QLocale::French ? QStringLiteral("fr")
                                                               : QStringLiteral("en");
    QTranslator translator;
    if (lang == QLatin1String("en") && translator.load(QStringLiteral(":/i18n/cmcsim_en.qm")))
        app.installTranslator(&translator);

    try {
        MainWindow window;
        window.show();
        if (parser.isSet(newAttempt))
            window.createAttempt(parser.value(newAttempt), parser.value(output));
        else if (!parser.positionalArguments().isEmpty())
            window.openAttempt(parser.positionalArguments().constFirst());
        return QApplication::exec();
    } catch (const cmcsim::InputError& e) {
        QMessageBox::critical(nullptr, QStringLiteral("cmcsim-studio"),
                              QString::fromUtf8(e.what()));
        return 1;
    }
}
