#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "cmcsim/core/InputError.h"

namespace cmcsim {

// A file the program writes for a user (an attempt, an export). Checked before any work: a
// folder, one of the command's own input files (even with overwrite) and an existing file
// without overwrite are refused. The content goes to a uniquely named temporary file beside
// the target (never a name a user's file may already hold) and replaces the target only once
// complete, so a failed write leaves nothing behind. A stream target (a FIFO or a character
// device such as /dev/stdout) is written in place. Errors are InputError naming the target.
// An existing cmcsim attempt (.cmc) or evaluation (.cmceval) file is never replaced, even with
// overwrite, except by a file of its own kind (`writes`): a PDF, a CSV or an export written
// over a candidate's attempt would destroy the exam (issue 10, exam integrity).
class OutputFile {
public:
    enum class Kind {
        File,   // must be a regular file (an SQLite database)
        Stream  // written sequentially: a FIFO or character device is accepted and written in place
    };
    // What a file holds, as far as protecting it goes.
    enum class Content {
        Other,      // anything else (a PDF, a CSV, a register…)
        Attempt,    // an SQLite database with the attempt's application id "CMCS"
        Evaluation  // a JSON document of format "cmcsim-evaluation"
    };

    OutputFile(std::filesystem::path target, bool overwrite,
               const std::vector<std::filesystem::path>& inputs = {}, Kind kind = Kind::File,
               Content writes = Content::Other);
    ~OutputFile();
    OutputFile(const OutputFile&) = delete;
    OutputFile& operator=(const OutputFile&) = delete;

    const std::filesystem::path& target() const { return target_; }
    // Where to write: the reserved (empty) temporary file, or the target written in place.
    const std::filesystem::path& path() const { return path_; }
    // Flushes the temporary file to disk and renames it over the target.
    void commit();
    // "écriture impossible : <reason>" naming the target.
    InputError failure(const std::string& reason) const;

    // The checks of the constructor alone, to run before long work.
    static void check(const std::filesystem::path& target, bool overwrite,
                      const std::vector<std::filesystem::path>& inputs = {}, Kind kind = Kind::File,
                      Content writes = Content::Other);
    // What the regular file `path` holds (read from its first bytes, or its text for JSON);
    // Other for anything unreadable.
    static Content contentOf(const std::filesystem::path& path);

private:
    std::filesystem::path target_;
    std::filesystem::path path_;
    bool inPlace_ = false;
    bool committed_ = false;
};

}  // namespace cmcsim
