import WorkbenchCore
import WorkbenchWorkspace

extension CommandContext {
    /// A calculator's parameters for a subject: the workspace's overrides from `inputs/parameters.json` scoped to
    /// `"all"`, then those scoped to exactly this subject (`"merton"`, `"bexley+bromley"`), then the ones typed on the
    /// command line, each winning over the one before. An override scoped to another authority never applies.
    /// - Throws: an `invalidFile` error naming the file, line and field for an unknown calculator or parameter or a
    ///   value outside the parameter's valid range, and for the old unscoped form of the file.
    func parameters(
        for calculator: any SavingsCalculator, subject: Subject, overriding typed: ParameterValues
    ) throws -> ParameterValues {
        guard let overrides = try workspace.parameterOverrides() else { return typed }
        let file = ParameterOverrides.path
        let descriptor = calculator.descriptor
        let calculatorID = descriptor.id.rawValue
        var values = ParameterValues()
        var last: ParameterOverrides.Entry?
        for entry in overrides.entries(for: calculatorID, subject: subject.description) {
            guard descriptor.parameters.contains(where: { $0.id == entry.parameter }) else {
                throw WorkbenchError(
                    .invalidFile, "The calculator '\(calculatorID)' has no parameter '\(entry.parameter)'."
                        + Suggestions.didYouMean(entry.parameter, in: descriptor.parameters.map(\.id)),
                    hint: "See 'calculators \(calculatorID)' for its parameters.",
                    location: .init(file: file, line: entry.line, field: entry.field))
            }
            values[entry.parameter] = entry.value
            last = entry
        }
        do {
            try registry.checkParameters(values, for: calculator)
        } catch var error as WorkbenchError {
            error.location = .init(file: file, line: last?.line, field: last.map { "\($0.scope).\(calculatorID)" } ?? calculatorID)
            throw error
        }
        for (name, value) in typed.values { values[name] = value }
        return values
    }
}
