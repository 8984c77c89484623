public import WorkbenchCore

/// The programme's support package [seed bulletin no. 8, 27 October 2010]: up to one day of support per group of
/// boroughs to refine its proposal, within a total number of days, and targeted support for a few projects, only
/// among those that evidence their own funds and capacity, ranked by savings potential and strategic impact.
public enum SupportAllocation {
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

        /// Makes a candidate.
        public init(
            id: String, group: Subject, savingsPotential: Double, impact: Double, fundsEvidenced: Bool,
            capacityEvidenced: Bool
        ) {
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
        /// The ranking score: ½ × savings potential ÷ the largest + ½ × impact.
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
        let largest = candidates.map(\.savingsPotential).max() ?? 0
        let scored = candidates.map { c -> (Candidate, Double) in
            let savings = largest > 0 ? max(0, c.savingsPotential) / largest : 0
            return (c, 0.5 * savings + 0.5 * min(1, max(0, c.impact)))
        }.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0.id < $1.0.id }

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
                given = min(1, left)
                left -= given
                served[key] = candidate.id
                daysReason = given < 1
                    ? "\(format(given)) day: ranked \(rank), only \(format(given)) of the \(format(days)) days was left"
                    : "1 day: ranked \(rank) of \(scored.count), within the \(format(days)) days"
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
                targetedReason = "selected: evidences own funds and capacity; \(ordinal(chosen)) of the eligible by savings potential and impact"
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
