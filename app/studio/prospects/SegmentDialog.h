#pragma once

#include <QDialog>

#include "cmcsim/attempt/AttemptState.h"

class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

// Edits a segment: its name, written qualification and the candidate's own quantification,
// with the counts its filter really gives shown as a reference.
class SegmentDialog : public QDialog {
    Q_OBJECT
public:
    SegmentDialog(const cmcsim::Segment& segment, std::uint64_t filterLines,
                  std::uint64_t filterEmployees, QWidget* parent = nullptr);
    cmcsim::Segment segment() const;

private:
    cmcsim::Segment segment_;
    QLineEdit* name_ = nullptr;
    QPlainTextEdit* qualification_ = nullptr;
    QSpinBox* establishments_ = nullptr;
    QSpinBox* employees_ = nullptr;
    QDoubleSpinBox* potential_ = nullptr;
    QDoubleSpinBox* conversion_ = nullptr;
};
