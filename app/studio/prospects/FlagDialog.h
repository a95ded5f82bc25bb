#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

// Asks which anomaly a prospect record carries and why. The reason is required: until one is
// written, OK stays disabled and an inline message says so; the dialog never closes on an empty
// reason, so the chosen anomaly is never lost.
class FlagDialog : public QDialog {
    Q_OBJECT
public:
    explicit FlagDialog(QWidget* parent = nullptr);

    QString kind() const;    // doublon | fermee | donnee_erronee
    QString reason() const;  // trimmed

    // For tests.
    QComboBox* kindBox() const { return kind_; }
    QPlainTextEdit* reasonEdit() const { return reason_; }
    QPushButton* okButton() const { return ok_; }
    QLabel* message() const { return message_; }

    void accept() override;  // refuses while the reason is empty

private:
    void validate();

    QComboBox* kind_ = nullptr;
    QPlainTextEdit* reason_ = nullptr;
    QLabel* message_ = nullptr;
    QPushButton* ok_ = nullptr;
};
