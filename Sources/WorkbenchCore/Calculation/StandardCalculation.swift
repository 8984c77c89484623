/// What a calculator does around its own arithmetic: resolve and check the parameters, lay out the years, and
/// finish the schedule with its title, base year, category and notes (including its savings range).
///
/// A calculator makes one in `schedule(for:parameters:)`, reads its parameters by key, adds lines to `builder` and
/// returns `schedule(title:category:categoryReason:)`:
///
/// ```swift
/// var calc = try StandardCalculation(Self.descriptor, inputs: inputs, overrides: parameters)
/// let cost = try calc.sourced(.runningCostPerLibrary)
/// calc.builder.saving("Branch closed", full: cost.value, uncertainty: try calc.uncertainty(.runningCostPerLibrary), cost.provenance)
/// return calc.schedule(title: "Closure", category: nil, categoryReason: "no capital works")
/// ```
///
/// The descriptor must end with `CalculatorParameters.timing(startYear:rampUp:)`.
public struct StandardCalculation: Sendable {
    /// The checked parameters.
    public let parameters: ResolvedParameters
    /// The year layout, to which the calculator adds its lines.
    public var builder: ScheduleBuilder
    /// The subject's inputs.
    public let inputs: SubjectInputs
    /// Notes gathered while costing, printed after the timing, range and optimism-bias notes.
    public var notes: [String] = []

    /// Resolves the parameters (defaults in pounds restated in the workspace's price base year) and the years.
    ///
    /// - Throws: `missingFigure` for a subject without a profile; `invalidArgument` for an override that is unknown
    ///   or out of range, or a start outside the horizon.
    public init(_ descriptor: CalculatorDescriptor, inputs: SubjectInputs, overrides: ParameterValues) throws {
        guard !inputs.profiles.isEmpty else {
            throw WorkbenchError(
                .missingFigure, "The subject '\(inputs.subject)' has no borough profile to cost.",
                hint: "Name a borough the workbench knows (see `boroughs`).")
        }
        parameters = try ResolvedParameters(descriptor, overrides, priceBase: inputs.assumptions.priceBaseYear)
        builder = try ScheduleBuilder(parameters, assumptions: inputs.assumptions)
        self.inputs = inputs
    }

    /// The value of a declared parameter (override or default).
    ///
    /// - Throws: `internal` for a key the descriptor does not declare or a parameter without a default.
    public func value(_ key: ParameterKey) throws -> Double { try parameters.value(key) }
    /// The sourced value of a declared parameter.
    ///
    /// - Throws: `internal` for a key the descriptor does not declare or a parameter without a default.
    public func sourced(_ key: ParameterKey) throws -> Sourced<Double> { try parameters.sourced(key) }
    /// The uncertainty of a line proportional to a declared parameter.
    ///
    /// - Throws: `internal` for a key the descriptor does not declare.
    public func uncertainty(_ key: ParameterKey) throws -> LineUncertainty? { try parameters.uncertainty(key) }

    /// The finished schedule, with the timing and the savings range as its first notes. The category's reason is
    /// kept on the schedule (`optimismBiasReason`) when a category applies, so that an appraisal shows it with the
    /// uplift; `basis` says where the choice of category comes from.
    public func schedule(
        title: String, category: OptimismBiasCategory?, categoryReason: String,
        basis: String = "the domain reference's suggested mapping, not a source"
    ) -> CashFlowSchedule {
        let base = inputs.assumptions.priceBaseYear
        var schedule = CashFlowSchedule(
            title: "\(title) for \(inputs.subject)", origin: parameters.descriptor.id.rawValue, baseYear: base,
            horizon: builder.horizon, lines: builder.lines, optimismBias: category,
            optimismBiasReason: category == nil ? nil : categoryReason)
        let startYear = base.advanced(by: builder.start)
        var head = [
            "Starts in \(startYear) (appraisal year \(builder.start)); full saving after \(builder.rampUpYears) "
                + "year\(builder.rampUpYears == 1 ? "" : "s"); prices of \(base).",
            "Full-year saving " + SavingsRange(schedule).description + ".",
        ]
        if let category {
            head.append("Optimism bias: \(category.rawValue) (\(categoryReason); \(basis)).")
        } else {
            head.append("Optimism bias: none (\(categoryReason)).")
        }
        schedule.notes = head + notes
        return schedule
    }
}
