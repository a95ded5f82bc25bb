#pragma once

#include <QDialog>
#include <optional>
#include <vector>

#include "cmcsim/note/KeyFigure.h"

class QLineEdit;
class QTreeWidget;

// « Insérer un chiffre » : the key figures the candidate may insert now (KeyFigures::available),
// by theme with their value and source, filtered by a search (every word, case and accents
// ignored, as everywhere in the product).
class FigurePicker : public QDialog {
    Q_OBJECT
public:
    FigurePicker(std::vector<cmcsim::KeyFigure> figures, QWidget* parent = nullptr);
    // The figure chosen, once accepted.
    std::optional<cmcsim::KeyFigure> chosen() const;
    QLineEdit* search() const { return search_; }
    QTreeWidget* tree() const { return tree_; }

private:
    void filter(const QString& text);

    std::vector<cmcsim::KeyFigure> figures_;
    QLineEdit* search_ = nullptr;
    QTreeWidget* tree_ = nullptr;
};
