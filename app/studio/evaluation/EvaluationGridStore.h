#pragma once

#include <QObject>
#include <QString>
#include <functional>
#include <optional>

#include "cmcsim/assess/Evaluation.h"

class StudioSession;

// The evaluation file (.cmceval) of the attempt open in evaluator mode, as the studio's grid
// workspace edits it: created or opened beside the attempt (bound to its receipt, the attempt
// never modified), every change written whole through cmcsim::EvaluationFile (atomic write, the
// CLI's validation), and the agreed grid exported as PDF. Refusals are kept in French in
// lastError() and emitted by failed(); the evaluation in memory is then the one on disk.
class EvaluationGridStore : public QObject {
    Q_OBJECT
public:
    explicit EvaluationGridStore(const StudioSession& session, QObject* parent = nullptr);

    // The evaluation file beside `attempt`: same folder and base name, extension .cmceval.
    static QString besideAttempt(const QString& attempt);
    QString attemptFile() const;

    // Opens the evaluation file beside the attempt, or creates it with `receipt` when there is
    // none.
    bool createOrOpen(const QString& receipt);
    // Creates `file` (refused if it exists): the framework's grid and the automatic
    // pre-assessment at the hand-in, bound to the attempt once `receipt`, the code given at the
    // hand-in, is checked against the end of its journal (an attempt not handed in, or whose
    // last entries were removed, is refused: EvaluationFile::bindingOf).
    bool create(const QString& file, const QString& receipt);
    // Opens `file`, refused when it is bound to another attempt (receipt or scenario).
    bool open(const QString& file);

    bool isOpen() const { return evaluation_.has_value(); }
    const cmcsim::Evaluation& evaluation() const { return *evaluation_; }
    const QString& file() const { return file_; }
    const QString& lastError() const { return error_; }

    // Applies `change` to a copy of the evaluation and writes it; the evaluation in memory
    // changes only once the file is written. False (lastError) when refused or not written.
    bool update(const std::function<void(cmcsim::Evaluation&)>& change);

    // Writes the grid document (cmcsim::GridDocument, as `cmcsim grid` prints it) to `pdf`,
    // refused when `pdf` is the attempt or the evaluation file. False (lastError) on failure.
    bool exportPdf(const QString& pdf);

    // How many criteria of the grid evaluator `number` (1 or 2) has given a verdict.
    static int judgedCount(const cmcsim::Evaluation& evaluation, int number);
    // An evaluator has finished their grid when every criterion of it has their verdict (any of
    // the four, "à apprécier" included): only then may both see the other's verdicts.
    static bool finished(const cmcsim::Evaluation& evaluation, int number);
    static bool bothFinished(const cmcsim::Evaluation& evaluation);

Q_SIGNALS:
    // The evaluation was opened, created or changed.
    void changed();
    void failed(const QString& message);
    // The grid was written as PDF to `file`.
    void exported(const QString& file);

private:
    // Makes the evaluation `read` returns (from `file`) the open one; on an error, says why and
    // keeps the one open before.
    bool adopt(const QString& file, const std::function<cmcsim::Evaluation()>& read);
    bool fail(const QString& message);
    bool refuse(const std::exception& error);

    const StudioSession& session_;
    std::optional<cmcsim::Evaluation> evaluation_;
    QString file_;
    QString error_;
};
