/// The Pareto frontier of points scored on two criteria to maximise: the points no other point beats on one
/// criterion without being worse on the other.
public enum ParetoFrontier {
    /// Whether each point is on the frontier, in input order. A point is dominated when another is at least as good on
    /// both criteria and strictly better on one; equal points are all kept.
    /// - Complexity: O(n²), fine for the hundreds of candidates a portfolio holds.
    public static func members(_ points: [(x: Double, y: Double)]) -> [Bool] {
        points.indices.map { i in
            !points.indices.contains { j in
                j != i && points[j].x >= points[i].x && points[j].y >= points[i].y
                    && (points[j].x > points[i].x || points[j].y > points[i].y)
            }
        }
    }
}
