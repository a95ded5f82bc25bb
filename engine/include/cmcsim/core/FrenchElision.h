#pragma once

#include <string>

namespace cmcsim {

// French elision of a short word before a name inserted after it: "de" + "Argonne" is
// "d'Argonne", "que" + "Hélène" is "qu'Hélène", "de" + "Hachette" stays "de Hachette" (aspirated
// h). Vowels include the accented ones and "y"; an "h" is taken as mute unless the name starts
// with one of the common aspirated-h words (haut, hall, halle, hameau, hangar, hachette, hasard,
// héros, hêtre, hollande, hongrie, housse, hutte, huit). Only "de", "que", "le", "la", "je",
// "ne", "se", "me", "te" elide; other words are kept with a space.
std::string elide(const std::string& word, const std::string& name);

// Every "de {key}" / "que {key}" of `text` (a template with {placeholders}) with its value
// inserted and elided: the filling step of the banks' answers.
std::string elideBefore(const std::string& text, const std::string& key, const std::string& value);

}  // namespace cmcsim
