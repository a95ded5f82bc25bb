#pragma once

#include <QString>

class QWidget;

namespace cmcsim {
struct AttemptRequest;
struct ReferenceData;
struct Scenario;
}  // namespace cmcsim

// Generates a new attempt file on a worker thread while a modal progress dialog over `parent`
// follows it (AttemptFile::create); rethrows what the generation threw (InputError…).
void generateWithProgress(QWidget* parent, const cmcsim::ReferenceData& reference,
                          const cmcsim::Scenario& scenario, const cmcsim::AttemptRequest& request);
