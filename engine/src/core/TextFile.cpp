#include "cmcsim/core/TextFile.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/core/InputError.h"

namespace cmcsim {

namespace {
// Closes a file descriptor at the end of a scope.
struct Descriptor {
    int fd;
    ~Descriptor() {
        if (fd >= 0) ::close(fd);
    }
};
}  // namespace

std::string TextFile::reason(int errorNumber) {
    switch (errorNumber) {
        case ENOENT:
            return "fichier ou dossier introuvable";
        case ENOTDIR:
            return "un élément du chemin n'est pas un dossier";
        case EACCES:
        case EPERM:
            return "permission refusée";
        case ENOSPC:
            return "disque plein";
        case EDQUOT:
            return "quota disque dépassé";
        case EFBIG:
            return "fichier trop grand pour le système (limite de taille atteinte)";
        case EROFS:
            return "système de fichiers en lecture seule";
        case EISDIR:
            return "c'est un dossier";
        case EIO:
            return "erreur d'entrée-sortie du disque";
        case ENAMETOOLONG:
            return "nom de fichier trop long";
        case ELOOP:
            return "trop de liens symboliques";
        case EXDEV:
            return "dossier sur un autre système de fichiers";
        default:
            return std::strerror(errorNumber);
    }
}

std::string TextFile::read(const std::filesystem::path& path, std::size_t maxBytes) {
    const auto name = path.string();
    // O_NONBLOCK: opening a FIFO with no writer must not wait; fstat then refuses it.
    const Descriptor file{::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)};
    if (file.fd < 0)
        throw InputError(name, errno == ENOENT ? "fichier introuvable"
                                               : "lecture impossible : " + reason(errno));
    struct stat info {};
    if (::fstat(file.fd, &info) != 0)
        throw InputError(name, "lecture impossible : " + reason(errno));
    if (S_ISDIR(info.st_mode)) throw InputError(name, "c'est un dossier : un fichier est attendu");
    if (!S_ISREG(info.st_mode))
        throw InputError(name,
                         "ce n'est pas un fichier ordinaire (tube, périphérique ou socket) : un "
                         "fichier est attendu");
    const auto tooBig = [&] {
        return InputError(name, fmt::format("fichier trop volumineux : au plus {} octets attendus",
                                            frenchNumber(static_cast<double>(maxBytes), 0)));
    };
    if (static_cast<std::uintmax_t>(info.st_size) > maxBytes) throw tooBig();
    std::string text;
    text.resize(static_cast<std::size_t>(info.st_size));
    std::size_t done = 0;
    // The size may change while reading: read until the end, never past the limit.
    while (true) {
        if (done == text.size()) {
            if (text.size() > maxBytes) throw tooBig();
            text.resize(std::min(maxBytes + 1, text.size() + 65536));
        }
        const auto n = ::read(file.fd, text.data() + done, text.size() - done);
        if (n < 0) {
            if (errno == EINTR) continue;
            throw InputError(name, "lecture impossible : " + reason(errno));
        }
        if (n == 0) break;
        done += static_cast<std::size_t>(n);
    }
    if (done > maxBytes) throw tooBig();
    text.resize(done);
    return text;
}

}  // namespace cmcsim
