/// What an options framework may compare a subject with, beyond the subject's own profiles: figures about other
/// authorities that only the shell can gather (the comparison pool, nearest neighbours, measured access). The
/// framework assesses choices from the subject's own position against them; each part is optional, and a framework
/// says when a comparison could not be made.
public struct FrameworkComparators: Hashable, Sendable, Codable {
    /// The pool the medians come from, in words (`London's 33 authorities`).
    public var pool: String
    /// The pool's median people per statutory library (April 2010 libraries, mid-2015 population).
    public var medianPeoplePerLibrary: Double?
    /// For each borough of the subject, its nearest neighbours that have a spend figure, nearest first.
    public var neighbours: [BoroughID: [ComparatorSpend]]
    /// For each borough of the subject, a measured test of access for changes to the branch network or hours,
    /// where geography gives one. When present it replaces the people-per-library proxy.
    public var access: [BoroughID: MeasuredAccess]

    /// Makes the comparators; everything defaults to "not measured".
    public init(
        pool: String = "", medianPeoplePerLibrary: Double? = nil, neighbours: [BoroughID: [ComparatorSpend]] = [:],
        access: [BoroughID: MeasuredAccess] = [:]
    ) {
        self.pool = pool
        self.medianPeoplePerLibrary = medianPeoplePerLibrary
        self.neighbours = neighbours
        self.access = access
    }
}

/// A neighbour's spend per head, for comparing a borough's spending with authorities like it.
public struct ComparatorSpend: Hashable, Sendable, Codable {
    /// The neighbour.
    public var id: BoroughID
    /// Its name.
    public var name: String
    /// Its library spend per head, £ a year.
    public var spendPerHead: Double
    /// Whether that spend is an estimate rather than a published or derived figure.
    public var isEstimate: Bool
    /// Its nearest-neighbour distance from the borough (rebased, farthest = 1).
    public var distance: Double

    /// Makes a neighbour's figure.
    public init(id: BoroughID, name: String, spendPerHead: Double, isEstimate: Bool, distance: Double) {
        self.id = id
        self.name = name
        self.spendPerHead = spendPerHead
        self.isEstimate = isEstimate
        self.distance = distance
    }
}

/// A measured test of whether a borough can reduce its branch network or opening hours and still give reasonable
/// access (the statutory "comprehensive and efficient" duty), computed from geography by whatever measures it: the
/// score the framework gives such a change on an access criterion, with the reason in words and the figures used.
public struct MeasuredAccess: Hashable, Sendable, Codable {
    /// 0 (a reduction would fail the access test) to 3 (access stays good after a reduction).
    public var score: Int
    /// Why, with the figures and their sources.
    public var reason: String

    /// Makes a measured access test.
    public init(score: Int, reason: String) {
        self.score = min(3, max(0, score))
        self.reason = reason
    }
}
