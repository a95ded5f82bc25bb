#pragma once

#include <QString>
#include <filesystem>
#include <functional>
#include <vector>

class QWidget;

namespace cmcsim {
struct Document;
}

// Where a studio export goes and how it is written: the save dialog (or the file a test gives),
// the refusal to replace a file the export reads (the attempt, the attempts compared), and the
// writing, each failure said in a message box.
namespace exportFile {

// The file to write: `requested`, else the one picked in a save dialog opened on `defaultName`
// in the documents folder; empty when cancelled or refused (OutputFile::check against `inputs`).
QString target(QWidget* parent, const QString& requested, const QString& title,
               const QString& defaultName, const QString& filter,
               const std::vector<std::filesystem::path>& inputs);
// Writes `file` through OutputFile with `write` (given the temporary path); false, said in a
// message box, when it fails.
bool write(QWidget* parent, const QString& file, const std::vector<std::filesystem::path>& inputs,
           const std::function<void(const std::filesystem::path&)>& write);
// Renders `document` as a PDF into `file` (DocumentPdf); false, said in a message box, when it
// fails.
bool writePdf(QWidget* parent, const cmcsim::Document& document, const QString& file);

}  // namespace exportFile
