/// Checking a calculator's parameters as the module that registered it: the calculation kit's errors carry no
/// module, and these methods name the registering module in them (`[toolkit] The value '-2' is invalid for …`), as
/// `schedule(_:for:parameters:)` does for the schedule itself.
extension ModuleRegistry {
    /// Checks overrides against a calculator's descriptor.
    ///
    /// - Throws: `invalidArgument` naming the parameter and the module that registered the calculator.
    public func checkParameters(_ values: ParameterValues, for calculator: any SavingsCalculator) throws {
        let id = calculator.descriptor.id
        try Self.contained(module: module(ofCalculator: id), component: "the calculator '\(id)'") {
            try CalculatorParameterCheck.validate(values, for: calculator.descriptor)
        }
    }

    /// Reads the text typed for one of a calculator's parameters.
    ///
    /// - Throws: `invalidArgument` quoting the text and naming the parameter and the module.
    public func parseParameter(
        _ text: String, for parameter: CalculatorParameter, of calculator: any SavingsCalculator
    ) throws -> Double {
        let id = calculator.descriptor.id
        return try Self.contained(module: module(ofCalculator: id), component: "the calculator '\(id)'") {
            try CalculatorParameterCheck.parse(text, for: parameter)
        }
    }
}
