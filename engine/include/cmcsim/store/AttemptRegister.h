#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace cmcsim {

// One attempt issued by a trainer: who it is for, its file name, the hash of its first
// journal entry (which seals every table of the attempt as created) and, once collected, the
// receipt of its hand-in (the one thing that proves where the journal ends).
struct RegisterEntry {
    std::string candidate;
    std::string file;  // name inside the issue directory
    std::string creationDigest;
    std::string receipt;  // "XXXX-XXXX-XXXX-XXXX", empty until recorded
};

// The trainer's register of issued attempts (`cmcsim issue`, `cmcsim verify --register`): a
// UTF-8 CSV "candidat;fichier;empreinte_creation;recu" (registers without the "recu" column, as
// written before it existed, are read too), and the candidate list it is built from.
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
    // Errors are InputErrors naming the line: a wrong header, digest or receipt.
    static std::vector<RegisterEntry> read(const std::filesystem::path& file);
    // Writes `receipt` (normalised) for the entry of `creationDigest`, through a temporary file;
    // InputError when the register has no such entry or holds another receipt for it (a
    // recorded receipt is never replaced).
    static RegisterEntry recordReceipt(const std::filesystem::path& file,
                                       const std::string& creationDigest,
                                       const std::string& receipt);
};

}  // namespace cmcsim
