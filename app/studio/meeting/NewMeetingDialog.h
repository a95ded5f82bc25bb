#pragma once

#include <QDialog>
#include <string>

class FoldingCompleter;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTreeWidget;
class StudioSession;

// "Nouveau rendez-vous": the company to meet, first among the appointments the simulated weeks
// booked (the campaign's companies at the meeting stages), else found by name or SIRET in the
// candidate's prospect file; and the meeting's subject.
class NewMeetingDialog : public QDialog {
    Q_OBJECT
public:
    explicit NewMeetingDialog(StudioSession& session, QWidget* parent = nullptr);

    // The SIRET to meet (14 digits, the engine checks the prospect file lists it): the search
    // field's, or the booked appointment selected when the field is empty; empty when none.
    QString siret() const;
    QString subject() const;

    QTreeWidget* appointments() const { return appointments_; }
    QLineEdit* search() const { return search_; }
    QLineEdit* subjectEdit() const { return subject_; }

private:
    // The plan action `id` that booked a meeting, with its kind in French.
    QString actionLabel(const std::string& id) const;
    void listAppointments();
    void updateOk();

    StudioSession& session_;
    QTreeWidget* appointments_ = nullptr;
    QLineEdit* search_ = nullptr;
    FoldingCompleter* companies_ = nullptr;
    QLineEdit* subject_ = nullptr;
    QLabel* chosen_ = nullptr;
    QDialogButtonBox* buttons_ = nullptr;
};
