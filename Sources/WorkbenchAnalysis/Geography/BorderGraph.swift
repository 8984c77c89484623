public import WorkbenchCore

/// Which authorities share a border, as `Borders.compute` derives it from their polygons: the authorities in order,
/// each one's neighbours, and the length of boundary they share.
public struct BorderGraph: Sendable, Hashable {
    /// One shared border.
    public struct Edge: Sendable, Hashable {
        /// The two authorities (indices into `ids`), the lower first.
        public var first: Int
        /// The second authority.
        public var second: Int
        /// The length in metres of boundary of one authority lying within the tolerance of the other's (the longer
        /// of the two ways of measuring it).
        public var sharedMetres: Double
    }

    /// The authorities, in the order of the boundaries given.
    public let ids: [BoroughID]
    /// The shared borders, ordered by (first, second).
    public let edges: [Edge]
    /// Each authority's neighbours (indices into `ids`), in increasing order.
    public let neighbours: [[Int]]
    /// The tolerance in metres within which two edges count as one border.
    public let toleranceMetres: Double
    /// The shortest shared length in metres that counts as a border (shorter is a corner touching).
    public let minimumSharedMetres: Double

    /// Makes a graph from its edges.
    public init(ids: [BoroughID], edges: [Edge], toleranceMetres: Double, minimumSharedMetres: Double) {
        self.ids = ids
        self.edges = edges.sorted { ($0.first, $0.second) < ($1.first, $1.second) }
        var neighbours = [[Int]](repeating: [], count: ids.count)
        for edge in self.edges {
            neighbours[edge.first].append(edge.second)
            neighbours[edge.second].append(edge.first)
        }
        self.neighbours = neighbours.map { $0.sorted() }
        self.toleranceMetres = toleranceMetres
        self.minimumSharedMetres = minimumSharedMetres
    }

    /// The index of an authority.
    public func index(of id: BoroughID) -> Int? { ids.firstIndex(of: id) }

    /// Whether two authorities share a border.
    public func borders(_ a: BoroughID, _ b: BoroughID) -> Bool {
        guard let i = index(of: a), let j = index(of: b) else { return false }
        return neighbours[i].contains(j)
    }

    /// The length in metres two authorities share (0 when they do not border).
    public func sharedMetres(_ i: Int, _ j: Int) -> Double {
        let (a, b) = i < j ? (i, j) : (j, i)
        return edges.first { $0.first == a && $0.second == b }?.sharedMetres ?? 0
    }

    /// The graph restricted to some authorities (in the order given; unknown ids are left out).
    public func restricted(to subset: [BoroughID]) -> BorderGraph {
        let kept = subset.filter { index(of: $0) != nil }
        var position: [Int: Int] = [:]
        for (new, id) in kept.enumerated() { position[index(of: id)!] = new }
        let remapped = edges.compactMap { edge -> Edge? in
            guard let a = position[edge.first], let b = position[edge.second] else { return nil }
            return Edge(first: min(a, b), second: max(a, b), sharedMetres: edge.sharedMetres)
        }
        return BorderGraph(ids: kept, edges: remapped, toleranceMetres: toleranceMetres, minimumSharedMetres: minimumSharedMetres)
    }
}
