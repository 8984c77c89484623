public import WorkbenchCore

/// A proposal from a group of boroughs for support with a partnership project, as submitted to the programme
/// (seed bulletin no. 8, 27 October 2010): the group, the project, the savings claimed, the own funds and staff
/// capacity committed with their evidence, and a timetable. Stored as `inputs/proposals/<id>.json`.
public struct Proposal: Sendable, Hashable, Codable {
    /// What a piece of evidence shows.
    public enum EvidenceKind: String, Sendable, Hashable, Codable, CaseIterable {
        /// Own funds committed (a budget decision, a cabinet report).
        case funds
        /// Staff capacity committed (named officers, days allocated).
        case capacity
        /// Anything else (political support, a partner's letter).
        case other
    }

    /// One piece of evidence.
    public struct Evidence: Sendable, Hashable, Codable {
        /// What it shows.
        public var kind: EvidenceKind
        /// What it is, in words.
        public var description: String

        /// Makes a piece of evidence.
        public init(kind: EvidenceKind, description: String) {
            self.kind = kind
            self.description = description
        }
    }

    /// Staff capacity committed.
    public struct Capacity: Sendable, Hashable, Codable {
        /// Full-time equivalents committed, if stated.
        public var fte: Double?
        /// Officer days committed, if stated.
        public var days: Double?

        /// Makes a capacity commitment.
        public init(fte: Double? = nil, days: Double? = nil) {
            self.fte = fte
            self.days = days
        }

        /// Whether any capacity is stated.
        public var isCommitted: Bool { (fte ?? 0) > 0 || (days ?? 0) > 0 }
    }

    /// One milestone of the timetable.
    public struct Milestone: Sendable, Hashable, Codable {
        /// What happens.
        public var milestone: String
        /// When, as the proposal gives it (`2011-01`, `April 2011`).
        public var date: String

        /// Makes a milestone.
        public init(milestone: String, date: String) {
            self.milestone = milestone
            self.date = date
        }
    }

    /// The proposal's id (the file's name without `.json`).
    public var id: String
    /// Its title.
    public var title: String
    /// Whether it is an illustrative example rather than a real proposal, and what the text says about that.
    public var illustrative: String?
    /// The group of boroughs.
    public var group: [BoroughID]
    /// The partnership project (`shared-service`, `procurement-consortium`, …).
    public var project: String
    /// Annual savings claimed once the project runs in full, in pounds.
    public var savingsClaimedPerYear: Money
    /// Own funds committed, in pounds (zero when none).
    public var ownFundsCommitted: Money
    /// Staff capacity committed.
    public var staffCapacity: Capacity
    /// Evidence offered.
    public var evidence: [Evidence]
    /// The timetable.
    public var timetable: [Milestone]
    /// Days of support asked to refine the proposal, more than 0 and at most 1 (the programme offers up to one day
    /// a group); nil when the proposal does not say, which counts as one day.
    public var supportDaysAsked: Double?

    /// Makes a proposal.
    public init(
        id: String, title: String, illustrative: String? = nil, group: [BoroughID], project: String,
        savingsClaimedPerYear: Money, ownFundsCommitted: Money = .zero, staffCapacity: Capacity = Capacity(),
        evidence: [Evidence] = [], timetable: [Milestone] = [], supportDaysAsked: Double? = nil
    ) {
        self.supportDaysAsked = supportDaysAsked
        self.id = id
        self.title = title
        self.illustrative = illustrative
        self.group = group
        self.project = project
        self.savingsClaimedPerYear = savingsClaimedPerYear
        self.ownFundsCommitted = ownFundsCommitted
        self.staffCapacity = staffCapacity
        self.evidence = evidence
        self.timetable = timetable
    }

    /// The group as a subject.
    public var subject: Subject { Subject(group) }

    /// Whether the proposal evidences own funds: an amount committed and a piece of evidence of kind `funds`.
    public var evidencesOwnFunds: Bool {
        ownFundsCommitted.pounds > 0 && evidence.contains { $0.kind == .funds && !$0.description.trimmingWhitespace().isEmpty }
    }

    /// Whether the proposal evidences staff capacity: capacity stated and a piece of evidence of kind `capacity`.
    public var evidencesCapacity: Bool {
        staffCapacity.isCommitted && evidence.contains { $0.kind == .capacity && !$0.description.trimmingWhitespace().isEmpty }
    }
}
