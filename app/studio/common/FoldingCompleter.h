#pragma once

#include <QCompleter>
#include <QStringList>
#include <functional>

class QLineEdit;
class QStringListModel;

// Completion for a line edit whose proposals come from a search that ignores case and accents
// (the engine's TextQuery): "guerin" proposes "Guérin Hôtel", "etienne" proposes
// "Saint-Étienne-du-Rouvray". The source returns the proposals for what is typed; Qt's own
// matching (case only) is bypassed.
class FoldingCompleter : public QCompleter {
    Q_OBJECT
public:
    using Source = std::function<QStringList(const QString& typed)>;
    FoldingCompleter(QLineEdit* edit, Source source);

    // Proposals among fixed entries, at most `limit`: those containing every typed word.
    static Source fromList(const QStringList& entries, int limit = 30);
    // Recomputes the proposals for the edit's text and opens the list if any.
    void update(const QString& typed);

private:
    QStringListModel* model_ = nullptr;
    Source source_;
};
