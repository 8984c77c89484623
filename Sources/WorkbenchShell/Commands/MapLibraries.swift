public import WorkbenchCore
public import WorkbenchReports
import WorkbenchWorkspace

/// The libraries `map` draws over the boroughs, each a dot coloured by how it stood in July 2016 against April 2010
/// (the libraries dataset [S71][S72]): still statutory, newly statutory, community-run (CRL or ICL), closed (XL),
/// or statutory in 2010 only. Only libraries of the authorities drawn are shown.
public enum MapLibraries {
    /// A category of library, its colour and its legend label, in legend order.
    public enum Category: CaseIterable, Sendable {
        case stillStatutory, newlyStatutory, communityRun, closed, statutory2010Only

        /// The dot's colour.
        public var colour: String {
            switch self {
            case .stillStatutory: "#1f3b73"
            case .newlyStatutory: "#4f8fd6"
            case .communityRun: "#2e9e44"
            case .closed: "#d62728"
            case .statutory2010Only: "#f0a030"
            }
        }

        /// The legend's words.
        public var label: String {
            switch self {
            case .stillStatutory: "statutory in 2010 and still in 2016"
            case .newlyStatutory: "statutory in 2016, not in 2010"
            case .communityRun: "community-run in 2016 (CRL, ICL)"
            case .closed: "closed by 2016 (XL)"
            case .statutory2010Only: "statutory in 2010, not in 2016 (other)"
            }
        }
    }

    /// The category of a library: closed first, then community-run, then by its statutory years; nil for a library
    /// in neither year's statutory network that is neither closed nor community-run.
    public static func category(of library: LibraryLocation) -> Category? {
        if library.closed.uppercased().hasPrefix("XL") { return .closed }
        let type = library.type2016.uppercased()
        if type.hasPrefix("CRL") || type.hasPrefix("ICL") { return .communityRun }
        switch (library.statutory2010, library.statutory2016) {
        case (true, true): return .stillStatutory
        case (false, true): return .newlyStatutory
        case (true, false): return .statutory2010Only
        case (false, false): return nil
        }
    }

    /// The markers and their legend (only the categories present) for the libraries of the given authorities.
    public static func markers(_ libraries: [LibraryLocation], authorities: Set<String>) -> (markers: [MapSpec.Marker], legend: [MapSpec.LegendEntry]) {
        var present = Set<Category>()
        var markers: [MapSpec.Marker] = []
        for library in libraries where authorities.contains(library.authorityID.rawValue) {
            guard let category = category(of: library) else { continue }
            present.insert(category)
            markers.append(MapSpec.Marker(
                id: "library-\(library.id)", name: library.name, point: library.point, fill: category.colour,
                detail: "\(library.authorityName), \(category.label)"))
        }
        let legend = Category.allCases.filter(present.contains).map { MapSpec.LegendEntry(colour: $0.colour, label: $0.label) }
        return (markers, legend)
    }

    /// Adds the workspace's libraries (where it locates them: 'import locations') to a map as dots, with their legend
    /// and a note; returns what was added.
    @discardableResult
    static func add(to spec: inout MapSpec, boundaries: [AuthorityBoundary], context: CommandContext) throws
        -> (markers: [MapSpec.Marker], legend: [MapSpec.LegendEntry])
    {
        let libraries = try context.workspace.libraryLocations() ?? []
        let dots = markers(libraries, authorities: Set(boundaries.map(\.id.rawValue)))
        spec.markers = dots.markers
        spec.markerLegend = dots.legend
        if !dots.markers.isEmpty {
            spec.notes.append("Libraries: \(dots.markers.count) dots, by how each stood in July 2016 against April 2010 [S71][S72].")
        }
        return dots
    }

    /// The map of a command's reply for a report, with the libraries: nil when the workspace has no boundaries or
    /// the reply has nothing to map (no measure chosen by --by, no partition).
    static func reportMap(line: String, reply: Reply, context: CommandContext) throws -> MapSpec? {
        guard let boundaries = try context.workspace.boundaries(), !boundaries.isEmpty,
            var content = try? MapContent.make(line: line, reply: reply, boundaries: boundaries)
        else { return nil }
        try add(to: &content.spec, boundaries: boundaries, context: context)
        return content.spec
    }
}
