#include "common/FoldingCompleter.h"

#include <QAbstractItemView>
#include <QLineEdit>
#include <QStringListModel>
#include <memory>
#include <vector>

#include "cmcsim/core/TextFold.h"
#include "cmcsim/core/TextQuery.h"

FoldingCompleter::FoldingCompleter(QLineEdit* edit, Source source)
    : QCompleter(edit), source_(std::move(source)) {
    model_ = new QStringListModel(this);
    setModel(model_);
    setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    setMaxVisibleItems(15);
    edit->setCompleter(this);  // the edit takes the chosen proposal and the arrow keys
    connect(edit, &QLineEdit::textEdited, this, &FoldingCompleter::update);
}

FoldingCompleter::Source FoldingCompleter::fromList(const QStringList& entries, int limit) {
    auto folded = std::make_shared<std::vector<std::pair<std::string, QString>>>();
    folded->reserve(static_cast<std::size_t>(entries.size()));
    for (const auto& entry : entries)
        folded->emplace_back(cmcsim::foldText(entry.toStdString()), entry);
    return [folded, limit](const QString& typed) {
        const cmcsim::TextQuery query(typed.toStdString());
        QStringList out;
        if (query.empty()) return out;
        for (const auto& [key, entry] : *folded) {
            if (!query.matches(key)) continue;
            out << entry;
            if (out.size() >= limit) break;
        }
        return out;
    };
}

void FoldingCompleter::update(const QString& typed) {
    model_->setStringList(source_(typed));
    if (model_->rowCount() > 0)
        complete();
    else if (popup())
        popup()->hide();
}
