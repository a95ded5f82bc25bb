#pragma once

#include <QDialog>

class QTextBrowser;

// Aide ▸ Guide d'utilisation: the French user guide (docs/guide-utilisateur.md, bundled as the Qt
// resource :/aide/guide-utilisateur.md) rendered by QTextBrowser's Markdown support.
class UserGuideWindow : public QDialog {
    Q_OBJECT
public:
    explicit UserGuideWindow(QWidget* parent = nullptr);

    QTextBrowser* browser() const { return browser_; }

private:
    QTextBrowser* browser_ = nullptr;
};
