/// What an analysis is about: one borough, or a group of boroughs working together (`bexley+bromley`).
public struct Subject: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The boroughs, in the order given, without repeats.
    public let boroughs: [BoroughID]

    /// Makes a subject from one or more boroughs; repeats are dropped.
    public init(_ boroughs: [BoroughID]) {
        var seen = Set<BoroughID>()
        self.boroughs = boroughs.filter { seen.insert($0).inserted }
    }

    /// Parses `bromley` or `bexley+bromley`. Returns nil when any part is not an identifier.
    public init?(argument: String) {
        let parts = argument.split(separator: "+", omittingEmptySubsequences: false).map(String.init)
        var ids: [BoroughID] = []
        for part in parts {
            guard let id = BoroughID(validating: part) else { return nil }
            ids.append(id)
        }
        guard !ids.isEmpty else { return nil }
        self.init(ids)
    }

    /// Whether the subject is a group of two or more.
    public var isGroup: Bool { boroughs.count > 1 }

    /// `bexley+bromley`.
    public var description: String { boroughs.map(\.rawValue).joined(separator: "+") }
}

/// What a calculation receives about its subject: the profiles of its boroughs and the workspace's assumptions.
/// Modules never read files, clocks or globals; everything comes in here.
public struct SubjectInputs: Sendable {
    /// The subject.
    public var subject: Subject
    /// One profile per borough of the subject, in the subject's order.
    public var profiles: [BoroughProfile]
    /// The workspace's assumptions.
    public var assumptions: Assumptions

    /// Makes the inputs.
    public init(subject: Subject, profiles: [BoroughProfile], assumptions: Assumptions) {
        self.subject = subject
        self.profiles = profiles
        self.assumptions = assumptions
    }
}
