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

    /// Reads the workspace's catchments, or nil when it has none.
    /// - Throws: `invalidFile` when the file cannot be read whole.
    public static func load(from folder: URL) throws -> [LibraryCatchment]? {
        let url = folder.appendingPathComponent(path)
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        let data = try RegularFile.read(url, limit: InputLimits.csvBytes, name: path)
        return try parse([UInt8](data))
    }
}
