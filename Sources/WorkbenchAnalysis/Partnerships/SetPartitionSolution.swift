/// The answer of `SetPartitionSolver`: the best partition found, the proven upper bound on any partition and how
/// the search went, as a MILP solver reports it.
public struct SetPartitionSolution: Sendable, Hashable {
    /// The chosen groups (members in increasing order), in the order of their lowest member.
    public var groups: [[Int]]
    /// Each chosen group's value, in the order of `groups`.
    public var values: [Double]
    /// The total value of the partition.
    public var total: Double
    /// A proven upper bound on the total of every partition (equal to `total`, within rounding, when proven optimal).
    public var bound: Double
    /// Whether the partition is proven optimal.
    public var isProvenOptimal: Bool
    /// The root bound of the LP relaxation (Σ of the members' dual prices).
    public var lpBound: Double
    /// Simplex pivots made for the LP relaxation.
    public var lpIterations: Int
    /// Search nodes explored (subproblems expanded).
    public var nodes: Int
    /// Subproblems answered from the memo (a covered set met again by another route).
    public var memoHits: Int
    /// Why the search stopped early (`node limit`, `time limit`), or nil when it finished.
    public var stoppedBy: String?
    /// The number of groups the problem allowed.
    public var groupCount: Int

    /// The proven gap: (bound − total) / |total|, 0 when proven optimal.
    public var gap: Double {
        guard !isProvenOptimal else { return 0 }
        return max(0, bound - total) / max(abs(total), 1e-9)
    }
}
