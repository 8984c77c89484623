import WorkbenchCore

/// A set-partitioning problem: members 0…n−1, a list of allowed groups each with a value, and the task of choosing
/// groups that cover every member exactly once with the largest total value. Every member's singleton must be
/// among the groups (a member may always stand alone), so a partition always exists.
public struct SetPartitionProblem: Sendable {
    /// The number of members.
    public let memberCount: Int
    /// The groups, each its members in increasing order.
    public let groups: [[Int]]
    /// Each group's value.
    public let values: [Double]

    /// Makes a problem, checking it.
    /// - Throws: `invalidArgument` when there are more than `MemberSet.capacity` members, a group is empty, repeats a
    ///   member or names one out of range, a value is not finite, or a member has no singleton group.
    public init(memberCount: Int, groups: [[Int]], values: [Double]) throws {
        guard memberCount >= 0, memberCount <= MemberSet.capacity else {
            throw WorkbenchError(
                .invalidArgument, "A set-partitioning problem of \(memberCount) members is too large; the solver handles up to \(MemberSet.capacity).")
        }
        guard groups.count == values.count else {
            throw WorkbenchError(.internal, "\(groups.count) groups but \(values.count) values.")
        }
        var singletons = Set<Int>()
        var normalised: [[Int]] = []
        normalised.reserveCapacity(groups.count)
        for (index, group) in groups.enumerated() {
            let sorted = group.sorted()
            guard !sorted.isEmpty, sorted.first! >= 0, sorted.last! < memberCount, Set(sorted).count == sorted.count else {
                throw WorkbenchError(.invalidArgument, "Group \(index + 1) (\(group)) is empty, repeats a member or names one outside 0…\(memberCount - 1).")
            }
            guard values[index].isFinite else {
                throw WorkbenchError(.numeric, "Group \(index + 1) (\(group)) has the value \(values[index]), not a finite number.")
            }
            if sorted.count == 1 { singletons.insert(sorted[0]) }
            normalised.append(sorted)
        }
        if let missing = (0..<memberCount).first(where: { !singletons.contains($0) }) {
            throw WorkbenchError(
                .invalidArgument, "Member \(missing) has no singleton group; every member must be able to stand alone.")
        }
        self.memberCount = memberCount
        self.groups = normalised
        self.values = values
    }

    /// The problem over the connected groups of a graph of at most `maxSize` members, each valued by `value`.
    public static func connected(
        adjacency: [[Int]], maxSize: Int, value: ([Int]) -> Double
    ) throws -> SetPartitionProblem {
        let groups = ConnectedGroups.enumerate(adjacency: adjacency, maxSize: max(1, maxSize))
        return try SetPartitionProblem(memberCount: adjacency.count, groups: groups, values: groups.map(value))
    }
}
