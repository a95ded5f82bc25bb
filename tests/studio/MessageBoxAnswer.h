#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QTimer>
#include <memory>

namespace cmcsim::test {

// Answers the next message box the code under test opens (its modal loop would wait for a user
// forever): clicks its first button of `role` and keeps the box's text and informative text.
class MessageBoxAnswer {
public:
    explicit MessageBoxAnswer(QMessageBox::ButtonRole role) : state_(std::make_unique<State>()) {
        State* state = state_.get();  // the timer, and so this connection, dies with it
        state->timer.setInterval(5);
        QObject::connect(&state->timer, &QTimer::timeout, [state, role] {
            for (auto* w : QApplication::topLevelWidgets()) {
                auto* box = qobject_cast<QMessageBox*>(w);
                if (!box || !box->isVisible()) continue;
                for (auto* button : box->buttons())
                    if (box->buttonRole(button) == role) {
                        state->text = box->text() + QLatin1Char('\n') + box->informativeText();
                        state->answered = true;
                        state->timer.stop();
                        button->click();
                        return;
                    }
            }
        });
        state->timer.start();
    }
    ~MessageBoxAnswer() { state_->timer.stop(); }
    bool answered() const { return state_->answered; }
    const QString& text() const { return state_->text; }

private:
    struct State {
        QTimer timer;
        QString text;
        bool answered = false;
    };
    std::unique_ptr<State> state_;
};

}  // namespace cmcsim::test
