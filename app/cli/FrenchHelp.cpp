#include "FrenchHelp.h"

#include <memory>

namespace cmcsim::cli {

namespace {
void applyTo(CLI::App& app, const std::shared_ptr<CLI::Formatter>& formatter) {
    app.formatter(formatter);
    for (auto* sub : app.get_subcommands({})) {
        sub->group("Commandes");
        applyTo(*sub, formatter);
    }
}
}  // namespace

void FrenchHelp::prepare(CLI::App& app) {
    app.set_help_flag("-h,--help", "Affiche cette aide et quitte");
}

void FrenchHelp::apply(CLI::App& app) {
    auto formatter = std::make_shared<CLI::Formatter>();
    // The labels CLI11 2.1 prints (CLI/Formatter.hpp), and the type names it gives options.
    for (const auto& [english, french] : {std::pair{"Usage", "Utilisation"},
                                          {"Positionals", "Arguments"},
                                          {"OPTIONS", "OPTIONS"},
                                          {"SUBCOMMAND", "COMMANDE"},
                                          {"SUBCOMMANDS", "COMMANDES"},
                                          {"REQUIRED", "OBLIGATOIRE"},
                                          {"Needs", "Suppose"},
                                          {"Excludes", "Exclut"},
                                          {"Env", "Variable"},
                                          {"TEXT", "TEXTE"},
                                          {"INT", "ENTIER"},
                                          {"UINT", "ENTIER"},
                                          {"FLOAT", "NOMBRE"},
                                          {"BOOLEAN", "BOOLÉEN"}})
        formatter->label(english, french);
    applyTo(app, formatter);
}

}  // namespace cmcsim::cli
