import WorkbenchCore
import WorkbenchReports
import WorkbenchWorkspace

extension ImportCommand {
    /// Reads a GeoJSON file of boundaries, checks it whole, and only then replaces `inputs/boundaries.geojson`
    /// (atomically), so a failed import leaves the previous boundaries untouched.
    func importBoundaries(in context: CommandContext) throws -> Reply {
        let done = try context.workspace.importBoundaries(from: file, typed: typed, onlyLondon: onlyLondon)
        let result = done.result
        let notes = done.notes
        let points = result.records.reduce(0) { $0 + $1.pointCount }
        let multi = result.records.filter { $0.polygons.count > 1 }.count
        let summary = Self.summary(
            title: "Import of boundaries from \(typed)", result: result, written: done.written,
            extra: [("Positions", .integer(points)), ("MultiPolygons", .integer(multi))],
            notes: notes + ["Source: authority boundaries from ONS / Ordnance Survey open data as kept by LibrariesHacked (authorities_geo.json) [S72]."])
        return Self.reply(summary, result: result, data: [
            ("boundaries", .number(Double(result.records.count))), ("positions", .number(Double(points))),
        ])
    }
}
