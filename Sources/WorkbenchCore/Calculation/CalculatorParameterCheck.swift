/// Checks a calculator's overrides before anything runs, as the calculators themselves do: an unknown parameter,
/// a value outside its valid range or a fractional count is an error naming the parameter, the value and the range.
///
/// Its errors carry no module; call it through `ModuleRegistry.checkParameters(_:for:)` and
/// `ModuleRegistry.parseParameter(_:for:of:)` to have them name the module that registered the calculator.
public enum CalculatorParameterCheck {
    /// Throws the first problem with the overrides.
    ///
    /// - Throws: `invalidArgument` naming the parameter, as `ResolvedParameters.init(_:_:)` does.
    public static func validate(_ values: ParameterValues, for descriptor: CalculatorDescriptor) throws {
        _ = try ResolvedParameters(descriptor, values)
    }

    /// Reads a typed value for a parameter through the one number reader, `NumberArgument`: `25000`, `25,000`,
    /// `£25,000`, `25k`, `1.2m`; for fractions `7.5%` as well as `0.075` (`Rate(argument:)`).
    ///
    /// - Throws: `invalidArgument` quoting the text and naming the parameter.
    public static func parse(_ text: String, for parameter: CalculatorParameter) throws -> Double {
        if parameter.unit == .fraction, let rate = Rate(argument: text) { return rate.fraction }
        if let number = NumberArgument(text), number.unit != .percent { return number.value }
        throw WorkbenchError(
            .invalidArgument,
            "The value '\(text)' is invalid for '--\(parameter.id)': expected a number"
                + (parameter.unit == .fraction ? " such as 7.5% or 0.075." : "."),
            hint: "'--\(parameter.id)' is \(parameter.label.prefix(1).lowercased() + parameter.label.dropFirst()).",
            location: .init(argument: "--" + parameter.id))
    }

    /// A value in a parameter's unit, for display: `£22,000`, `49.3%`, `39.0p`, `3`.
    public static func format(_ value: Double, _ unit: ParameterUnit) -> String { ResolvedParameters.format(value, unit) }
}
