/// How the delivery of a kind of option may slip, for simulation: a delay of its start, a stretch of its ramp-up and
/// a chance that it is not delivered within the horizon at all, each stated with its source or the method of its
/// estimate (planned against actual dates in the case studies where they give them).
///
/// What slips is the change itself: the savings and the recurring costs that come with it start `delay` years later
/// and reach their full amount `rampUpStretch` times as slowly; one-off costs fall as planned, since they are
/// committed when the decision is taken (a transition grant is paid, kit is bought). When the change is not
/// delivered, its savings and recurring costs never arrive and its one-off costs are sunk.
public struct DeliveryRisk: Hashable, Sendable, Codable {
    /// The kind of option in words (`community handover`).
    public var kind: String
    /// The delay of the start in years (low, most likely, high; zero for on time). The distribution's shape must be
    /// triangular or uniform.
    public var delay: LineUncertainty
    /// The multiplier of the time the savings take to reach their full amount (1 as planned; 2 twice as long).
    public var rampUpStretch: LineUncertainty
    /// The probability that the change is not delivered within the horizon (0 to 1).
    public var failure: Double
    /// Where the figures come from: sources and the method of the estimate.
    public var provenance: Provenance

    /// Makes a delivery risk; delays in years, stretches as multipliers.
    public init(
        kind: String, delayYears low: Double, mostLikely: Double, high: Double, rampUpStretch: ClosedRange<Double>,
        rampUpMostLikely: Double = 1, failure: Double = 0, provenance: Provenance
    ) {
        self.kind = kind
        delay = LineUncertainty(input: "delay", low: low, mostLikely: mostLikely, high: high, independentByYear: false)
        self.rampUpStretch = LineUncertainty(
            input: "ramp-up", low: rampUpStretch.lowerBound, mostLikely: rampUpMostLikely, high: rampUpStretch.upperBound,
            independentByYear: false)
        self.failure = failure
        self.provenance = provenance
    }

    /// Whether the risk changes anything: some delay, stretch or chance of failure.
    public var isEffective: Bool {
        delay.high > 0 || rampUpStretch.high > 1 || failure > 0
    }

    /// `community handover: start delayed 0–0–1 years (triangular), ramp-up × 1–1–2, not delivered 10%`.
    public var summary: String {
        func f(_ x: Double) -> String {
            var text = MoneyFormat.fixed(x, decimals: 2)
            while text.contains("."), text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
            return text
        }
        var text = "\(kind): start delayed \(f(delay.low))–\(f(delay.mostLikely))–\(f(delay.high)) years "
            + "(\(delay.shape.rawValue)), ramp-up × \(f(rampUpStretch.low))–\(f(rampUpStretch.mostLikely))–\(f(rampUpStretch.high))"
        if failure > 0 { text += ", not delivered within the horizon \(Rate(fraction: failure))" }
        return text
    }
}
