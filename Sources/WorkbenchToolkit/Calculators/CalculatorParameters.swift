public import WorkbenchCore

/// Builders for the parameters every standard calculator shares (horizon, start, ramp-up) and for parameters whose
/// default and range come from `CalculatorEvidence`.
public enum CalculatorParameters {
    /// `--years`: the appraisal horizon; by default the workspace's `horizonYears`.
    public static let years = CalculatorParameter(
        id: "years", label: "Years after year 0 the schedule covers (default: the workspace's horizon)",
        unit: .years, defaultValue: nil, valid: 1...60)

    /// `--start-year`: the appraisal year in which the change starts (0 is the price base year).
    public static let startYear = CalculatorParameter(
        id: "start-year", label: "Appraisal year the change starts (0 = the price base year)", unit: .years,
        defaultValue: CalculatorEvidence.startYear, valid: 0...30)

    /// `--ramp-up-years`: years until the full saving arrives (1 = full saving in the first year).
    public static func rampUp(_ value: Sourced<Double>) -> CalculatorParameter {
        CalculatorParameter(
            id: "ramp-up-years", label: "Years until the full saving arrives (1 = at once)", unit: .years,
            defaultValue: value, valid: 1...10)
    }

    /// A figure taken from each borough's profile unless given (for a group, the group's total).
    public static func figure(_ key: ProfileFigure.Key, label: String, unit: ParameterUnit) -> CalculatorParameter {
        CalculatorParameter(
            id: key.rawValue, label: label + " (default: the profile's `\(key.rawValue)` figure; for a group, the total)",
            unit: unit, defaultValue: nil, valid: 0...1_000_000_000)
    }

    /// `--libraries`: how many libraries, by default the profile's April 2010 statutory count [S71].
    public static let libraries = CalculatorParameter(
        id: "libraries", label: "Libraries (default: the profile's April 2010 statutory count [S71]; for a group, the total)",
        unit: .count, defaultValue: nil, valid: 0...500)

    /// `--transition-cost-share`: one-off transition cost as a share of a year's saving.
    public static let transitionCostShare = CalculatorParameter(
        id: "transition-cost-share", label: "One-off transition cost as a share of a year's full saving",
        unit: .fraction, defaultValue: CalculatorEvidence.transitionCostShare, range: 0.25...1.0, valid: 0...5)

    /// The parameters every standard calculator ends with.
    public static func timing(rampUp value: Sourced<Double>) -> [CalculatorParameter] {
        [startYear, rampUp(value), years]
    }
}
