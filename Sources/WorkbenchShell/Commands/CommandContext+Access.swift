import WorkbenchAnalysis
import WorkbenchCore
import WorkbenchWorkspace

extension CommandContext {
    /// The workspace's library locations and catchments (written by `import locations` and `import catchments`).
    /// - Throws: `missingFigure` with the import to run when either is missing.
    func libraryGeography(argument: String? = nil) throws -> (libraries: [LibraryLocation], catchments: [Int: LibraryCatchment]) {
        guard let libraries = try workspace.libraryLocations(), !libraries.isEmpty else {
            throw WorkbenchError(
                .missingFigure, "This workspace has no library locations.",
                hint: "Run 'import locations <path to libraries_geo.csv>' (add '--among london' for London only), then 'import catchments <path to libraries_distances.csv>'.",
                location: .init(file: LocationsFile.path, argument: argument))
        }
        guard let catchments = try workspace.libraryCatchments(), !catchments.isEmpty else {
            throw WorkbenchError(
                .missingFigure, "This workspace has no library catchments.",
                hint: "Run 'import catchments <path to libraries_distances.csv>'.",
                location: .init(file: CatchmentsFile.path, argument: argument))
        }
        var byID: [Int: LibraryCatchment] = [:]
        for catchment in catchments { byID[catchment.libraryID] = catchment }
        return (libraries, byID)
    }
}

extension CommandContext {
    /// Whether the workspace has library locations and catchments (so access is measured, not judged).
    var hasLibraryGeography: Bool {
        ((try? workspace.libraryLocations()) ?? nil) != nil && workspace.hasLibraryCatchments
    }

    /// The access scores of the network-change choices measured from the workspace's library locations and
    /// catchments (`AccessEvidence.serviceScores`), or none when the workspace has no such geography for every
    /// borough of the subject (the framework then keeps its judged scores). A damaged geography file is an error.
    /// Only the subject's libraries and their catchments are read: the scenario measured stays within each
    /// borough's boundary, so no other authority's library counts.
    func measuredAccessScores(for boroughs: [BoroughID]) throws -> [OptionID: MeasuredServiceScore] {
        guard let libraries = try workspace.libraryLocations(of: Set(boroughs)),
            let catchments = try workspace.libraryCatchments(of: Set(libraries.map(\.id)))
        else { return [:] }
        return AccessEvidence.serviceScores(for: boroughs, libraries: libraries, catchments: catchments)
    }
}
