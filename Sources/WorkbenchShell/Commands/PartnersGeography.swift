import WorkbenchAnalysis
import WorkbenchCore
import WorkbenchWorkspace

/// `--geography contiguous|any|within:<km>` for `partners optimise`: which groups are allowed. `contiguous`: the
/// members form one connected piece of the border graph (`borders`); `within:<km>`: every pair of members' centres
/// (area-weighted centroids of their boundaries) lie within that distance; `any`: every group (the size-profile
/// method for `optimise`). The default is `contiguous`; where the workspace has no boundary for a member, the default
/// falls back to `any` and the reply says so (an explicit `--geography` is refused instead).
enum PartnersGeography: Equatable {
    case any
    case contiguous
    case within(kilometres: Double)

    /// The option as `partners` declares it.
    static let option = Option<String>.text(
        "--geography", value: "contiguous|any|within:<km>",
        "which groups are allowed: members connected by borders (default), any, or all centres within <km>",
        completion: .values(["contiguous", "any", "within:10"]))
    /// `--time-limit` as `partners optimise` declares it.
    static let timeLimitOption = Option<Int>.integer(
        "--time-limit", value: "seconds",
        "optimise with geography: stop the exact search after this long (default 60), with its proven gap", in: 1...3_600)

    /// Parses the option's value (nil: the default, `contiguous`).
    static func parse(_ text: String?) throws -> PartnersGeography {
        guard let text else { return .contiguous }
        switch text {
        case "any": return .any
        case "contiguous": return .contiguous
        default:
            if text.hasPrefix("within:"), let km = Double(text.dropFirst("within:".count)), km.isFinite, km > 0, km <= 1_000 {
                return .within(kilometres: km)
            }
            throw WorkbenchError(
                .invalidArgument, "The value '\(text)' is invalid for '--geography'." + Suggestions.didYouMean(text, in: ["contiguous", "any"]),
                hint: "Give 'contiguous' (members connected by borders), 'any', or 'within:<km>' (such as within:10).",
                location: .init(argument: "--geography"))
        }
    }

    /// In words, for titles and notes.
    var description: String {
        switch self {
        case .any: "any group"
        case .contiguous: "contiguous groups (members connected by shared borders)"
        case .within(let km): "groups whose members' centres are all within \(km.formatted()) km of each other"
        }
    }

    /// The allowed groups of at most `maxSize` among the given authorities (in their order), each as indices.
    /// `any` needs no boundaries (pass none).
    /// - Throws: `notFound` when an authority has no boundary in the workspace (geography other than `any`).
    /// - Parameter libraries: the workspace's library locations: `within:<km>` measures between library-weighted
    ///   centres (`Centres.libraryWeighted`) when given, polygon centroids otherwise.
    func groups(
        among ids: [BoroughID], boundaries: [AuthorityBoundary], graph: BorderGraph?, maxSize: Int, libraries: [LibraryLocation]? = nil
    ) throws -> [[Int]] {
        if self == .any {
            return ConnectedGroups.enumerate(adjacency: ids.indices.map { i in ids.indices.filter { $0 != i } }, maxSize: maxSize)
        }
        guard let graph else { throw WorkbenchError(.internal, "Geography '\(description)' without a border graph.") }
        let missing = ids.filter { graph.index(of: $0) == nil }
        if !missing.isEmpty {
            throw WorkbenchError(
                .notFound, "No boundary for \(missing.map(\.rawValue).joined(separator: ", ")) in the workspace.",
                hint: "Import the boundaries that cover them: 'import boundaries <file>'.", location: .init(argument: "--geography"))
        }
        switch self {
        case .any:
            return []
        case .contiguous:
            return ConnectedGroups.enumerate(adjacency: graph.restricted(to: ids).neighbours, maxSize: maxSize)
        case .within(let km):
            let projection = LocalProjection(meanLatitudeOf: boundaries)
            let byID = Dictionary(boundaries.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            let members = ids.map { byID[$0]! }
            let centres = libraries.map { Centres.libraryWeighted(members, libraries: $0, projection: projection).centres }
                ?? members.map { Centres.centroid(of: $0, projection: projection) }
            let near = Centres.withinGraph(centres, kilometres: km, projection: projection)
            let close = near.map(Set.init)
            // Connected in the "within" graph and every pair within: a clique.
            return ConnectedGroups.enumerate(adjacency: near, maxSize: maxSize).filter { group in
                group.allSatisfy { a in group.allSatisfy { b in a == b || close[a].contains(b) } }
            }
        }
    }
}

extension PartnersGeography {
    /// Kilometres between the centres of each pair of authorities, in the order of `ids`, for the project's cost of
    /// working together per kilometre: library-weighted centres when the workspace locates libraries (as
    /// `within:<km>` measures), the area-weighted centroids of the boundaries otherwise.
    static func distances(among ids: [BoroughID], boundaries: [AuthorityBoundary], libraries: [LibraryLocation]? = nil) -> [[Double]] {
        let projection = LocalProjection(meanLatitudeOf: boundaries)
        let byID = Dictionary(boundaries.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let located = ids.map { byID[$0] }
        let members = located.compactMap { $0 }
        var weighted: [BoroughID: GeoPoint] = [:]
        if let libraries, !libraries.isEmpty {
            let centres = Centres.libraryWeighted(members, libraries: libraries, projection: projection).centres
            for (member, centre) in zip(members, centres) { weighted[member.id] = centre }
        }
        let centres = located.map { boundary in
            boundary.map { weighted[$0.id] ?? Centres.centroid(of: $0, projection: projection) }
        }
        return centres.map { a in
            centres.map { b in
                guard let a, let b else { return 0 }
                return projection.distance(a, b) / 1000
            }
        }
    }
}

/// The geography a `partners` command works with: the choice in effect, the workspace's boundaries and border graph
/// when it needs them, and the notes for the reply (which borders, or why the default fell back to `any`).
struct GeographySetting {
    /// The geography in effect.
    var geography: PartnersGeography
    /// The workspace's boundaries (nil for `any`).
    var boundaries: [AuthorityBoundary]?
    /// The border graph of the boundaries (nil for `any`).
    var graph: BorderGraph?
    /// The workspace's library locations, for library-weighted centres (nil for `any`, or none located).
    var libraries: [LibraryLocation]? = nil
    /// Notes for the reply.
    var notes: [String]

    /// The model whose groups also pay the project's cost of working together per kilometre between each pair's
    /// centres, when geography is in effect (boundaries loaded); the model unchanged for `any`, so that
    /// `PartitionOptimiser.optimise`, which needs values that depend only on size and driver, stays exact.
    func withDistanceCosts(_ model: PartnershipModel) -> PartnershipModel {
        boundaries.map { Self.withDistanceCosts(model, boundaries: $0, libraries: libraries) } ?? model
    }

    /// The model whose groups pay the cost per kilometre between the centres of each pair of its drivers, measured
    /// between library-weighted centres when libraries are given.
    static func withDistanceCosts(_ model: PartnershipModel, boundaries: [AuthorityBoundary], libraries: [LibraryLocation]?) -> PartnershipModel {
        model.withDistances(PartnersGeography.distances(among: model.drivers.map(\.id), boundaries: boundaries, libraries: libraries))
    }

    /// The allowed groups of 1 to `maxSize` among the authorities (in their order), each as indices.
    func allowedGroups(among ids: [BoroughID], maxSize: Int) throws -> [[Int]] {
        try geography.groups(among: ids, boundaries: boundaries ?? [], graph: graph, maxSize: maxSize, libraries: libraries)
    }

    /// Decides the geography for a command: a given `--geography` is used as given (refused without boundaries);
    /// the default, `contiguous`, falls back to `any` with a note when the workspace has no boundary for a borough.
    static func resolve(_ geography: PartnersGeography, given: Bool, ids: [BoroughID], context: CommandContext) throws -> GeographySetting {
        if geography == .any { return GeographySetting(geography: .any, boundaries: nil, graph: nil, notes: []) }
        let bordersNote = "Borders: at least 1 km of boundary within 250 m (a river counts as a border), from the workspace's boundaries [S72]."
        if !given {
            let boundaries = try context.workspace.boundaries() ?? []
            let known = Set(boundaries.map(\.id))
            let missing = ids.filter { !known.contains($0) }
            if !missing.isEmpty {
                let named = missing.prefix(5).map(\.rawValue).joined(separator: ", ") + (missing.count > 5 ? " and \(missing.count - 5) more" : "")
                return GeographySetting(
                    geography: .any, boundaries: nil, graph: nil,
                    notes: [
                        "Geography not applied: the workspace has no boundary for \(named), so any group is allowed "
                            + "(as --geography any); 'import boundaries <file>' adds them."
                    ])
            }
        }
        let (boundaries, graph) = try context.borderGraph(argument: "--geography")
        let libraries = try context.workspace.libraryLocations()
        let centres = geography.centresNote(among: ids, boundaries: boundaries, libraries: libraries)
        return GeographySetting(
            geography: geography, boundaries: boundaries, graph: graph, libraries: libraries,
            notes: [bordersNote] + (centres.map { [$0] } ?? []))
    }
}

extension PartnersGeography {
    /// For `within:<km>`, the note saying which centres were measured between; nil for the other kinds.
    func centresNote(among ids: [BoroughID], boundaries: [AuthorityBoundary], libraries: [LibraryLocation]?) -> String? {
        guard case .within = self else { return nil }
        guard let libraries, !libraries.isEmpty else {
            return "Centres: the area-weighted centroids of the boundaries (the workspace locates no libraries; 'import locations' gives library-weighted centres)."
        }
        let byID = Dictionary(boundaries.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let members = ids.compactMap { byID[$0] }
        let fallbacks = Centres.libraryWeighted(members, libraries: libraries, projection: LocalProjection(meanLatitudeOf: boundaries)).centroidsFor
        return "Centres: each authority's statutory libraries (July 2016) weighted by the people whose nearest library each is [S72]"
            + (fallbacks.isEmpty ? "." : "; the centroid of the boundary for \(fallbacks.map(\.rawValue).joined(separator: ", ")), whose libraries the workspace does not locate.")
    }
}

extension Double {
    /// The number without a trailing `.0`.
    fileprivate func formatted() -> String { self == rounded() ? String(Int(self)) : String(self) }
}
