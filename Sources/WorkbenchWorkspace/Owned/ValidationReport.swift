import WorkbenchCore

/// What `Workspace.validate` found: every problem in the order checked, and how many files and modules were checked.
public struct ValidationReport: Sendable, Equatable {
    /// The problems, in the order they were found.
    public var problems: [ValidationProblem] = []
    /// How many files and modules were checked.
    public var checked = 0

    /// Makes an empty report.
    public init() {}

    /// Whether nothing is wrong.
    public var isValid: Bool { problems.isEmpty }

    /// Records a thrown error, at its own location or else in `file`.
    mutating func add(_ error: WorkbenchError, file: String) {
        problems.append(ValidationProblem(
            file: error.location?.file ?? file, line: error.location?.line, field: error.location?.field, message: error.message))
    }

    /// Records a problem.
    mutating func add(_ file: String, field: String? = nil, _ message: String) {
        problems.append(ValidationProblem(file: file, field: field, message: message))
    }

    /// Checks that every figure of an authority's statistics cites sources in the list.
    mutating func checkSources(of statistics: AuthorityStatistics, known: [SourceTag: SourceReference], file: String) {
        let provenances: [(String, Provenance?)] = [
            ("population", statistics.population?.provenance), ("hectares", statistics.hectares?.provenance),
            ("deprivation", statistics.deprivation?.provenance), ("libraries2010", statistics.libraries2010?.provenance),
            ("libraries2016", statistics.libraries2016?.provenance), ("weeklyHours", statistics.weeklyHours?.provenance),
        ]
        for (field, provenance) in provenances {
            guard let provenance else { continue }
            checkTags(provenance, known: known, file: file, field: "\(statistics.id).\(field)")
        }
    }

    /// Checks that a figure cites a source (unless it is still to be filled in) and that each tag is in the list.
    mutating func checkTags(_ provenance: Provenance, known: [SourceTag: SourceReference], file: String, field: String) {
        if provenance.kind != .toBeFilled, provenance.sources.isEmpty {
            add(file, field: field, "The figure cites no source.")
        }
        for tag in provenance.sources where known[tag] == nil {
            add(file, field: field, "The source tag \(tag) is not in the sources list.")
        }
    }
}
