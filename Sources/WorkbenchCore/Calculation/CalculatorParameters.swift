/// Builders for the parameters calculators share: the horizon, the start, the ramp-up, a figure read from each
/// borough's profile, and the library count. A module gives the sourced defaults (its evidence); the kit gives the
/// ids, labels and valid ranges, so every calculator names them alike.
public enum CalculatorParameters {
    /// `--years`: the appraisal horizon; by default the workspace's `horizonYears`.
    public static let years = CalculatorParameter(
        .years, label: "Years after year 0 the schedule covers (default: the workspace's horizon)",
        unit: .years, defaultValue: nil, valid: 1...60)

    /// `--start-year`: the appraisal year in which the change starts (0 is the price base year), with its default.
    public static func startYear(_ value: Sourced<Double>) -> CalculatorParameter {
        CalculatorParameter(
            .startYear, label: "Appraisal year the change starts (0 = the price base year)", unit: .years,
            defaultValue: value, valid: 0...30)
    }

    /// `--ramp-up-years`: years until the full saving arrives (1 = full saving in the first year).
    public static func rampUp(_ value: Sourced<Double>) -> CalculatorParameter {
        CalculatorParameter(
            .rampUpYears, label: "Years until the full saving arrives (1 = at once)", unit: .years,
            defaultValue: value, valid: 1...10)
    }

    /// A figure taken from each borough's profile unless given (for a group, the group's total).
    public static func figure(_ key: ProfileFigure.Key, label: String, unit: ParameterUnit) -> CalculatorParameter {
        CalculatorParameter(
            ParameterKey(figure: key),
            label: label + " (default: the profile's `\(key.rawValue)` figure; for a group, the total)",
            unit: unit, defaultValue: nil, valid: 0...1_000_000_000)
    }

    /// `--libraries`: how many libraries, by default the profile's April 2010 statutory count [S71].
    public static let libraries = CalculatorParameter(
        .libraries, label: "Libraries (default: the profile's April 2010 statutory count [S71]; for a group, the total)",
        unit: .count, defaultValue: nil, valid: 0...500)

    /// The parameters a calculator built on `StandardCalculation` ends with: start, ramp-up and horizon.
    public static func timing(startYear start: Sourced<Double>, rampUp value: Sourced<Double>) -> [CalculatorParameter] {
        [startYear(start), rampUp(value), years]
    }
}
