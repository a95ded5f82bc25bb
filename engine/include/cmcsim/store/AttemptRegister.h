#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace cmcsim {

// One attempt issued by a trainer: who it is for, its file name, and the hash of its first
// journal entry (which seals every table of the attempt as created).
struct RegisterEntry {
    std::string candidate;
    std::string file;  // name inside the issue directory
    std::string creationDigest;
};

// The trainer's register of issued attempts (`cmcsim issue`, `cmcsim verify --register`): a
// UTF-8 CSV "candidat;fichier;empreinte_creation", and the candidate list it is built from.
struct AttemptRegister {
    static constexpr const char* kFileName = "registre.csv";
    // Reads a list of candidates: one name a line (the first field of a CSV line, quotes allowed),
    // an optional header "nom" or "candidat", UTF-8 with or without BOM. Every problem (empty or
    // duplicate name, invalid UTF-8, control character, name over 100 characters, no name) is
    // reported with its line in one InputError.
    static std::vector<std::string> readCandidates(const std::filesystem::path& csv);
    // "003-marie-dupont.cmc" for the third candidate.
    static std::string fileNameFor(std::size_t position, const std::string& candidate);
    static void write(const std::filesystem::path& file, const std::vector<RegisterEntry>& entries);
    static std::vector<RegisterEntry> read(const std::filesystem::path& file);
};

}  // namespace cmcsim
