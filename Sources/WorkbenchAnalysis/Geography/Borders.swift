public import WorkbenchCore

/// Derives which authorities share a border from their boundary polygons.
///
/// The published boundaries are simplified (London's 33 have about 1,200 positions in all), so two neighbours'
/// edges along one border seldom coincide: they run side by side a few tens to a few hundred metres apart. And where
/// a river divides two authorities (the Thames between Tower Hamlets and Southwark, Greenwich and Newham), the
/// boundaries as published may be the banks, not the mid-stream line. So a border is counted between two authorities
/// when a length of at least `minimumSharedMetres` of one's boundary lies within `toleranceMetres` of the other's:
/// a river narrower than the tolerance counts as a border, and a corner where boundaries merely touch (shorter than
/// the minimum) does not.
///
/// Method: positions are projected to metres by an equirectangular projection at the data's mean latitude
/// (`LocalProjection`). Every edge (segment) of every ring goes into the cells of a uniform grid that its bounding
/// box, widened by the tolerance, overlaps. For each edge A and each other authority with an edge B in a common cell,
/// the part of A within the tolerance of B is one interval of A (the distance from a point moving along A to a segment
/// is convex), found by a ternary search for the nearest point and two bisections for the ends. The intervals on A
/// for one other authority are merged and measured; each authority's measured lengths against another are summed,
/// and the longer of the two directions is the shared length.
public enum Borders {
    /// The default tolerance: 250 m, wider than the simplification's typical offset and than the Thames in London
    /// (about 200–300 m above Tower Bridge; wider downstream, where the ferries and tunnels are).
    public static let defaultToleranceMetres = 250.0
    /// The default shortest border: 1 km; a corner touch shares at most about twice the tolerance.
    public static let defaultMinimumSharedMetres = 1_000.0

    /// Computes the border graph of the boundaries.
    /// - Parameters:
    ///   - boundaries: the authorities' boundaries.
    ///   - toleranceMetres: how far apart two edges may be and still be one border.
    ///   - minimumSharedMetres: the shortest shared length that counts.
    /// - Complexity: about O(E + P) for E edges and P pairs of edges in a common grid cell; England's 151
    ///   authorities (21,000 positions) take well under a second in a release build.
    public static func compute(
        _ boundaries: [AuthorityBoundary], toleranceMetres: Double = defaultToleranceMetres,
        minimumSharedMetres: Double = defaultMinimumSharedMetres
    ) -> BorderGraph {
        let projection = LocalProjection(meanLatitudeOf: boundaries)
        var segments: [Segment] = []
        for (owner, boundary) in boundaries.enumerated() {
            for polygon in boundary.polygons {
                for ring in polygon where ring.count >= 2 {
                    var previous = projection.project(ring[0])
                    for point in ring.dropFirst() {
                        let next = projection.project(point)
                        if previous != next {
                            segments.append(Segment(ax: previous.x, ay: previous.y, bx: next.x, by: next.y, owner: owner))
                        }
                        previous = next
                    }
                }
            }
        }
        let tolerance = max(0, toleranceMetres)
        let grid = SegmentGrid(segments: segments, margin: tolerance)
        // shared[a][b]: metres of a's boundary within the tolerance of b's.
        var shared = [[Int: Double]](repeating: [:], count: boundaries.count)
        var near: [Int: [(Double, Double)]] = [:]
        var candidates: [Int] = []
        var seen = [Int](repeating: -1, count: segments.count)
        for (index, a) in segments.enumerated() {
            near.removeAll(keepingCapacity: true)
            candidates.removeAll(keepingCapacity: true)
            grid.visit(a, margin: tolerance) { other in
                if seen[other] != index, segments[other].owner != a.owner {
                    seen[other] = index
                    candidates.append(other)
                }
            }
            for other in candidates {
                if let interval = a.interval(within: tolerance, of: segments[other]) {
                    near[segments[other].owner, default: []].append(interval)
                }
            }
            let length = a.length
            for (owner, intervals) in near {
                shared[a.owner][owner, default: 0] += length * Self.unionLength(intervals)
            }
        }
        var edges: [BorderGraph.Edge] = []
        for a in shared.indices {
            for (b, metres) in shared[a] where a < b {
                let both = max(metres, shared[b][a] ?? 0)
                if both >= minimumSharedMetres { edges.append(.init(first: a, second: b, sharedMetres: both)) }
            }
        }
        for a in shared.indices {
            for (b, metres) in shared[a] where b < a && shared[b][a] == nil && metres >= minimumSharedMetres {
                edges.append(.init(first: b, second: a, sharedMetres: metres))
            }
        }
        return BorderGraph(
            ids: boundaries.map(\.id), edges: edges, toleranceMetres: tolerance, minimumSharedMetres: minimumSharedMetres)
    }

    /// The total length of a union of intervals of [0, 1].
    static func unionLength(_ intervals: [(Double, Double)]) -> Double {
        let sorted = intervals.sorted { $0.0 < $1.0 }
        var total = 0.0
        var start = -1.0
        var end = -1.0
        for (low, high) in sorted {
            if low > end {
                if end > start { total += end - start }
                start = low
                end = high
            } else if high > end {
                end = high
            }
        }
        if end > start { total += end - start }
        return min(1, total)
    }
}
