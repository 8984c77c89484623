import Foundation
import WorkbenchCore
import WorkbenchReports
import WorkbenchWorkspace

extension ImportCommand {
    /// `--among london|england` (boundaries only): whether to keep only the workspace's London authorities.
    static func among(_ invocation: Invocation) throws -> Bool {
        guard let among = invocation.option("--among") else { return false }
        switch among {
        case "london": return true
        case "england": return false
        default:
            throw WorkbenchError(
                .invalidArgument, "The value '\(among)' is invalid for '--among'." + Suggestions.didYouMean(among, in: ["london", "england"]),
                hint: "Keep 'london' (the authorities of inputs/london-authorities.csv) or 'england' (all).",
                location: .init(argument: "--among"))
        }
    }

    /// Reads a GeoJSON file of boundaries, checks it whole, and only then replaces `inputs/boundaries.geojson`
    /// (atomically), so a failed import leaves the previous boundaries untouched.
    func importBoundaries(in context: CommandContext) throws -> Reply {
        let data: Data
        do { data = try Data(contentsOf: file) } catch {
            throw WorkbenchError(.invalidFile, "Could not read '\(typed)'.", location: .init(file: typed), cause: "\(error)")
        }
        var result = try GeoJSONReader.read([UInt8](data), file: typed)
        var notes: [String] = []
        if onlyLondon {
            let london = try context.workspace.comparators().filter(\.isLondon)
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
        _ = try GeoJSONReader.read(Array(rendered.utf8), file: BoundariesFile.path)
        try AtomicFile.write(Data(rendered.utf8), to: context.workspace.folder.appendingPathComponent(BoundariesFile.path))
        let points = result.records.reduce(0) { $0 + $1.pointCount }
        let multi = result.records.filter { $0.polygons.count > 1 }.count
        let summary = Self.summary(
            title: "Import of boundaries from \(typed)", result: result, written: BoundariesFile.path,
            extra: [("Positions", .integer(points)), ("MultiPolygons", .integer(multi))],
            notes: notes + ["Source: authority boundaries from ONS / Ordnance Survey open data as kept by LibrariesHacked (authorities_geo.json) [S72]."])
        return Self.reply(summary, result: result, data: [
            ("boundaries", .number(Double(result.records.count))), ("positions", .number(Double(points))),
        ])
    }
}
