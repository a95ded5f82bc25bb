#pragma once

class QDir;

// The Appels d'offres workspace on the Rouen scenario (scenarios/rouen-ze.json): the first
// tender published, its specifications read, a question asked, the response prepared with an
// offer matching it (one document left unchecked: the refusal beside *Déposer*), then submitted
// and the weeks played to its award: "appels-offres-cahier", "-reponse" and "-resultat", each at
// 1366×768 ("<name>.png", the user guide's) and 1920×1080 ("<name>-1920.png").
bool tenderShots(const QDir& out);
