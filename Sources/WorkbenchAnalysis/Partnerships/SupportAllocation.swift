public import WorkbenchCore

/// The programme's support package [seed bulletin no. 8, 27 October 2010]: up to one day of support per group of
/// boroughs to refine its proposal, within a total number of days, and targeted support for a few projects, only
/// among those that evidence their own funds and capacity.
///
/// The rule (stated in every reply, see `rule`): proposals rank by the workbench's estimate of the annual saving per
/// member borough per day of support asked, so a group does not win by being large, only by saving more for each
/// borough it brings and each day it asks; ties go to the higher strategic impact, then the id. Targeted support has
/// a gate before any ranking: own funds and staff capacity, each evidenced.
public enum SupportAllocation {
    /// The rule in words, for the reply's notes.
    public static let rule =
        "Score = the workbench's estimate of the annual saving (not the claim) ÷ the boroughs in the group ÷ the days of "
        + "support asked (1 when the proposal does not say), so a group does not rank higher for being large; ties go to "
        + "the higher impact. Gate: targeted support only for proposals that evidence both their own funds and their staff "
        + "capacity (seed bulletin no. 8), in rank order among them."

    /// A proposal as the allocation sees it.
    public struct Candidate: Sendable, Hashable {
        /// The proposal's id.
        public var id: String
        /// The group of boroughs.
        public var group: Subject
        /// The workbench's own estimate of the annual saving (not the claim), in pounds.
        public var savingsPotential: Double
        /// Strategic impact, 0 to 1.
        public var impact: Double
        /// Whether the proposal evidences own funds committed.
        public var fundsEvidenced: Bool
        /// Whether the proposal evidences staff capacity committed.
        public var capacityEvidenced: Bool
        /// Days of support to refine the proposal it asks for, more than 0 and at most 1.
        public var daysAsked: Double

        /// Makes a candidate.
        public init(
            id: String, group: Subject, savingsPotential: Double, impact: Double, fundsEvidenced: Bool,
            capacityEvidenced: Bool, daysAsked: Double = 1
        ) {
            self.daysAsked = daysAsked
            self.id = id
            self.group = group
            self.savingsPotential = savingsPotential
            self.impact = impact
            self.fundsEvidenced = fundsEvidenced
            self.capacityEvidenced = capacityEvidenced
        }
    }

    /// What one proposal gets, and why.
    public struct Decision: Sendable, Hashable, Codable {
        /// The proposal's id.
        public var id: String
        /// Its rank, 1 best.
        public var rank: Int
        /// The ranking score: the estimated annual saving per member borough per day of support asked, in pounds.
        public var score: Double
        /// Days of support to refine the proposal (0 to 1).
        public var days: Double
        /// Why that many days.
        public var daysReason: String
        /// Whether it is selected for targeted support.
        public var targeted: Bool
        /// Why or why not.
        public var targetedReason: String
    }

    /// Ranks and allocates.
    /// - Parameters:
    ///   - days: the total days of support to refine proposals.
    ///   - targeted: how many projects may get targeted support.
    /// - Returns: one decision per candidate, by rank.
    public static func allocate(_ candidates: [Candidate], days: Double, targeted: Int) -> [Decision] {
        let scored = candidates.map { c -> (Candidate, Double) in (c, score(c)) }.sorted {
            if $0.1 != $1.1 { return $0.1 > $1.1 }
            if $0.0.impact != $1.0.impact { return $0.0.impact > $1.0.impact }
            return $0.0.id < $1.0.id
        }

        var left = max(0, days)
        var served: [Subject: String] = [:]
        var chosen = 0
        var decisions: [Decision] = []
        for (index, (candidate, score)) in scored.enumerated() {
            let rank = index + 1
            var given = 0.0
            var daysReason: String
            let key = Subject(candidate.group.boroughs.sorted())
            if let earlier = served[key] {
                daysReason = "no day: the group \(candidate.group) already has its day of support for proposal '\(earlier)'"
            } else if left <= 1e-9 {
                daysReason = "no day: the \(format(days)) days were all given to higher-ranked proposals"
            } else {
                let asked = askedDays(candidate)
                given = min(asked, left)
                left -= given
                served[key] = candidate.id
                daysReason = given < asked
                    ? "\(format(given)) day: ranked \(rank), only \(format(given)) of the \(format(days)) days was left"
                    : "\(format(given)) day: ranked \(rank) of \(scored.count), as asked, within the \(format(days)) days"
            }
            let isTargeted: Bool
            let targetedReason: String
            if !candidate.fundsEvidenced {
                isTargeted = false
                targetedReason = "not eligible: the proposal does not evidence own funds committed"
            } else if !candidate.capacityEvidenced {
                isTargeted = false
                targetedReason = "not eligible: the proposal does not evidence staff capacity committed"
            } else if chosen < targeted {
                chosen += 1
                isTargeted = true
                targetedReason = "selected: evidences own funds and capacity; \(ordinal(chosen)) of the eligible by saving per borough per day asked"
            } else {
                isTargeted = false
                targetedReason = "eligible but not selected: the \(targeted) place\(targeted == 1 ? "" : "s") went to higher-ranked proposals"
            }
            decisions.append(Decision(
                id: candidate.id, rank: rank, score: score, days: given, daysReason: daysReason, targeted: isTargeted,
                targetedReason: targetedReason))
        }
        return decisions
    }

    /// A candidate's score: the estimated annual saving (none below zero) ÷ its boroughs ÷ the days it asks.
    public static func score(_ candidate: Candidate) -> Double {
        let members = max(1, candidate.group.boroughs.count)
        return max(0, candidate.savingsPotential) / Double(members) / askedDays(candidate)
    }

    /// The days a candidate asks, kept within the programme's offer: more than 0, at most 1.
    static func askedDays(_ candidate: Candidate) -> Double {
        candidate.daysAsked.isFinite && candidate.daysAsked > 0 ? min(1, candidate.daysAsked) : 1
    }

    static func format(_ x: Double) -> String {
        var text = MoneyFormat.fixed(x, decimals: 2)
        while text.contains("."), text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    static func ordinal(_ n: Int) -> String {
        let suffix = (11...13).contains(n % 100) ? "th" : [1: "st", 2: "nd", 3: "rd"][n % 10] ?? "th"
        return "\(n)\(suffix)"
    }
}
