#include "PdfOutput.h"

#include <dlfcn.h>

#include <array>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <system_error>
#include <vector>

#include "PdfModule.h"

namespace cmcsim::cli {

namespace {

namespace fs = std::filesystem;

// Where the module may be, in the order tried.
std::vector<fs::path> moduleCandidates() {
    if (const char* env = std::getenv("CMCSIM_PDF_MODULE"); env && *env) return {env};
    std::vector<fs::path> paths;
    std::error_code ec;
    const auto self = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        paths.push_back(self.parent_path() / pdfmodule::kFileName);
        paths.push_back(self.parent_path().parent_path() / "lib" / "cmcsim" / pdfmodule::kFileName);
    }
#ifdef CMCSIM_PDF_MODULE_BUILD
    if (paths.empty() || paths.front() != fs::path(CMCSIM_PDF_MODULE_BUILD))
        paths.emplace_back(CMCSIM_PDF_MODULE_BUILD);
#endif
    return paths;
}

// The module's entry point, loaded once (and never unloaded: Qt stays in the process).
pdfmodule::WriteFunction loadWriter() {
    static pdfmodule::WriteFunction writer = nullptr;
    if (writer) return writer;
    const auto candidates = moduleCandidates();
    std::string searched;
    for (const auto& path : candidates) {
        if (!fs::exists(path)) {
            searched += (searched.empty() ? "" : ", ") + path.string();
            continue;
        }
        void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
        const char* reason = handle ? nullptr : dlerror();
        if (handle) {
            writer =
                reinterpret_cast<pdfmodule::WriteFunction>(dlsym(handle, pdfmodule::kWriteSymbol));
            if (writer) return writer;
            reason = "son point d'entrée manque (module d'une autre version de cmcsim)";
        }
        throw InputError(path.string(),
                         std::string("le module d'écriture PDF ne se charge pas : ") +
                             (reason ? reason : "raison inconnue") +
                             " ; réinstallez cmcsim avec ce module (il demande Qt 6 Gui)");
    }
    throw InputError(pdfmodule::kFileName,
                     "module d'écriture PDF introuvable (cherché : " + searched +
                         ") ; réinstallez cmcsim avec ce module, ou indiquez son chemin dans "
                         "CMCSIM_PDF_MODULE");
}

// A private runtime directory for Qt while the PDF is written, when the session has none
// (XDG_RUNTIME_DIR unset: a terminal without a login session, a container). Qt would otherwise
// print "QStandardPaths: XDG_RUNTIME_DIR not set" on every export; its real errors still show.
class RuntimeDirectory {
public:
    RuntimeDirectory() {
        if (const char* set = std::getenv("XDG_RUNTIME_DIR"); set && *set) return;
        std::error_code ec;
        auto pattern = (fs::temp_directory_path(ec) / "cmcsim-runtime-XXXXXX").string();
        if (ec) return;
        // mkdtemp creates it with mode 0700, owned by the user, as Qt requires.
        if (!mkdtemp(pattern.data())) return;
        path_ = pattern;
        setenv("XDG_RUNTIME_DIR", path_.c_str(), 1);
    }
    ~RuntimeDirectory() {
        if (path_.empty()) return;
        unsetenv("XDG_RUNTIME_DIR");
        std::error_code ec;
        fs::remove_all(path_, ec);
    }
    RuntimeDirectory(const RuntimeDirectory&) = delete;
    RuntimeDirectory& operator=(const RuntimeDirectory&) = delete;

private:
    std::string path_;
};

}  // namespace

int writePdf(const Document& document, OutputFile& output) {
    const auto write = loadWriter();
    std::array<char, 1024> error{};
    const RuntimeDirectory runtime;
    const int pages = write(&document, output.path().c_str(), error.data(), error.size());
    if (pages < 0) throw output.failure(error.data());
    output.commit();
    return pages;
}

}  // namespace cmcsim::cli
