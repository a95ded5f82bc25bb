#pragma once

#include <QString>

class QWidget;
class StudioSession;

// Fichier ▸ Exporter le dossier…: the candidate's exam dossier (cmcsim::DossierDocument, built by
// the engine) printed as PDF, the same as `cmcsim dossier`.
namespace dossierExport {

// Writes the dossier of the state `session` shows into `requested`, or into the file a save
// dialog asks for when it is empty; returns the file written, empty when cancelled or refused
// (the user told why in a message box).
QString run(QWidget* parent, const StudioSession& session, const QString& requested = {});

}  // namespace dossierExport
