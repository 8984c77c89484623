public import WorkbenchCore

/// Everything a Green Book appraisal of one option (a schedule, or several summed) produces: the discounted
/// cash-flow table, the headline figures, switching values and a sensitivity table. Figures are derived from the
/// schedules' own (sourced) figures by the methods named in `method`.
public struct AppraisalResult: Hashable, Sendable, Codable {
    /// What was appraised.
    public var title: String
    /// The calculators or cases the schedules came from.
    public var origins: [String]
    /// Financial year of year 0.
    public var baseYear: FinancialYear
    /// Years after year 0 appraised.
    public var years: Int
    /// The discount schedule used.
    public var schedule: DiscountSchedule
    /// Which rates applied over these years, in words.
    public var scheduleSummary: String
    /// The optimism-bias uplift applied to each schedule.
    public var optimismBias: [OptimismBiasApplied]
    /// The discounted cash-flow table, years 0…`years`.
    public var rows: [AppraisalYear]
    /// Net present value: PV of savings − PV of costs.
    public var netPresentValue: Money
    /// Net present cost: PV of all costs (one-off and recurring, after optimism bias).
    public var netPresentCost: Money
    /// PV of savings.
    public var presentValueOfSavings: Money
    /// Simple payback in years, or nil when the cumulative net flow never reaches zero.
    public var simplePayback: Double?
    /// Discounted payback in years, or nil.
    public var discountedPayback: Double?
    /// Every real internal rate of return of the net flows.
    public var internalRateOfReturn: InternalRateOfReturn
    /// PV of savings / PV of costs, or nil when there are no costs.
    public var benefitCostRatio: Double?
    /// The net present cost as a level annual amount over years 1…`years`.
    public var equivalentAnnualCost: Money?
    /// Switching values of the uncertain inputs, in the sensitivity table's order.
    public var switchingValues: [SwitchingValue]
    /// One-at-a-time sensitivity, sorted by swing, largest first.
    public var sensitivity: [SensitivityRow]
    /// Remarks: the schedules' own notes and anything the appraisal adjusted or could not compute.
    public var notes: [String]

    /// The undiscounted net flows, years 0…`years`.
    public var netFlows: [Double] { rows.map(\.net.pounds) }

    /// How the figures were computed, for reports and provenance.
    public static let method =
        "Green Book discounting [S53][S54]: PV = flow × D(t), D(0) = 1; optimism bias by Table 2 [S55]; payback "
        + "interpolated within the crossing year; IRR = every real root of NPV(r) = 0; BCR = PV savings / PV costs; "
        + "EAC = NPC / Σ D(1…n); switching value m* = 1 − NPV / PV(input)."

    /// The provenance of the appraisal's figures.
    public var provenance: Provenance { .derived("S53", "S54", "S55", method: Self.method) }
}
