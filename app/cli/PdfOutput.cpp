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

}  // namespace

int writePdf(const Document& document, OutputFile& output) {
    const auto write = loadWriter();
    std::array<char, 1024> error{};
    const int pages = write(&document, output.path().c_str(), error.data(), error.size());
    if (pages < 0) throw output.failure(error.data());
    output.commit();
    return pages;
}

}  // namespace cmcsim::cli
