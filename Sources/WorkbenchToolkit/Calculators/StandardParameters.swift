public import WorkbenchCore

/// The toolkit's parameters shared by several standard calculators, declared once with their evidence-backed
/// defaults from `CalculatorEvidence`; the ids, labels and valid ranges of the generic ones come from the core's
/// `CalculatorParameters`.
public enum StandardParameters {
    /// `--running-cost-per-library`: the running cost of one branch a year, £94k [S34], range Enfield's £71k in 2024
    /// prices, £49k in 2010/11 prices [S37][S82], to Chalk Farm's £130k [S25]. One declaration for every calculator that costs whole branches.
    public static let runningCostPerLibrary = CalculatorParameter(
        .runningCostPerLibrary,
        label: "Running cost of a branch (£ a year); range Enfield £49k (£71k in 2024 prices, GDP deflator) [S37][S82] to Chalk Farm £130k [S25]; estimate", unit: .poundsEach,
        defaultValue: CalculatorEvidence.branchRunningCost,
        range: CalculatorEvidence.branchRunningCostLow.value...CalculatorEvidence.branchRunningCostHigh.value,
        valid: 0...2_000_000)

    /// `--transition-cost-share`: one-off transition cost as a share of a year's saving.
    public static let transitionCostShare = CalculatorParameter(
        .transitionCostShare, label: "One-off transition cost as a share of a year's full saving",
        unit: .fraction, defaultValue: CalculatorEvidence.transitionCostShare, range: 0.25...1.0, valid: 0...5)

    /// `--cost-per-staff-hour`: £31.25k per FTE [S36] over 1,924 paid hours, range to 1,650 productive hours. One
    /// declaration for every calculator that costs staff hours.
    public static let costPerStaffHour = CalculatorParameter(
        .costPerStaffHour,
        label: "Cost of a staff hour (£); range £31.25k [S36] over 1,924 paid to 1,650 productive hours",
        unit: .poundsEach, defaultValue: CalculatorEvidence.costPerStaffHour,
        range: CalculatorEvidence.costPerStaffHour.value...CalculatorEvidence.costPerStaffHourHigh.value,
        valid: 0...1_000)

    /// `--open-weeks`: weeks a library opens in a year.
    public static let openWeeks = CalculatorParameter(
        .openWeeks, label: "Weeks open a year", unit: .count, defaultValue: CalculatorEvidence.openWeeks, valid: 1...53)

    /// The parameters every standard calculator ends with: start (appraisal year 1, the time Bexley and Bromley took
    /// from approval to start [S13][S14]), its own ramp-up, and the horizon.
    public static func timing(rampUp value: Sourced<Double>) -> [CalculatorParameter] {
        CalculatorParameters.timing(startYear: CalculatorEvidence.startYear, rampUp: value)
    }
}
