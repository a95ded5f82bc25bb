#pragma once

#include <QMenu>

// The View menu's interface languages (French, English): the choice is saved and applies at the
// next start (InterfaceLanguage).
class LanguageMenu : public QMenu {
    Q_OBJECT
public:
    explicit LanguageMenu(QWidget* parent = nullptr);
};
