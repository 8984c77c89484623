public import Foundation
public import WorkbenchCore

extension Workspace {
    /// Imports authority boundaries (GeoJSON Polygon and MultiPolygon features) into `inputs/boundaries.geojson`:
    /// the file is read (refused over the input limit before it is read), checked whole, rendered, read back and only
    /// then swapped in, so a failed import leaves the previous boundaries byte for byte.
    /// - Parameters:
    ///   - url: the GeoJSON file.
    ///   - typed: the path as the analyst typed it, for messages.
    ///   - onlyLondon: keep only the London authorities of `inputs/london-authorities.csv`.
    /// - Throws: `invalidFile` naming the file and the first bad feature when no boundary could be read.
    public func importBoundaries(from url: URL, typed: String, onlyLondon: Bool) throws -> DatasetImport<AuthorityBoundary> {
        let data = try RegularFile.read(url, limit: InputLimits.geoJSONBytes, name: typed)
        var result = try GeoJSONReader.read([UInt8](data), file: typed)
        var notes: [String] = []
        if onlyLondon {
            let london = try comparators().filter(\.isLondon)
            let wanted = Set(london.map(\.id))
            let before = result.records.count
            result.records.removeAll { !wanted.contains($0.id) }
            let found = Set(result.records.map(\.id))
            let missing = london.filter { !found.contains($0.id) }.map(\.name)
            notes.append("Kept the \(result.records.count) London authorities of \(Workspace.comparatorsPath) (of \(before) read).")
            if !missing.isEmpty { notes.append("London authorities with no boundary in the file: \(missing.joined(separator: ", ")).") }
        }
        guard !result.records.isEmpty else {
            throw WorkbenchError(
                .invalidFile, "'\(typed)' has no boundary that could be read; the workspace's boundaries are unchanged.",
                hint: result.skipped.first.map { "Line \($0.line): \($0.message)." } ?? "Give a FeatureCollection of Polygon or MultiPolygon features.",
                location: .init(file: typed))
        }
        let rendered = BoundariesFile.render(result.records)
        var transaction = InputTransaction(workspace: self)
        try transaction.stage(rendered, at: BoundariesFile.path) { _ = try GeoJSONReader.read(Array($0.utf8), file: BoundariesFile.path) }
        try transaction.commit()
        return DatasetImport(result: result, written: BoundariesFile.path, authorities: result.records.count, notes: notes)
    }

    /// The workspace's authority boundaries (`inputs/boundaries.geojson`, written by `import boundaries`), or nil
    /// when it has none.
    /// - Throws: `invalidFile` naming the file and line when the file is damaged.
    public func boundaries() throws -> [AuthorityBoundary]? {
        try BoundariesFile.load(from: folder)
    }
}
