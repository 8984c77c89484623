public import WorkbenchCore

/// What a simulation found for one option: the distribution of its NPV and of its simple payback year.
public struct SimulationSummary: Hashable, Sendable, Codable {
    /// Statistics of the simulated NPV.
    public struct NPV: Hashable, Sendable, Codable {
        /// The sample mean.
        public var mean: Money
        /// The sample standard deviation (divisor n − 1).
        public var standardDeviation: Money
        /// The 5th, 50th and 95th percentiles (type 7: linear interpolation between order statistics).
        public var p5: Money
        /// The median.
        public var p50: Money
        /// The 95th percentile.
        public var p95: Money
        /// The share of iterations with NPV below zero.
        public var probabilityBelowZero: Double
    }

    /// Statistics of the simple payback year, by the appraisal's own `Payback.period` (the first year the cumulative
    /// undiscounted net flow, having been below zero, reaches zero again, interpolated within the year; 0 when it is
    /// never below zero).
    public struct Payback: Hashable, Sendable, Codable {
        /// The mean over the iterations that pay back within the horizon; nil when none do.
        public var mean: Double?
        /// The standard deviation over those iterations; nil when fewer than two do.
        public var standardDeviation: Double?
        /// The 5th percentile over all iterations, counting "no payback" as later than any year; nil means no
        /// payback within the horizon at that percentile.
        public var p5: Double?
        /// The median, on the same terms.
        public var p50: Double?
        /// The 95th percentile, on the same terms.
        public var p95: Double?
        /// The share of iterations with no payback within the horizon.
        public var shareWithoutPayback: Double
    }

    /// The option's title.
    public var title: String
    /// Iterations run.
    public var iterations: Int
    /// The seed.
    public var seed: UInt64
    /// Years appraised after year 0.
    public var years: Int
    /// The NPV's distribution.
    public var npv: NPV
    /// The payback year's distribution.
    public var payback: Payback
    /// The exact mean NPV: NPV is linear in the multipliers, so it is the NPV at each multiplier's mean; when a
    /// schedule's delivery may slip, averaged over its delay and ramp-up by quadrature (`meanIsExact` false).
    public var exactMeanNPV: Money
    /// Whether `exactMeanNPV` is exact (no delivery risk) rather than by quadrature over the delivery draws.
    public var meanIsExact: Bool = true
    /// The delivery assumption of each schedule that may slip, in words with its source or method.
    public var delivery: [String] = []
    /// The NPV of the amounts as scheduled (every multiplier 1), as the deterministic appraisal reports it.
    public var baseNPV: Money
    /// Remarks: inputs drawn, shapes, anything treated specially.
    public var notes: [String]
    /// The simulated NPVs in equal-width bins from the smallest to the largest, for the distribution chart.
    public var npvBins: [Bin] = []

    /// One bin of the NPV distribution: NPVs from `lower` (inclusive) to `upper` (exclusive; the last bin includes its
    /// upper edge) and how many iterations fell there.
    public struct Bin: Hashable, Sendable, Codable {
        /// Lower edge, £.
        public var lower: Double
        /// Upper edge, £.
        public var upper: Double
        /// Iterations in the bin.
        public var count: Int
    }

    /// The number of bins the engine makes.
    public static let binCount = 30
}
