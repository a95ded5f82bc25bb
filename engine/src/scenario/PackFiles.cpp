#include "PackFiles.h"

#include <minizip/unzip.h>
#include <minizip/zip.h>
#include <zlib.h>

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <set>
#include <stdexcept>
#include <system_error>

#include "cmcsim/core/InputError.h"
#include "cmcsim/core/TextFile.h"

namespace cmcsim {

namespace {
// The CRC-32 of `text`, as a zip entry records it.
std::uint64_t crcOf(const std::string& text) {
    uLong crc = crc32(0L, Z_NULL, 0);
    for (std::size_t at = 0; at < text.size();) {  // crc32 takes at most 4 GiB a call
        const auto chunk = static_cast<uInt>(std::min<std::size_t>(text.size() - at, 1u << 30));
        crc = crc32(crc, reinterpret_cast<const Bytef*>(text.data() + at), chunk);
        at += chunk;
    }
    return crc;
}
}  // namespace

PackFiles::PackFiles(std::filesystem::path pack) : pack_(std::move(pack)) {
    std::error_code error;
    const auto status = std::filesystem::status(pack_, error);
    if (!std::filesystem::exists(status))
        throw InputError(pack_.string(), "paquet introuvable (un dossier ou une archive .zip)");
    if (std::filesystem::is_directory(status)) return;
    if (!std::filesystem::is_regular_file(status))
        throw InputError(pack_.string(), "ce n'est pas un fichier ordinaire");
    zip_ = unzOpen64(pack_.string().c_str());
    if (!zip_) {
        // A zip starts with a local header « PK\3\4 » and ends with its directory: a file that
        // starts as one but cannot be opened is a zip cut short or damaged, not another format.
        char magic[4] = {};
        std::ifstream(pack_, std::ios::binary).read(magic, sizeof magic);
        throw InputError(pack_.string(),
                         std::string_view(magic, 4) == std::string_view("PK\3\4", 4)
                             ? "archive endommagée ou tronquée : son répertoire de fin est "
                               "illisible (copiez de nouveau le paquet)"
                             : "archive zip illisible : un paquet est un dossier ou une archive "
                               ".zip");
    }
    // Two entries of one name: zip tools disagree on which one is read, so the pack validated
    // here could deliver other content elsewhere.
    std::set<std::string> names;
    int at = unzGoToFirstFile(zip_);
    for (; at == UNZ_OK; at = unzGoToNextFile(zip_)) {
        char name[512] = {};
        at = unzGetCurrentFileInfo64(zip_, nullptr, name, sizeof name - 1, nullptr, 0, nullptr, 0);
        if (at != UNZ_OK) break;
        if (!names.insert(name).second) {
            unzClose(zip_);
            zip_ = nullptr;
            throw InputError(placeOf(name),
                             "l'archive contient deux fichiers de ce nom : un paquet n'en a qu'un");
        }
    }
    // A directory cut short opens but cannot be walked to its end: its entries would read as
    // missing (« manifeste absent ») when the archive is in fact damaged.
    if (at != UNZ_END_OF_LIST_OF_FILE) {
        unzClose(zip_);
        zip_ = nullptr;
        throw InputError(
            pack_.string(),
            "archive endommagée ou tronquée : son répertoire de fichiers est illisible "
            "(copiez de nouveau le paquet)");
    }
}

PackFiles::~PackFiles() {
    if (zip_) unzClose(zip_);
}

std::string PackFiles::placeOf(const std::string& name) const {
    return pack_.string() + "/" + name;
}

std::optional<std::string> PackFiles::read(const std::string& name) const {
    if (!zip_) {
        const auto file = pack_ / name;
        std::error_code error;
        const auto status = std::filesystem::symlink_status(file, error);
        if (!std::filesystem::exists(status)) return {};
        // A link could make the pack read any file of the machine (/etc/passwd).
        if (std::filesystem::is_symlink(status))
            throw InputError(placeOf(name),
                             "lien symbolique refusé : un paquet ne contient que des fichiers");
        return TextFile::read(file);
    }
    if (unzLocateFile(zip_, name.c_str(), 1) != UNZ_OK) return {};
    const auto damaged = [&] {
        return InputError(placeOf(name), "archive endommagée : le fichier ne peut être lu");
    };
    unz_file_info64 info{};
    if (unzGetCurrentFileInfo64(zip_, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
        throw damaged();
    if (info.uncompressed_size > TextFile::kDefaultLimit)
        throw InputError(placeOf(name), "fichier trop volumineux (au plus 16 Mio)");
    if (unzOpenCurrentFile(zip_) != UNZ_OK) throw damaged();
    std::string text;
    char buffer[65536];
    int n = 0;
    // The header's size is not trusted: reading stops one buffer beyond the limit.
    while ((n = unzReadCurrentFile(zip_, buffer, sizeof buffer)) > 0) {
        text.append(buffer, static_cast<std::size_t>(n));
        if (text.size() > TextFile::kDefaultLimit) break;
    }
    const int closed = unzCloseCurrentFile(zip_);
    if (text.size() > TextFile::kDefaultLimit)
        throw InputError(placeOf(name), "fichier trop volumineux (au plus 16 Mio)");
    if (n < 0 || closed != UNZ_OK) throw damaged();
    // minizip compares the CRC only when the entry inflated to its recorded size: a damaged
    // entry that inflates shorter or longer passed, and its garbage was then read as text
    // (« texte UTF-8 invalide »). Size and CRC are checked here, before anything decodes it.
    if (text.size() != info.uncompressed_size || crcOf(text) != info.crc) throw damaged();
    return text;
}

void PackFiles::writeZip(const std::filesystem::path& file,
                         const std::vector<std::pair<std::string, std::string>>& entries) {
    zipFile zip = zipOpen64(file.string().c_str(), APPEND_STATUS_CREATE);
    if (!zip) throw std::runtime_error("création de l'archive impossible");
    bool ok = true;
    for (const auto& [name, content] : entries) {
        zip_fileinfo info{};
        info.tmz_date.tm_mday = 1;
        info.tmz_date.tm_year = 2026;
        ok = zipOpenNewFileInZip64(zip, name.c_str(), &info, nullptr, 0, nullptr, 0, nullptr,
                                   Z_DEFLATED, Z_DEFAULT_COMPRESSION, 0) == ZIP_OK &&
             zipWriteInFileInZip(zip, content.data(), static_cast<unsigned>(content.size())) ==
                 ZIP_OK &&
             zipCloseFileInZip(zip) == ZIP_OK;
        if (!ok) break;
    }
    if (zipClose(zip, nullptr) != ZIP_OK || !ok)
        throw std::runtime_error("disque plein ou fichier non inscriptible");
}

}  // namespace cmcsim
