import WorkbenchAnalysis
import WorkbenchCore

/// `--geography contiguous|any|within:<km>` for `partners optimise`: which groups are allowed. `contiguous`: the
/// members form one connected piece of the border graph (`borders`); `within:<km>`: every pair of members' centres
/// (area-weighted centroids of their boundaries) lie within that distance; `any`: every group (the size-profile
/// method, as before).
enum PartnersGeography: Equatable {
    case any
    case contiguous
    case within(kilometres: Double)

    /// The option as `partners` declares it.
    static let option = Option<String>.text(
        "--geography", value: "contiguous|any|within:<km>",
        "optimise: which groups are allowed: members connected by borders, any, or all centres within <km> (default any)",
        completion: .values(["contiguous", "any", "within:10"]))
    /// `--time-limit` as `partners optimise` declares it.
    static let timeLimitOption = Option<Int>.integer(
        "--time-limit", value: "seconds",
        "optimise with geography: stop the exact search after this long (default 60), with its proven gap", in: 1...3_600)

    /// Parses the option's value (nil: the default, `any`).
    static func parse(_ text: String?) throws -> PartnersGeography {
        guard let text else { return .any }
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
    /// - Throws: `notFound` when an authority has no boundary in the workspace.
    /// - Parameter libraries: the workspace's library locations: `within:<km>` measures between library-weighted
    ///   centres (`Centres.libraryWeighted`) when given, polygon centroids otherwise.
    func groups(
        among ids: [BoroughID], boundaries: [AuthorityBoundary], graph: BorderGraph, maxSize: Int, libraries: [LibraryLocation]? = nil
    ) throws -> [[Int]] {
        let missing = ids.filter { graph.index(of: $0) == nil }
        if !missing.isEmpty {
            throw WorkbenchError(
                .notFound, "No boundary for \(missing.map(\.rawValue).joined(separator: ", ")) in the workspace.",
                hint: "Import the boundaries that cover them: 'import boundaries <file>'.", location: .init(argument: "--geography"))
        }
        switch self {
        case .any:
            return ConnectedGroups.enumerate(adjacency: ids.indices.map { i in ids.indices.filter { $0 != i } }, maxSize: maxSize)
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
