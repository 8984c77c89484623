public import Foundation
public import WorkbenchCore

/// The workspace's library catchments, `inputs/library-catchments.csv`, written by `import catchments`: the source's
/// own long form (`id,population,distance`, one row per library and 0.1-mile band, bands with no people left out)
/// plus the source tag (`S72`), read back with the importer's own reader, which must keep every row.
public enum CatchmentsFile {
    /// Its path inside a workspace.
    public static let path = "inputs/library-catchments.csv"

    /// The catchments as CSV text with a header row.
    public static func render(_ catchments: [LibraryCatchment]) -> String {
        var out = "id,population,distance,source\n"
        for catchment in catchments {
            for (band, people) in catchment.people.enumerated() where people > 0 {
                out += "\(catchment.libraryID),\(people),\(band / 10).\(band % 10),\(catchment.source)\n"
            }
        }
        return out
    }

    /// Reads the file back.
    /// - Throws: `invalidFile` naming the line and field of the first row that cannot be read.
    public static func parse(_ bytes: [UInt8], file: String = path) throws -> [LibraryCatchment] {
        let (result, _) = try CatchmentsImporter.read(bytes, file: file)
        if let first = result.skipped.first {
            throw WorkbenchError(
                .invalidFile, "'\(file)' line \(first.line): \(first.message).",
                hint: "Import the catchments again with 'import catchments <file>'.",
                location: .init(file: file, line: first.line, field: first.field))
        }
        return result.records
    }

    /// Reads the rows of some libraries only: the rows of other libraries are blanked (their line ends kept, so
    /// every line number stays the file's) before the reader sees them. A row whose id is not a plain number is
    /// kept, so the reader names it; a file with quotes, or whose first column is not `id`, is read whole and then
    /// filtered, as the format then does not allow the shortcut.
    /// - Parameters:
    ///   - bytes: the file's bytes.
    ///   - file: the name used in messages.
    ///   - libraries: the library ids wanted.
    /// - Returns: the catchments of those libraries the file has, in the file's order.
    /// - Throws: `invalidFile` naming the line and field of the first bad row read.
    public static func parse(_ bytes: [UInt8], file: String = path, libraries: Set<Int>) throws -> [LibraryCatchment] {
        guard let kept = rows(of: libraries, in: bytes) else {
            return try parse(bytes, file: file).filter { libraries.contains($0.libraryID) }
        }
        return try parse(kept, file: file).filter { libraries.contains($0.libraryID) }
    }

    /// The file's bytes with the rows of libraries outside `wanted` blanked, or nil when the file has a quote or its
    /// first column is not `id`.
    static func rows(of wanted: Set<Int>, in bytes: [UInt8]) -> [UInt8]? {
        let newline = UInt8(ascii: "\n"), comma = UInt8(ascii: ","), quote = UInt8(ascii: "\"")
        if bytes.contains(quote) { return nil }
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        guard bytes[start...].starts(with: Array("id,".utf8)) else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count / 8)
        // The header, as it is.
        let headerEnd = bytes[start...].firstIndex(of: newline).map { $0 + 1 } ?? bytes.count
        out.append(contentsOf: bytes[0..<headerEnd])
        start = headerEnd
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: newline).map { $0 + 1 } ?? bytes.count
            // The first field as a plain number: digits, perhaps with spaces around (the reader trims them).
            var id = 0
            var digits = 0
            var at = start
            var plain = true
            while at < end, bytes[at] == UInt8(ascii: " ") { at += 1 }
            while at < end, digits < 12, bytes[at] >= UInt8(ascii: "0"), bytes[at] <= UInt8(ascii: "9") {
                id = id * 10 + Int(bytes[at] - UInt8(ascii: "0"))
                digits += 1
                at += 1
            }
            while at < end, bytes[at] == UInt8(ascii: " ") { at += 1 }
            if digits == 0 || at >= end || bytes[at] != comma { plain = false }
            if !plain || wanted.contains(id) {
                out.append(contentsOf: bytes[start..<end])
            } else if bytes[end - 1] == newline {
                out.append(newline)
            }
            start = end
        }
        return out
    }

    /// Reads the workspace's catchments, or nil when it has none.
    /// - Throws: `invalidFile` when the file cannot be read whole.
    public static func load(from folder: URL) throws -> [LibraryCatchment]? {
        let url = folder.appendingPathComponent(path)
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        let data = try RegularFile.read(url, limit: InputLimits.csvBytes, name: path)
        return try parse([UInt8](data))
    }
}
