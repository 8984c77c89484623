import Foundation

/// An independent reader of `.xlsx` packages for the workbook tests: Python's `zipfile` (which checks every entry's
/// CRC-32) and `xml.etree` (which parses every part), run as a separate process, report the parts, the sheets, the
/// defined names and every cell's formula, value and type. Nothing of the workbench's own writer is reused.
/// Belongs with the report tests (WorkbenchReportsTests) once that target exists.
struct WorkbookPackageReader {
    /// One cell as the package stores it.
    struct Cell: Decodable, Equatable {
        /// The formula, without `=`.
        var f: String?
        /// The stored value (the cached result of a formula).
        var v: String?
        /// The type attribute (`inlineStr`, `str`, or nil for a number).
        var t: String?
        /// The inline text.
        var text: String?
        /// The style index.
        var s: Int?
    }

    /// What the reader found.
    struct Package: Decodable {
        /// Every part's path.
        var parts: [String]
        /// The sheets' names in order.
        var sheets: [String]
        /// Defined names and what they refer to.
        var names: [String: String]
        /// Cells by sheet name, then A1 reference.
        var cells: [String: [String: Cell]]
        /// Frozen panes by sheet name: [xSplit, ySplit].
        var panes: [String: [Int]]
        /// Whether a style with quotePrefix exists, by style index.
        var quotePrefixStyles: [Int]
        /// Number format codes by style index.
        var formats: [String: String]
        /// Bold style indices.
        var boldStyles: [Int]
    }

    /// Whether a Python 3 interpreter is available.
    static var available: Bool { executable != nil }

    static var executable: String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/python3" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static let script = #"""
import json, sys, zipfile, xml.etree.ElementTree as ET
ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
      "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
      "p": "http://schemas.openxmlformats.org/package/2006/relationships"}
z = zipfile.ZipFile(sys.argv[1])
bad = z.testzip()
if bad is not None:
    sys.exit("bad CRC in " + bad)
trees = {}
for name in z.namelist():
    if name.endswith(".xml") or name.endswith(".rels"):
        trees[name] = ET.fromstring(z.read(name))
for required in ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml"]:
    if required not in trees:
        sys.exit("missing part " + required)
wb = trees["xl/workbook.xml"]
rels = {r.get("Id"): r.get("Target") for r in trees["xl/_rels/workbook.xml.rels"].findall("p:Relationship", ns)}
types = trees["[Content_Types].xml"]
overrides = {o.get("PartName") for o in types if o.tag.endswith("Override")}
out = {"parts": z.namelist(), "sheets": [], "names": {}, "cells": {}, "panes": {}, "quotePrefixStyles": [], "formats": {}, "boldStyles": []}
for d in wb.findall("m:definedNames/m:definedName", ns):
    out["names"][d.get("name")] = d.text
for sheet in wb.findall("m:sheets/m:sheet", ns):
    name = sheet.get("name")
    target = "xl/" + rels[sheet.get("{%s}id" % ns["r"])]
    if "/" + target not in overrides:
        sys.exit("no content type for " + target)
    out["sheets"].append(name)
    tree = trees[target]
    cells = {}
    for c in tree.iter("{%s}c" % ns["m"]):
        f = c.find("m:f", ns); v = c.find("m:v", ns); t = c.find("m:is/m:t", ns)
        cells[c.get("r")] = {"f": f.text if f is not None else None, "v": v.text if v is not None else None,
                             "t": c.get("t"), "text": t.text if t is not None else None,
                             "s": int(c.get("s")) if c.get("s") else None}
    out["cells"][name] = cells
    pane = tree.find("m:sheetViews/m:sheetView/m:pane", ns)
    if pane is not None:
        out["panes"][name] = [int(pane.get("xSplit", "0")), int(pane.get("ySplit", "0"))]
styles = trees["xl/styles.xml"]
codes = {n.get("numFmtId"): n.get("formatCode") for n in styles.findall("m:numFmts/m:numFmt", ns)}
fonts = styles.findall("m:fonts/m:font", ns)
for i, xf in enumerate(styles.findall("m:cellXfs/m:xf", ns)):
    if xf.get("quotePrefix") == "1": out["quotePrefixStyles"].append(i)
    if xf.get("numFmtId") in codes: out["formats"][str(i)] = codes[xf.get("numFmtId")]
    if fonts[int(xf.get("fontId", "0"))].find("m:b", ns) is not None: out["boldStyles"].append(i)
print(json.dumps(out))
"""#

    /// Reads a package, or throws with Python's complaint.
    static func read(_ url: URL) throws -> Package {
        guard let executable else { throw ReaderError(message: "python3 is not installed") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["-c", script, url.path]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let complaint = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw ReaderError(message: "python3 rejected \(url.lastPathComponent): \(complaint)") }
        return try JSONDecoder().decode(Package.self, from: data)
    }

    /// A failure of the reader.
    struct ReaderError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}
