#pragma once

#include <cstddef>
#include <filesystem>
#include <string>

namespace cmcsim {

// A whole file a user named (scenario, offer, index), read safely: a folder, a FIFO or a device
// (/dev/zero) is refused before any byte is read, and at most a bounded number of bytes is
// read, so no input hangs the program or exhausts its memory. Errors are InputError naming the
// file, in French.
struct TextFile {
    static constexpr std::size_t kDefaultLimit = 16u << 20;  // 16 Mio: far above any real file

    static std::string read(const std::filesystem::path& path,
                            std::size_t maxBytes = kDefaultLimit);
    // "dossier introuvable", "disque plein"…: the French reason for a failed system call.
    static std::string reason(int errorNumber);
};

}  // namespace cmcsim
