#include "CliOutput.h"

#include <cerrno>
#include <iostream>

#include "cmcsim/core/TextFile.h"
#include "cmcsim/core/Utf8.h"

namespace cmcsim::cli {

void CliOutput::text(std::string_view text, std::FILE* stream) {
    const auto safe = utf8::terminalSafe(text);
    // A failed write is seen by finish(): the stream keeps its error state.
    (void)std::fwrite(safe.data(), 1, safe.size(), stream);
}

void CliOutput::json(const nlohmann::json& document) {
    text(document.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n");
}

void CliOutput::errors(const InputError& error) {
    for (const auto& p : error.problems())
        text("erreur : " + p.where + " : " + p.what + "\n", stderr);
}

void CliOutput::finish() {
    errno = 0;
    std::cout.flush();
    const bool failed = std::fflush(stdout) != 0 || std::ferror(stdout) != 0 || !std::cout;
    if (!failed) return;
    const int error = errno;
    std::clearerr(stdout);
    throw InputError(
        "sortie standard",
        "écriture impossible : " + (error != 0 ? TextFile::reason(error)
                                               : std::string("disque plein ou sortie fermée ?")));
}

}  // namespace cmcsim::cli
