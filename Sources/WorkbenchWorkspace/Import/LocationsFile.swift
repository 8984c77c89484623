public import Foundation
public import WorkbenchCore

/// The workspace's library locations, `inputs/library-locations.csv`, written by `import locations`: CSV with a header,
/// one row per library, the authority as the workbench's id and name, the position to six decimals of a degree,
/// statutory flags as t/f, the catchment's deprivation and people, and the source tag (`S72`). A workspace file must
/// read whole: `load` throws on the first bad row with its line and field.
public enum LocationsFile {
    /// Its path inside a workspace.
    public static let path = "inputs/library-locations.csv"

    /// The columns, in order.
    public static let columns = [
        "id", "name", "authority_id", "authority", "lat", "lng", "statutory2010", "statutory2016", "type", "closed",
        "closed_year", "multiple", "population", "source",
    ]

    /// The locations as CSV text with a header row.
    public static func render(_ locations: [LibraryLocation]) -> String {
        var out = columns.joined(separator: ",") + "\n"
        for library in locations {
            let cells = [
                String(library.id), library.name, library.authorityID.rawValue, library.authorityName,
                BoundariesFile.number(library.point.latitude), BoundariesFile.number(library.point.longitude),
                library.statutory2010 ? "t" : "f", library.statutory2016 ? "t" : "f", library.type2016, library.closed,
                library.closedYear.map(String.init) ?? "", library.deprivation.map { "\($0)" } ?? "",
                library.population.map(String.init) ?? "", library.source,
            ]
            out += cells.map(ComparatorsFile.quoted).joined(separator: ",") + "\n"
        }
        return out
    }

    /// Reads the file's text back.
    /// - Throws: `invalidFile` naming the line and field of the first row that cannot be read.
    public static func parse(_ bytes: [UInt8], file: String = path) throws -> [LibraryLocation] {
        var index: [String: Int]?
        var out: [LibraryLocation] = []
        var seen = Set<Int>()
        try CSVReader.forEachRow(bytes, file: file) { row in
            guard let columns = index else {
                var found: [String: Int] = [:]
                for (at, name) in row.fields.enumerated() { found[name] = at }
                for name in Self.columns where found[name] == nil {
                    throw WorkbenchError(
                        .invalidFile, "'\(file)' has no '\(name)' column.", hint: "Import the locations again with 'import locations <file>'.",
                        location: .init(file: file, line: row.line, field: name))
                }
                index = found
                return
            }
            func cell(_ name: String) -> String {
                guard let at = columns[name], at < row.fields.count else { return "" }
                return row.fields[at]
            }
            func bad(_ name: String, _ what: String) -> WorkbenchError {
                WorkbenchError(
                    .invalidFile, "'\(file)' line \(row.line): \(name) '\(LibrariesImporter.shown(cell(name)))' is not \(what).",
                    hint: "Correct the cell, or import the locations again with 'import locations <file>'.",
                    location: .init(file: file, line: row.line, field: name))
            }
            guard let id = Int(cell("id")), id > 0, seen.insert(id).inserted else { throw bad("id", "a library id that appears once") }
            guard let authority = BoroughID(validating: cell("authority_id")) else { throw bad("authority_id", "an authority id") }
            guard let lat = Double(cell("lat")), (-90...90).contains(lat) else { throw bad("lat", "a latitude") }
            guard let lng = Double(cell("lng")), (-180...180).contains(lng) else { throw bad("lng", "a longitude") }
            guard let in2010 = LocationsImporter.trueFalse(cell("statutory2010")) else { throw bad("statutory2010", "t or f") }
            guard let in2016 = LocationsImporter.trueFalse(cell("statutory2016")) else { throw bad("statutory2016", "t or f") }
            func optional<T>(_ name: String, _ read: (String) -> T?, _ what: String) throws -> T? {
                if cell(name).isEmpty { return nil }
                guard let value = read(cell(name)) else { throw bad(name, what) }
                return value
            }
            let deprivation = try optional("multiple", { Double($0).flatMap { (0...10).contains($0) ? $0 : nil } }, "a score from 0 to 10")
            let population = try optional("population", { Int($0).flatMap { $0 >= 0 ? $0 : nil } }, "a number of people")
            let closedYear = try optional("closed_year", { Int($0) }, "a year")
            out.append(LibraryLocation(
                id: id, name: cell("name"), authorityID: authority, authorityName: cell("authority"),
                point: GeoPoint(longitude: lng, latitude: lat), statutory2010: in2010, statutory2016: in2016,
                type2016: cell("type"), closed: cell("closed"), closedYear: closedYear, population: population,
                deprivation: deprivation, source: cell("source").isEmpty ? "S72" : cell("source")))
        }
        return out
    }

    /// Reads the workspace's locations, or nil when it has none.
    /// - Throws: `invalidFile` when the file cannot be read whole.
    public static func load(from folder: URL) throws -> [LibraryLocation]? {
        let url = folder.appendingPathComponent(path)
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        let data = try RegularFile.read(url, limit: InputLimits.csvBytes, name: path)
        return try parse([UInt8](data))
    }
}
