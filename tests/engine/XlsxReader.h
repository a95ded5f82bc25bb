#pragma once

#include <minizip/unzip.h>

#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace cmcsim::test {

// One cell of a worksheet as stored: its type (`t`: "inlineStr", "s", "n" when absent…), its
// style index (`s`) and its text (the inline string unescaped, or the value).
struct XlsxCell {
    std::string type;
    std::string style;
    std::string text;
};

// Reads an XLSX file back for tests: the entries of the zip (minizip, Debian libminizip-dev) and
// the cells of a worksheet's XML (only what libxlsxwriter writes: inline strings and values).
class XlsxReader {
public:
    explicit XlsxReader(const std::string& file) : zip_(unzOpen64(file.c_str())) {
        if (!zip_) throw std::runtime_error("not a zip file: " + file);
    }
    ~XlsxReader() { unzClose(zip_); }
    XlsxReader(const XlsxReader&) = delete;
    XlsxReader& operator=(const XlsxReader&) = delete;

    bool has(const std::string& entry) const {
        return unzLocateFile(zip_, entry.c_str(), 1) == UNZ_OK;
    }

    std::string entry(const std::string& name) const {
        if (unzLocateFile(zip_, name.c_str(), 1) != UNZ_OK || unzOpenCurrentFile(zip_) != UNZ_OK)
            throw std::runtime_error("no entry " + name);
        std::string out;
        char buffer[65536];
        int n = 0;
        while ((n = unzReadCurrentFile(zip_, buffer, sizeof buffer)) > 0)
            out.append(buffer, static_cast<std::size_t>(n));
        unzCloseCurrentFile(zip_);
        if (n < 0) throw std::runtime_error("corrupt entry " + name);
        return out;
    }

    // The value of attribute `name` in the first element `<tag …>` of `xml`, "" if absent.
    static std::string attribute(const std::string& xml, const std::string& tag,
                                 const std::string& name) {
        const auto at = xml.find("<" + tag + " ");
        if (at == std::string::npos) return {};
        const auto end = xml.find('>', at);
        const auto element = xml.substr(at, end - at);
        const auto key = element.find(" " + name + "=\"");
        if (key == std::string::npos) return {};
        const auto start = key + name.size() + 3;
        return element.substr(start, element.find('"', start) - start);
    }

    // The cells of a worksheet by reference ("A1", "H2").
    static std::map<std::string, XlsxCell> cells(const std::string& sheetXml) {
        std::map<std::string, XlsxCell> out;
        for (auto at = sheetXml.find("<c "); at != std::string::npos;
             at = sheetXml.find("<c ", at + 1)) {
            const auto headEnd = sheetXml.find('>', at);
            const auto head = sheetXml.substr(at, headEnd - at + 1);
            const bool empty = head.ends_with("/>");
            const auto end = empty ? headEnd : sheetXml.find("</c>", at);
            const auto body = sheetXml.substr(headEnd + 1, end - headEnd - 1);
            XlsxCell cell;
            cell.type = attribute(head, "c", "t");
            cell.style = attribute(head, "c", "s");
            const auto open = body.find("<t");
            const auto value = body.find("<v>");
            if (open != std::string::npos) {
                const auto start = body.find('>', open) + 1;
                cell.text = unescape(body.substr(start, body.find("</t>", start) - start));
            } else if (value != std::string::npos) {
                cell.text = body.substr(value + 3, body.find("</v>") - value - 3);
            }
            out[attribute(head, "c", "r")] = cell;
        }
        return out;
    }

    static std::string unescape(const std::string& text) {
        std::string out;
        for (std::size_t i = 0; i < text.size(); ++i) {
            if (text[i] != '&') {
                out += text[i];
                continue;
            }
            const auto end = text.find(';', i);
            const auto entity = text.substr(i + 1, end - i - 1);
            if (entity == "amp") out += '&';
            if (entity == "lt") out += '<';
            if (entity == "gt") out += '>';
            if (entity == "quot") out += '"';
            if (entity == "apos") out += '\'';
            if (entity.starts_with("#x"))
                out += static_cast<char>(std::stoi(entity.substr(2), nullptr, 16));
            i = end;
        }
        return out;
    }

private:
    unzFile zip_;
};

}  // namespace cmcsim::test
