import WorkbenchCore
import WorkbenchToolkit

/// The shell's one door to the calculation kit (reading, checking and showing calculator parameters, and the range of
/// a schedule's savings), so that commands need not import the toolkit. Issue 13 moves the kit itself into the core;
/// this door then forwards to the core.
enum CalculationKit {
    /// A value typed for a parameter: plain numbers, and for fractions `7.5%` as well as `0.075`.
    /// - Throws: `invalidArgument` quoting the text and naming the parameter.
    static func parse(_ text: String, for parameter: CalculatorParameter) throws -> Double {
        try CalculatorParameterCheck.parse(text, for: parameter)
    }

    /// Checks parameter values against a calculator's declared parameters and their valid ranges.
    /// - Throws: `invalidArgument` naming the parameter, with "Did you mean" for an unknown one.
    static func validate(_ values: ParameterValues, for descriptor: CalculatorDescriptor) throws {
        try CalculatorParameterCheck.validate(values, for: descriptor)
    }

    /// A value in a parameter's unit, for display: `£22,000`, `49.3%`, `39.0p`, `3`.
    static func format(_ value: Double, _ unit: ParameterUnit) -> String { CalculatorParameterCheck.format(value, unit) }

    /// The full-year saving of a schedule at the low, most likely and high ends of its uncertain inputs (£ a year).
    static func savingsRange(_ schedule: CashFlowSchedule) -> (low: Double, mostLikely: Double, high: Double) {
        let range = SavingsRange(schedule)
        return (range.low, range.mostLikely, range.high)
    }
}
