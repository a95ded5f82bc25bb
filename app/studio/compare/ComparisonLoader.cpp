#include "compare/ComparisonLoader.h"

#include <QMetaObject>

#include "cmcsim/core/InputError.h"

ComparisonLoader::ComparisonLoader(const cmcsim::ReferenceData& reference, QStringList inputs,
                                   QObject* parent)
    : QObject(parent), reference_(reference), inputs_(std::move(inputs)) {}

ComparisonLoader::~ComparisonLoader() {
    cancelled_ = true;
    if (thread_.joinable()) thread_.join();
}

void ComparisonLoader::start() {
    if (!thread_.joinable()) thread_ = std::thread([this] { run(); });
}

void ComparisonLoader::run() {
    QString failure;
    try {
        std::vector<std::filesystem::path> paths;
        for (const auto& input : inputs_) paths.emplace_back(input.toStdString());
        cmcsim::ComparisonOptions options;
        options.cancel = &cancelled_;
        options.progress = [this](std::size_t done, std::size_t total) {
            QMetaObject::invokeMethod(
                this, [this, done, total] { Q_EMIT progressed(done, total); },
                Qt::QueuedConnection);
        };
        auto comparison = cmcsim::AttemptComparison::run(
            cmcsim::AttemptComparison::attemptFiles(paths), reference_, options);
        result_ = std::make_unique<cmcsim::AttemptComparison>(std::move(comparison));
    } catch (const cmcsim::InputError& e) {
        failure = QString::fromStdString(e.what());
    } catch (const std::exception& e) {
        failure = QString::fromStdString(e.what());
    }
    if (cancelled_) return;
    QMetaObject::invokeMethod(
        this,
        [this, failure] {
            if (failure.isEmpty())
                Q_EMIT finished();
            else
                Q_EMIT failed(failure);
        },
        Qt::QueuedConnection);
}
