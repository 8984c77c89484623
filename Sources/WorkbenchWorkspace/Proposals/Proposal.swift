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

    /// What one member borough commits: own funds and staff capacity, nil while still to be filled in.
    public struct Commitment: Sendable, Hashable, Codable {
        /// The member borough.
        public var borough: BoroughID
        /// Own funds it commits, in pounds; nil while to fill in.
        public var ownFunds: Money?
        /// Staff capacity it commits; nil while to fill in.
        public var staffCapacity: Capacity?
        /// What is still to fill in, in words (`TO FILL IN: …`), or nil when complete.
        public var toFillIn: String?

        /// Makes a member's commitment.
        public init(borough: BoroughID, ownFunds: Money? = nil, staffCapacity: Capacity? = nil, toFillIn: String? = nil) {
            self.borough = borough
            self.ownFunds = ownFunds
            self.staffCapacity = staffCapacity
            self.toFillIn = toFillIn
        }
    }

    /// The workbench's own estimate of the saving, written beside the claim when the proposal is drafted.
    public struct WorkbenchEstimate: Sendable, Hashable, Codable {
        /// The full annual saving of the group working together, in pounds.
        public var perYear: Money
        /// The low end of the range, in pounds a year.
        public var low: Money
        /// The high end of the range, in pounds a year.
        public var high: Money
        /// How it was made, in words.
        public var basis: String

        /// Makes an estimate.
        public init(perYear: Money, low: Money, high: Money, basis: String) {
            self.perYear = perYear
            self.low = low
            self.high = high
            self.basis = basis
        }
    }

    /// The marker of a placeholder the group must fill in: text starting with it is never evidence.
    public static let toFillIn = "TO FILL IN"

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
    /// What each member commits (drafted proposals list every member, with placeholders); nil in older files.
    public var commitments: [Commitment]?
    /// The workbench's estimate and range beside the claim (drafted proposals); nil in hand-written files.
    public var workbenchEstimate: WorkbenchEstimate?

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
        ownFundsCommitted.pounds > 0 && evidence.contains { $0.kind == .funds && Self.isEvidence($0.description) }
    }

    /// Whether the proposal evidences staff capacity: capacity stated and a piece of evidence of kind `capacity`.
    public var evidencesCapacity: Bool {
        staffCapacity.isCommitted && evidence.contains { $0.kind == .capacity && Self.isEvidence($0.description) }
    }

    /// Whether a description is evidence: not empty and not a placeholder.
    static func isEvidence(_ description: String) -> Bool {
        let text = description.trimmingWhitespace()
        return !text.isEmpty && !text.uppercased().hasPrefix(toFillIn)
    }

    /// The fields still holding a `TO FILL IN` placeholder, in file order (`evidence`, `timetable`, `commitments.bexley`).
    public var placeholders: [String] {
        func open(_ text: String?) -> Bool { text.map { $0.uppercased().contains(Self.toFillIn) } ?? false }
        var fields: [String] = []
        if evidence.contains(where: { open($0.description) }) { fields.append("evidence") }
        if timetable.contains(where: { open($0.milestone) || open($0.date) }) { fields.append("timetable") }
        for commitment in commitments ?? [] where open(commitment.toFillIn) || commitment.ownFunds == nil || commitment.staffCapacity == nil {
            fields.append("commitments.\(commitment.borough)")
        }
        return fields
    }
}
