import WorkbenchCore
import WorkbenchWorkspace

extension CommandContext {
    /// A calculator's parameters: the workspace's overrides from `inputs/parameters.json`
    /// (`{"shared-service": {"cost-per-post": 25000}}`), then the ones typed on the command line, which win.
    /// - Throws: an `invalidFile` error naming the file and field for an unknown calculator or parameter or a value
    ///   outside the parameter's valid range.
    func parameters(for calculator: any SavingsCalculator, overriding typed: ParameterValues) throws -> ParameterValues {
        guard let overrides = try workspace.parameterOverrides() else { return typed }
        let file = ParameterOverrides.path
        let descriptor = calculator.descriptor
        let calculatorID = descriptor.id.rawValue
        var values = ParameterValues()
        for (name, value) in overrides.values(for: calculatorID) {
            guard descriptor.parameters.contains(where: { $0.id == name }) else {
                throw WorkbenchError(
                    .invalidFile, "The calculator '\(calculatorID)' has no parameter '\(name)'."
                        + Suggestions.didYouMean(name, in: descriptor.parameters.map(\.id)),
                    hint: "See 'calculators \(calculatorID)' for its parameters.",
                    location: .init(file: file, field: "\(calculatorID).\(name)"))
            }
            values[name] = value
        }
        do {
            try registry.checkParameters(values, for: calculator)
        } catch var error as WorkbenchError {
            error.location = .init(file: file, field: descriptor.id.rawValue)
            throw error
        }
        for (name, value) in typed.values { values[name] = value }
        return values
    }
}
