#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace cmcsim {

// The files of a scenario pack, read from a folder or from a zip archive (minizip), each at
// most TextFile::kDefaultLimit bytes. Errors are InputError naming the pack or "PACK/FILE".
class PackFiles {
public:
    // Opens a folder or an archive; InputError when it is neither (missing, unreadable, not a
    // zip, a FIFO or a device).
    explicit PackFiles(std::filesystem::path pack);
    ~PackFiles();
    PackFiles(const PackFiles&) = delete;
    PackFiles& operator=(const PackFiles&) = delete;

    // The text of `name`, or nothing when the pack has no such file.
    std::optional<std::string> read(const std::string& name) const;
    // "PACK/name": how errors name a file of the pack.
    std::string placeOf(const std::string& name) const;

    // Writes a zip archive of `entries` (name, content) at `file`, the entries dated 2026-01-01
    // so that the same pack gives the same bytes; std::runtime_error with a French reason.
    static void writeZip(const std::filesystem::path& file,
                         const std::vector<std::pair<std::string, std::string>>& entries);

private:
    std::filesystem::path pack_;
    void* zip_ = nullptr;  // the minizip unzFile when the pack is an archive
};

}  // namespace cmcsim
