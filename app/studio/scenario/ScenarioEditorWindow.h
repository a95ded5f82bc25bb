#pragma once

#include <QWidget>

namespace cmcsim {
struct ReferenceData;
class ScenarioLibrary;
}  // namespace cmcsim
class ScenarioEditor;

// The window of the "Scénarios" workspace, opened from the welcome page or Fichier ▸ Éditeur
// de scénarios, beside the attempt (if any) the main window shows.
class ScenarioEditorWindow : public QWidget {
    Q_OBJECT
public:
    ScenarioEditorWindow(const cmcsim::ReferenceData& reference,
                         const cmcsim::ScenarioLibrary& library, QWidget* parent = nullptr);
    ScenarioEditor* editor() const { return editor_; }

private:
    ScenarioEditor* editor_ = nullptr;
};
