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
    func groups(among ids: [BoroughID], boundaries: [AuthorityBoundary], graph: BorderGraph?, maxSize: Int) throws -> [[Int]] {
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
            let centres = ids.map { Centres.centroid(of: byID[$0]!, projection: projection) }
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
    /// Kilometres between the centres (area-weighted centroids of their boundaries) of each pair of authorities, in
    /// the order of `ids`, for the project's cost of working together per kilometre.
    static func distances(among ids: [BoroughID], boundaries: [AuthorityBoundary]) -> [[Double]] {
        let projection = LocalProjection(meanLatitudeOf: boundaries)
        let byID = Dictionary(boundaries.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let centres = ids.map { id in byID[id].map { Centres.centroid(of: $0, projection: projection) } }
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
    /// Notes for the reply.
    var notes: [String]

    /// The model whose groups also pay the project's cost of working together per kilometre between each pair's
    /// centres, when geography is in effect (boundaries loaded); the model unchanged for `any`, so that
    /// `PartitionOptimiser.optimise`, which needs values that depend only on size and driver, stays exact.
    func withDistanceCosts(_ model: PartnershipModel) -> PartnershipModel {
        boundaries.map { Self.withDistanceCosts(model, boundaries: $0) } ?? model
    }

    /// The model whose groups pay the cost per kilometre between the centres of each pair of its drivers.
    static func withDistanceCosts(_ model: PartnershipModel, boundaries: [AuthorityBoundary]) -> PartnershipModel {
        model.withDistances(PartnersGeography.distances(among: model.drivers.map(\.id), boundaries: boundaries))
    }

    /// The allowed groups of 1 to `maxSize` among the authorities (in their order), each as indices.
    func allowedGroups(among ids: [BoroughID], maxSize: Int) throws -> [[Int]] {
        try geography.groups(among: ids, boundaries: boundaries ?? [], graph: graph, maxSize: maxSize)
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
        return GeographySetting(geography: geography, boundaries: boundaries, graph: graph, notes: [bordersNote])
    }
}

extension Double {
    /// The number without a trailing `.0`.
    fileprivate func formatted() -> String { self == rounded() ? String(Int(self)) : String(self) }
}
