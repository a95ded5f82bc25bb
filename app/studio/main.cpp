// cmcsim-studio: the desktop program where candidates work (README.md, "Studio").
#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

#include "cmcsim/core/InputError.h"
#include "common/InterfaceLanguage.h"
#include "shell/MainWindow.h"

namespace {

void nameApplication() {
    QCoreApplication::setOrganizationName(QStringLiteral("cmcsim"));
    QCoreApplication::setApplicationName(QStringLiteral("cmcsim-studio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CMCSIM_VERSION));
}

// What the command line asks for.
struct Arguments {
    QString language, newAttempt, output, attempt;
    bool create = false;
};

// Parses the command line under a QCoreApplication, so --help, --version and usage errors work
// without a display (they print and exit before any window system is needed).
Arguments parse(int& argc, char** argv) {
    const QCoreApplication core(argc, argv);
    nameApplication();
    InterfaceLanguage::apply(InterfaceLanguage::choose({}));  // --help in the saved language
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "cmcsim-studio — simulateur d'entraînement du Conseiller·e mutualiste collectif"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption language(
        QStringLiteral("lang"),
        QStringLiteral("Langue de l'interface : fr (par défaut) ou en ; sans cette option, celle "
                       "choisie dans Affichage ▸ Langue"),
        QStringLiteral("langue"));
    const QCommandLineOption newAttempt(
        QStringLiteral("new"),
        QStringLiteral("Crée une épreuve du scénario donné (identifiant, fichier ou default)"),
        QStringLiteral("scénario"));
    const QCommandLineOption output(QStringLiteral("output"),
                                    QStringLiteral("Fichier de l'épreuve créée avec --new"),
                                    QStringLiteral("fichier"));
    parser.addOption(language);
    parser.addOption(newAttempt);
    parser.addOption(output);
    parser.addPositionalArgument(QStringLiteral("épreuve"),
                                 QStringLiteral("Fichier d'épreuve (.cmc) à ouvrir"));
    parser.process(core);
    Arguments a;
    a.language = parser.value(language);
    a.create = parser.isSet(newAttempt);
    a.newAttempt = parser.value(newAttempt);
    a.output = parser.value(output);
    if (!parser.positionalArguments().isEmpty()) a.attempt = parser.positionalArguments().first();
    return a;
}

}  // namespace

int main(int argc, char** argv) {
    const Arguments arguments = parse(argc, argv);
    QApplication app(argc, argv);
    nameApplication();
    // French unless --lang or Affichage ▸ Langue says otherwise.
    InterfaceLanguage::apply(InterfaceLanguage::choose(arguments.language));

    try {
        MainWindow window;
        window.show();
        if (arguments.create)
            window.createAttempt(arguments.newAttempt, arguments.output, {}, true);
        else if (!arguments.attempt.isEmpty())
            window.beginOpenAttempt(arguments.attempt);
        return QApplication::exec();
    } catch (const cmcsim::InputError& e) {
        QMessageBox::critical(nullptr, QStringLiteral("cmcsim-studio"),
                              QString::fromUtf8(e.what()));
        return 1;
    }
}
