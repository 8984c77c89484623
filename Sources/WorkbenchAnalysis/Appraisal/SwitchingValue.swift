public import WorkbenchCore

/// How far one uncertain input must move, all else at base, for the NPV to reach zero and the decision to turn.
///
/// NPV is linear in a multiplier m applied to the input's lines: NPV(m) = NPV − PV + m × PV, where PV is the signed
/// present value of those lines at base (savings positive, costs negative). So the switching value is
/// m* = 1 − NPV / PV, a change of (m* − 1) × 100% from base. There is none when PV is zero, or when m* would be
/// negative (the NPV keeps its sign even with the input at zero).
public struct SwitchingValue: Hashable, Sendable, Codable {
    /// The uncertain input (a calculator parameter's id).
    public var input: String
    /// The lines it moves.
    public var lines: [String]
    /// The signed present value of those lines at base.
    public var presentValue: Money
    /// The input's stated low and high multipliers.
    public var low: Double
    /// The input's stated high multiplier.
    public var high: Double
    /// The multiplier of the input's base amounts at which NPV = 0, or nil.
    public var multiplier: Double?
    /// The change from base in per cent ((m* − 1) × 100), or nil.
    public var changePercent: Double?
    /// Why there is no switching value, when there is none.
    public var reason: String?

    /// Makes a switching value.
    public init(
        input: String, lines: [String], presentValue: Money, low: Double, high: Double, multiplier: Double?,
        changePercent: Double?, reason: String?
    ) {
        self.input = input
        self.lines = lines
        self.presentValue = presentValue
        self.low = low
        self.high = high
        self.multiplier = multiplier
        self.changePercent = changePercent
        self.reason = reason
    }

    /// Whether the switching value lies inside the input's stated range, so the decision could turn within it.
    public var withinRange: Bool {
        guard let multiplier else { return false }
        return multiplier >= low && multiplier <= high
    }

    /// Computes the switching value of an input from the base NPV and the input's present value.
    public static func compute(
        input: String, lines: [String], presentValue: Double, netPresentValue: Double, low: Double, high: Double
    ) -> SwitchingValue {
        func make(_ multiplier: Double?, _ reason: String?) -> SwitchingValue {
            SwitchingValue(
                input: input, lines: lines, presentValue: Money(pounds: presentValue), low: low, high: high,
                multiplier: multiplier, changePercent: multiplier.map { ($0 - 1) * 100 }, reason: reason)
        }
        guard presentValue != 0 else {
            return make(nil, "Its lines have no value within the horizon, so moving it cannot change the NPV.")
        }
        let multiplier = 1 - netPresentValue / presentValue
        guard multiplier >= 0 else {
            let sign = netPresentValue > 0 ? "positive" : "negative"
            let what = presentValue > 0 ? "saving" : "cost"
            return make(nil, "The NPV stays \(sign) even if this \(what) falls to zero.")
        }
        return make(multiplier, nil)
    }
}
