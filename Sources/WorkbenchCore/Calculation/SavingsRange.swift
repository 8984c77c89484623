/// The full-year saving a schedule reports, at the low, most likely and high ends of its uncertain inputs: each
/// saving line scaled by its uncertainty's multipliers (lines without one stay as they are), totalled in the
/// schedule's last year, when the ramp-up is complete and one-off receipts are past.
public struct SavingsRange: Hashable, Sendable, CustomStringConvertible {
    /// Full-year saving with every uncertain input at its low end (£ a year).
    public var low: Double
    /// Full-year saving at the most likely values (£ a year).
    public var mostLikely: Double
    /// Full-year saving with every uncertain input at its high end (£ a year).
    public var high: Double

    /// Makes a range.
    public init(low: Double, mostLikely: Double, high: Double) {
        self.low = low
        self.mostLikely = mostLikely
        self.high = high
    }

    /// The range of a schedule's recurring savings, all of them or only the lines whose label contains `matching`.
    public init(_ schedule: CashFlowSchedule, matching: String? = nil) {
        let lines = schedule.lines.filter { $0.kind == .saving && (matching.map($0.label.contains) ?? true) }
        let year = schedule.horizon
        func total(_ multiplier: (LineUncertainty) -> Double) -> Double {
            lines.reduce(0.0) { sum, line in
                let amount = year >= 0 && year < line.amounts.count ? line.amounts[year] : 0
                return sum + amount * (line.uncertainty.map(multiplier) ?? 1)
            }
        }
        self.init(low: total(\.low), mostLikely: total(\.mostLikely), high: total(\.high))
    }

    /// Whether an amount lies within the range, ends included.
    public func contains(_ amount: Double) -> Bool { low <= amount && amount <= high }

    /// `£770k a year (range £665k–£1.09m)`.
    public var description: String {
        "\(MoneyFormat.compact(mostLikely)) a year (range \(MoneyFormat.compact(low))–\(MoneyFormat.compact(high)))"
    }
}
