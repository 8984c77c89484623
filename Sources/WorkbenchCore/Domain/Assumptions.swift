/// How the appraisal treats optimism bias.
public enum OptimismBiasPolicy: Hashable, Sendable, Codable, CustomStringConvertible {
    /// Apply the category's upper bound, as the guidance says to at the start [S55].
    case upperBound
    /// Apply the upper bound reduced by the recorded mitigation, a fraction from 0 (none) to 1 (down to the lower bound).
    case mitigated(Double)
    /// Apply no optimism bias (for comparison with published, unadjusted figures only).
    case none

    /// `upper-bound`, `mitigated:0.4` or `none`.
    public var description: String {
        switch self {
        case .upperBound: return "upper-bound"
        case .mitigated(let fraction): return "mitigated:\(MoneyFormat.fixed(fraction, decimals: 2))"
        case .none: return "none"
        }
    }

    /// Parses `upper-bound`, `none` or `mitigated:F` with F from 0 to 1.
    public init?(argument: String) {
        let text = argument.trimmingWhitespace().lowercased()
        switch text {
        case "upper-bound", "upper": self = .upperBound
        case "none", "off": self = .none
        default:
            guard text.hasPrefix("mitigated:"), let value = Double(argument: String(text.dropFirst("mitigated:".count))),
                (0...1).contains(value)
            else { return nil }
            self = .mitigated(value)
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let policy = OptimismBiasPolicy(argument: text) else {
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription: "'\(text)' is not an optimism-bias policy: use upper-bound, none or mitigated:0.5.")
        }
        self = policy
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// The workspace's appraisal assumptions, passed read-only to every calculation.
public struct Assumptions: Hashable, Sendable, Codable {
    /// The real discount rate for years 0–30 (Green Book 3.5%) [S54].
    public var discountRate: Rate
    /// Whether years beyond 30 follow the Green Book's declining schedule [S53].
    public var decliningSchedule: Bool
    /// Appraisal horizon in years after year 0.
    public var horizonYears: Int
    /// The optimism-bias policy.
    public var optimismBias: OptimismBiasPolicy
    /// Seed for every simulation, so results are reproducible.
    public var randomSeed: UInt64
    /// Iterations for a simulation when none are given.
    public var iterations: Int
    /// The price base: the financial year whose prices all figures are in, and year 0 of appraisals.
    public var priceBaseYear: FinancialYear
    /// The decision date the workspace stands at, when set (`set as-at 2011-03-31`); nil means the end of the price
    /// base year. Read it through `asAtDate`.
    public var asAt: EvidenceDate?
    /// Whether a command was asked (`--hindsight`) to include evidence dated after the as-at date. Never saved: it
    /// belongs to one command, not to the workspace.
    public var hindsight: Bool = false

    /// The defaults of a new workspace: 3.5%, 10 years, upper-bound optimism bias, seed 2010, 2010/11 prices.
    public init(
        discountRate: Rate = .greenBookStandard, decliningSchedule: Bool = true, horizonYears: Int = 10,
        optimismBias: OptimismBiasPolicy = .upperBound, randomSeed: UInt64 = 2010, iterations: Int = 10_000,
        priceBaseYear: FinancialYear = FinancialYear(startYear: 2010)
    ) {
        self.discountRate = discountRate
        self.decliningSchedule = decliningSchedule
        self.horizonYears = horizonYears
        self.optimismBias = optimismBias
        self.randomSeed = randomSeed
        self.iterations = iterations
        self.priceBaseYear = priceBaseYear
    }

    private enum CodingKeys: String, CodingKey {
        case discountRate, decliningSchedule, horizonYears, optimismBias, randomSeed, iterations, priceBaseYear, asAt
    }
}
