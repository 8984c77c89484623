import WorkbenchAnalysis
import WorkbenchCore
import WorkbenchWorkspace

extension CommandContext {
    /// The workspace's boundaries (`inputs/boundaries.geojson`, written by `import boundaries`).
    /// - Throws: `missingFigure` with the import to run when the workspace has none.
    func boundaries(argument: String? = nil) throws -> [AuthorityBoundary] {
        guard let boundaries = try workspace.boundaries(), !boundaries.isEmpty else {
            throw WorkbenchError(
                .missingFigure, "This workspace has no authority boundaries.",
                hint: "Run 'import boundaries <path to authorities_geo.json>' (add '--among london' for London only).",
                location: .init(file: BoundariesFile.path, argument: argument))
        }
        return boundaries
    }

    /// The border graph of the workspace's boundaries, with the default tolerance and shortest border.
    func borderGraph(argument: String? = nil) throws -> (boundaries: [AuthorityBoundary], graph: BorderGraph) {
        let boundaries = try boundaries(argument: argument)
        return (boundaries, Borders.compute(boundaries))
    }
}
