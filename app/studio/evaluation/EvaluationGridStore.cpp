#include "evaluation/EvaluationGridStore.h"

#include <QDir>
#include <QFileInfo>
#include <QStringList>

#include "DocumentPdf.h"
#include "cmcsim/assess/EvaluationFile.h"
#include "cmcsim/core/InputError.h"
#include "cmcsim/core/OutputFile.h"
#include "cmcsim/report/GridDocument.h"
#include "cmcsim/store/AttemptReader.h"
#include "common/StudioSession.h"
#include "common/StudioText.h"
#include "evaluation/AutomaticAssessment.h"

using namespace studio;

namespace {
std::filesystem::path pathOf(const QString& file) {
    return std::filesystem::path(file.toStdString());
}
}  // namespace

EvaluationGridStore::EvaluationGridStore(const StudioSession& session, QObject* parent)
    : QObject(parent), session_(session) {}

QString EvaluationGridStore::besideAttempt(const QString& attempt) {
    const QFileInfo info(attempt);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".cmceval"));
}

QString EvaluationGridStore::attemptFile() const {
    return text(session_.engine().file().string());
}

bool EvaluationGridStore::createOrOpen(const QString& receipt) {
    const auto file = besideAttempt(attemptFile());
    if (QFileInfo::exists(file)) return open(file);
    // One attempt has one grid: one saved under another name in the attempt's folder is opened,
    // not doubled by a new one. (An attempt not handed in has none: create() says why.)
    std::vector<std::filesystem::path> bound;
    try {
        bound = cmcsim::EvaluationFile::boundIn(
            session_.engine().file().parent_path(),
            cmcsim::EvaluationFile::bindingOf(
                cmcsim::AttemptReader(session_.engine().file(), session_.reference()))
                .receipt);
    } catch (const std::exception&) {
        // Not handed in, or unreadable: create() below refuses it with the reason.
    }
    if (bound.size() == 1) return open(text(bound.front().string()));
    if (bound.size() > 1) {
        QStringList names;
        for (const auto& b : bound) names << text(b.filename().string());
        return fail(tr("Cette épreuve a plusieurs fichiers d'évaluation dans son dossier (%1) : "
                       "une épreuve n'a qu'une grille. Gardez celle que les deux évaluateurs "
                       "remplissent et ouvrez-la.")
                        .arg(names.join(QStringLiteral(", "))));
    }
    return create(file, receipt);
}

bool EvaluationGridStore::create(const QString& file, const QString& receipt) {
    return adopt(file, [&] {
        cmcsim::OutputFile::check(pathOf(file), false, {session_.engine().file()});
        auto binding = cmcsim::EvaluationFile::bindingOf(
            cmcsim::AttemptReader(session_.engine().file(), session_.reference()),
            receipt.trimmed().toStdString());
        auto evaluation =
            cmcsim::Evaluation::start(session_.reference().framework, std::move(binding),
                                      AutomaticAssessment::atHandIn(session_));
        cmcsim::EvaluationFile::save(evaluation, pathOf(file), false);
        return evaluation;
    });
}

bool EvaluationGridStore::open(const QString& file) {
    return adopt(file, [&] {
        auto evaluation = cmcsim::EvaluationFile::load(pathOf(file));
        cmcsim::EvaluationFile::checkBinding(
            evaluation, cmcsim::AttemptReader(session_.engine().file(), session_.reference()),
            pathOf(file));
        return evaluation;
    });
}

bool EvaluationGridStore::adopt(const QString& file,
                                const std::function<cmcsim::Evaluation()>& read) {
    try {
        evaluation_ = read();
    } catch (const std::exception& e) {
        return refuse(e);
    }
    file_ = file;
    error_.clear();
    Q_EMIT changed();
    return true;
}

bool EvaluationGridStore::update(const std::function<void(cmcsim::Evaluation&)>& change) {
    if (!evaluation_) return fail(tr("Aucune évaluation n'est ouverte."));
    try {
        auto changedEvaluation = *evaluation_;
        change(changedEvaluation);
        cmcsim::EvaluationFile::save(changedEvaluation, pathOf(file_), true);
        evaluation_ = std::move(changedEvaluation);
    } catch (const std::exception& e) {
        return refuse(e);
    }
    error_.clear();
    Q_EMIT changed();
    return true;
}

bool EvaluationGridStore::exportPdf(const QString& pdf) {
    if (!evaluation_) return fail(tr("Aucune évaluation n'est ouverte."));
    try {
        // Refuses the attempt and the evaluation file themselves, even under another spelling.
        cmcsim::OutputFile::check(pathOf(pdf), true, {session_.engine().file(), pathOf(file_)});
    } catch (const std::exception& e) {
        return refuse(e);
    }
    QString why;
    if (!DocumentPdf::writeFile(cmcsim::GridDocument::build(*evaluation_), pdf, &why))
        return fail(tr("La grille n'a pas pu être écrite dans %1 : %2").arg(pdf, why));
    error_.clear();
    Q_EMIT exported(pdf);
    return true;
}

int EvaluationGridStore::judgedCount(const cmcsim::Evaluation& evaluation, int number) {
    const auto& judged = evaluation.evaluator(number).criteria;
    int count = 0;
    for (const auto& c : evaluation.criteria()) count += judged.contains(c.id) ? 1 : 0;
    return count;
}

bool EvaluationGridStore::finished(const cmcsim::Evaluation& evaluation, int number) {
    return judgedCount(evaluation, number) == static_cast<int>(evaluation.criteria().size());
}

bool EvaluationGridStore::bothFinished(const cmcsim::Evaluation& evaluation) {
    return finished(evaluation, 1) && finished(evaluation, 2);
}

bool EvaluationGridStore::fail(const QString& message) {
    error_ = message;
    Q_EMIT failed(message);
    return false;
}

bool EvaluationGridStore::refuse(const std::exception& error) {
    if (const auto* input = dynamic_cast<const cmcsim::InputError*>(&error)) {
        QStringList lines;
        for (const auto& p : input->problems())
            lines << (p.where.empty() ? text(p.what)
                                      : tr("%1 : %2").arg(text(p.where), text(p.what)));
        return fail(lines.join(QLatin1Char('\n')));
    }
    return fail(tr("Opération impossible : %1").arg(QString::fromLocal8Bit(error.what())));
}
