public import WorkbenchCore

/// One row of a one-at-a-time sensitivity table: the NPV with one uncertain input at its low and at its high
/// multiplier, every other input at base.
public struct SensitivityRow: Hashable, Sendable, Codable {
    /// The uncertain input.
    public var input: String
    /// Its low multiplier.
    public var low: Double
    /// Its high multiplier.
    public var high: Double
    /// The NPV with the input at its low multiplier.
    public var npvAtLow: Money
    /// The NPV with the input at its high multiplier.
    public var npvAtHigh: Money
    /// |NPV at high − NPV at low|: how much the input matters.
    public var swing: Money

    /// Makes a row; the swing is computed.
    public init(input: String, low: Double, high: Double, npvAtLow: Money, npvAtHigh: Money) {
        self.input = input
        self.low = low
        self.high = high
        self.npvAtLow = npvAtLow
        self.npvAtHigh = npvAtHigh
        self.swing = Money(pounds: Swift.abs(npvAtHigh.pounds - npvAtLow.pounds))
    }

    /// Whether the NPV changes sign across the input's range.
    public var turnsDecision: Bool { (npvAtLow.pounds < 0) != (npvAtHigh.pounds < 0) }
}
