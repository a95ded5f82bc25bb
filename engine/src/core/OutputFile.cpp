#include "cmcsim/core/OutputFile.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <fstream>
#include <random>

#include "cmcsim/core/TextFile.h"

namespace cmcsim {

namespace fs = std::filesystem;

namespace {
// The target with symbolic links resolved, so replacing it keeps the link.
fs::path resolved(const fs::path& target) {
    std::error_code ec;
    if (fs::is_symlink(fs::symlink_status(target, ec))) {
        auto real = fs::canonical(target, ec);
        if (!ec) return real;
    }
    return target;
}

bool isStream(fs::file_type type) {
    return type == fs::file_type::fifo || type == fs::file_type::character;
}

// ".<16 hex digits>.tmp": a name no user picks, and another one on each call.
std::string randomSuffix() {
    static std::atomic<std::uint64_t> counter{0};
    std::random_device device;
    const std::uint64_t value = (static_cast<std::uint64_t>(device()) << 32) ^ device() ^
                                (static_cast<std::uint64_t>(::getpid()) << 16) ^ counter++;
    return fmt::format(".{:016x}.tmp", value);
}
}  // namespace

OutputFile::Content OutputFile::contentOf(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::string head(100, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(in.gcount()));
    // SQLite's header (sqlite.org/fileformat.html): the magic string, and the application id
    // at offset 68, "CMCS" for an attempt (AttemptSchema::kApplicationId).
    if (head.size() >= 72 && head.starts_with(std::string_view("SQLite format 3\0", 16)) &&
        head.substr(68, 4) == "CMCS")
        return Content::Attempt;
    const auto first = head.find_first_not_of(" \t\r\n");
    if (first == std::string::npos || head[first] != '{') return Content::Other;
    // An evaluation (EvaluationFile::kFormat) names its format at the top level; the file is
    // at most 16 MiB (EvaluationFile::kMaxBytes), so reading it whole is bounded.
    std::string text;
    try {
        text = TextFile::read(path, 32u << 20);
    } catch (const InputError&) {
        return Content::Other;
    }
    return text.find("\"format\": \"cmcsim-evaluation\"") != std::string::npos ||
                   text.find("\"format\":\"cmcsim-evaluation\"") != std::string::npos
               ? Content::Evaluation
               : Content::Other;
}

void OutputFile::check(const fs::path& rawTarget, bool overwrite,
                       const std::vector<fs::path>& inputs, Kind kind, Content writes) {
    const auto name = rawTarget.string();
    if (rawTarget.empty()) throw InputError("(sortie)", "nom de fichier vide");
    const auto target = resolved(rawTarget);
    std::error_code ec;
    const auto status = fs::status(target, ec);
    const auto parent = target.parent_path().empty() ? fs::path(".") : target.parent_path();
    if (!fs::exists(status)) {
        if (!fs::is_directory(parent, ec))
            throw InputError(name, fmt::format("écriture impossible : dossier introuvable « {} »",
                                               parent.string()));
        return;
    }
    if (fs::is_directory(status))
        throw InputError(name, "c'est un dossier : un nom de fichier est attendu");
    if (kind == Kind::Stream && isStream(status.type())) return;
    if (!fs::is_regular_file(status))
        throw InputError(name, "ce n'est pas un fichier ordinaire (périphérique, tube ou socket)");
    for (const auto& input : inputs)
        if (fs::equivalent(target, input, ec))
            throw InputError(name,
                             fmt::format("c'est aussi un fichier lu par cette commande (« {} ») : "
                                         "il n'a pas été modifié ; choisir un autre nom",
                                         input.string()));
    const auto content = contentOf(target);
    if (content != Content::Other && content != writes)
        throw InputError(
            name, fmt::format("c'est un fichier {} : aucune commande ne l'écrase, "
                              "même avec --force ; il n'a pas été modifié, choisir "
                              "un autre nom",
                              content == Content::Attempt ? "d'épreuve cmcsim (.cmc)"
                                                          : "d'évaluation cmcsim (.cmceval)"));
    if (!overwrite)
        throw InputError(
            name, "le fichier existe déjà ; il n'a pas été modifié (--force pour le remplacer)");
}

OutputFile::OutputFile(fs::path target, bool overwrite, const std::vector<fs::path>& inputs,
                       Kind kind, Content writes)
    : target_(std::move(target)) {
    check(target_, overwrite, inputs, kind, writes);
    const auto real = resolved(target_);
    std::error_code ec;
    if (kind == Kind::Stream && isStream(fs::status(real, ec).type())) {
        inPlace_ = true;
        path_ = real;
        return;
    }
    // O_EXCL reserves a name nobody uses: a user's "X.tmp" is never opened, let alone removed.
    for (int attempt = 0; attempt < 100; ++attempt) {
        auto candidate = real;
        candidate += randomSuffix();
        const int fd = ::open(candidate.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd >= 0) {
            ::close(fd);
            path_ = candidate;
            return;
        }
        if (errno != EEXIST) throw failure(TextFile::reason(errno));
    }
    throw failure("aucun nom de fichier temporaire libre");
}

OutputFile::~OutputFile() {
    if (committed_ || inPlace_ || path_.empty()) return;
    std::error_code ignored;
    fs::remove(path_, ignored);
}

InputError OutputFile::failure(const std::string& reason) const {
    return InputError(target_.string(), "écriture impossible : " + reason);
}

void OutputFile::commit() {
    if (inPlace_ || committed_) return;
    const int fd = ::open(path_.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0 || ::fsync(fd) != 0) {
        const int error = errno;
        if (fd >= 0) ::close(fd);
        throw failure(TextFile::reason(error));
    }
    ::close(fd);
    if (std::rename(path_.c_str(), resolved(target_).c_str()) != 0)
        throw failure(TextFile::reason(errno));
    committed_ = true;
}

}  // namespace cmcsim
