public import WorkbenchCore

/// Chooses the preferred option from the costed short list, after costing, by a stated rule: the highest NPV among
/// the options that meet every critical success factor and have a positive NPV; ties go to the higher assessment
/// score. An option meets the factors when every choice it combines scores at least 1 (meets in part) on each of
/// them. Business as usual is the baseline (NPV £0), preferred only when no option has a positive NPV; an option
/// that could not be costed cannot be chosen.
public enum PreferredOptionRule {
    /// The rule in words, as replies state it.
    public static let statement =
        "Preferred after costing: the highest NPV among the costed options that meet every critical success factor "
        + "(each choice they combine scores at least 1 on each) and have a positive NPV; ties go to the higher "
        + "assessment score; business as usual if none has."

    /// One short-listed option as the rule sees it.
    public struct Candidate: Hashable, Sendable, Codable {
        /// The option.
        public var option: OptionID
        /// Its NPV after optimism bias, £; nil when it was not costed (or is the baseline).
        public var npv: Double?
        /// The factors some choice of it scores 0 on.
        public var failedFactors: [String]
        /// The summed assessment scores of its choices.
        public var score: Int

        /// Whether it meets every critical success factor.
        public var meetsFactors: Bool { failedFactors.isEmpty }

        /// Makes a candidate.
        public init(option: OptionID, npv: Double?, failedFactors: [String], score: Int) {
            self.option = option
            self.npv = npv
            self.failedFactors = failedFactors
            self.score = score
        }
    }

    /// The decision.
    public struct Decision: Hashable, Sendable, Codable {
        /// The option chosen (`business-as-usual` when no option qualifies).
        public var preferred: OptionID
        /// Why, in words.
        public var reason: String
        /// Every option as the rule saw it, in short-list order.
        public var candidates: [Candidate]
    }

    /// The candidates of a short list: each option's NPV (from `npv`, by option id), the factors it fails and its score.
    public static func candidates(
        _ appraisal: OptionsAppraisal, npv: [OptionID: Double]
    ) -> [Candidate] {
        let choices = Dictionary(appraisal.longList.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let factors = appraisal.successFactors.isEmpty ? CriticalSuccessFactor.standard.map(\.id) : appraisal.successFactors
        return appraisal.shortList.map { option in
            let combined = option.choices.compactMap { choices[$0] }
            var failed: [String] = []
            for factor in factors where combined.contains(where: { choice in
                choice.assessments.contains { $0.criterion == factor && $0.score == 0 }
            }) {
                failed.append(factor)
            }
            return Candidate(
                option: option.id, npv: option.role == .businessAsUsual ? nil : npv[option.id], failedFactors: failed,
                score: combined.reduce(0) { $0 + $1.totalScore })
        }
    }

    /// Applies the rule.
    public static func choose(_ candidates: [Candidate]) -> Decision {
        let eligible = candidates.filter { ($0.npv ?? 0) > 0 && $0.meetsFactors }
        guard let best = eligible.max(by: { ($0.npv!, $0.score) < ($1.npv!, $1.score) }) else {
            return Decision(
                preferred: "business-as-usual",
                reason: "No costed option meets every critical success factor with a positive NPV, so business as usual stays preferred.",
                candidates: candidates)
        }
        let left = candidates.filter { $0.option != best.option && $0.npv != nil }
        let reasons = left.map { other -> String in
            if !other.meetsFactors { return "\(other.option) fails \(other.failedFactors.joined(separator: ", "))" }
            if let npv = other.npv, npv <= 0 { return "\(other.option) has NPV \(MoneyFormat.compact(npv))" }
            return "\(other.option) NPV \(MoneyFormat.compact(other.npv ?? 0))"
        }
        return Decision(
            preferred: best.option,
            reason: "\(best.option) (NPV \(MoneyFormat.compact(best.npv ?? 0)), meets every critical success factor)"
                + (reasons.isEmpty ? "." : "; against " + reasons.joined(separator: "; ") + "."),
            candidates: candidates)
    }
}
