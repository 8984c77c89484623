/// How an uncertain quantity is spread, for sensitivity and simulation.
public enum DistributionShape: String, Hashable, Sendable, Codable, CaseIterable {
    /// Triangular between low and high with its mode at the most likely value.
    case triangular
    /// Beta-PERT with the usual lambda of 4.
    case pert
    /// Uniform between low and high.
    case uniform
    /// Normal with the most likely value as mean and (high - low) / 3.29 as standard deviation (low and high as the
    /// 5th and 95th percentiles), truncated at zero.
    case normal
}

/// The uncertainty of a cash-flow line: multipliers of its base amounts.
public struct LineUncertainty: Hashable, Sendable, Codable {
    /// The uncertain input this represents (a calculator parameter's id), shared by lines that move together.
    public var input: String
    /// Multiplier at the low end (for example 0.7).
    public var low: Double
    /// Multiplier at the most likely value (normally 1).
    public var mostLikely: Double
    /// Multiplier at the high end (for example 1.35).
    public var high: Double
    /// The distribution between them.
    public var shape: DistributionShape
    /// Whether each year is drawn independently (true) or one draw applies to every year (false).
    public var independentByYear: Bool

    /// The JSON shape, a distribution as an object: `{"input": "cost-per-post", "kind": "triangular", "low": 0.86,
    /// "mode": 1, "high": 1.42, "independent_by_year": true}` (multipliers of the line's base amounts).
    private enum CodingKeys: String, CodingKey {
        case input, low, high
        case shape = "kind"
        case mostLikely = "mode"
        case independentByYear = "independent_by_year"
    }

    /// Makes an uncertainty; `low <= mostLikely <= high` is checked by the calculator that builds it.
    public init(
        input: String, low: Double, mostLikely: Double = 1, high: Double, shape: DistributionShape = .triangular,
        independentByYear: Bool = true
    ) {
        self.input = input
        self.low = low
        self.mostLikely = mostLikely
        self.high = high
        self.shape = shape
        self.independentByYear = independentByYear
    }
}

/// One line of a cash-flow schedule: amounts by appraisal year, all positive, with their meaning set by `kind`.
public struct CashFlowLine: Hashable, Sendable, Codable {
    /// Whether a line is a cost or a saving.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// A one-off (capital or transition) cost.
        case oneOffCost = "one-off-cost"
        /// A recurring cost.
        case recurringCost = "recurring-cost"
        /// A recurring saving.
        case saving

        /// Whether the line reduces the net flow.
        public var isCost: Bool { self != .saving }
    }

    /// A short label (`Tagging stock`).
    public var label: String
    /// Cost or saving.
    public var kind: Kind
    /// Amounts in pounds by appraisal year (index 0 is year 0), all zero or positive.
    public var amounts: [Double]
    /// How uncertain the amounts are, if at all.
    public var uncertainty: LineUncertainty?
    /// Where the amounts come from.
    public var provenance: Provenance

    /// Makes a line.
    public init(
        _ label: String, kind: Kind, amounts: [Double], uncertainty: LineUncertainty? = nil, provenance: Provenance
    ) {
        self.label = label
        self.kind = kind
        self.amounts = amounts
        self.uncertainty = uncertainty
        self.provenance = provenance
    }

    /// The signed amount in a year: negative for costs, positive for savings, zero beyond the line's length.
    public func signedAmount(year: Int) -> Double {
        guard year >= 0, year < amounts.count else { return 0 }
        return kind.isCost ? -amounts[year] : amounts[year]
    }
}

/// The optimism-bias categories of the HM Treasury supplementary guidance, Table 2 [S55].
public enum OptimismBiasCategory: String, Hashable, Sendable, Codable, CaseIterable {
    /// Standard buildings (refurbishment, co-location fit-out).
    case standardBuildings = "standard-buildings"
    /// Non-standard buildings (a new-build hub library).
    case nonStandardBuildings = "non-standard-buildings"
    /// Standard civil engineering.
    case standardCivilEngineering = "standard-civil-engineering"
    /// Non-standard civil engineering.
    case nonStandardCivilEngineering = "non-standard-civil-engineering"
    /// Equipment and development (RFID, library-management and IT roll-outs, new systems and structures).
    case equipmentDevelopment = "equipment-development"
    /// Outsourcing: the uplift applies to operating expenditure.
    case outsourcing
}

/// A yearly cash-flow schedule: what a savings calculator produces and what appraisal consumes.
/// Year 0 is the price base year and is never discounted.
public struct CashFlowSchedule: Hashable, Sendable, Codable {
    /// What the schedule costs (`Shared management and back office for bexley+bromley`).
    public var title: String
    /// The calculator or case that made it.
    public var origin: String
    /// The financial year of year 0.
    public var baseYear: FinancialYear
    /// Number of years after year 0 (the schedule covers years 0…horizon).
    public var horizon: Int
    /// The lines.
    public var lines: [CashFlowLine]
    /// The optimism-bias category for its costs, or nil when none applies.
    public var optimismBias: OptimismBiasCategory?
    /// Why the category was chosen (or why none applies), shown where an appraisal shows the category; nil when
    /// the maker gave no reason.
    public var optimismBiasReason: String?
    /// Remarks to show with the schedule (assumptions used, figures missing).
    public var notes: [String]

    /// Makes a schedule.
    public init(
        title: String, origin: String, baseYear: FinancialYear, horizon: Int, lines: [CashFlowLine],
        optimismBias: OptimismBiasCategory?, optimismBiasReason: String? = nil, notes: [String] = []
    ) {
        self.title = title
        self.origin = origin
        self.baseYear = baseYear
        self.horizon = horizon
        self.lines = lines
        self.optimismBias = optimismBias
        self.optimismBiasReason = optimismBiasReason
        self.notes = notes
    }

    /// Net flow by year (savings minus costs), years 0…horizon.
    public var netFlows: [Double] {
        (0...max(horizon, 0)).map { year in lines.reduce(0) { $0 + $1.signedAmount(year: year) } }
    }

    /// Total of lines of one kind by year, years 0…horizon.
    public func totals(of kind: CashFlowLine.Kind) -> [Double] {
        (0...max(horizon, 0)).map { year in
            lines.filter { $0.kind == kind }.reduce(0) { $0 + (year < $1.amounts.count ? $1.amounts[year] : 0) }
        }
    }
}
