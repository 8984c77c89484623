import WorkbenchCore

/// What every standard calculator does around its own arithmetic: resolve and check the parameters, lay out the
/// years, and finish the schedule with its title, base year, category and notes (including its savings range).
struct StandardCalculation {
    /// The checked parameters.
    let parameters: ResolvedParameters
    /// The year layout.
    var builder: ScheduleBuilder
    /// The subject's inputs.
    let inputs: SubjectInputs
    /// Notes gathered while costing.
    var notes: [String] = []

    /// Resolves the parameters and the years.
    init(_ descriptor: CalculatorDescriptor, inputs: SubjectInputs, overrides: ParameterValues) throws {
        guard !inputs.profiles.isEmpty else {
            throw WorkbenchError(
                .missingFigure, "The subject '\(inputs.subject)' has no borough profile to cost.",
                hint: "Name a borough the workbench knows (see `boroughs`).", module: "toolkit")
        }
        parameters = try ResolvedParameters(descriptor, overrides)
        builder = try ScheduleBuilder(parameters, assumptions: inputs.assumptions)
        self.inputs = inputs
    }

    /// The value of a parameter (override or default).
    func value(_ id: String) -> Double { parameters.value(id) }
    /// The sourced value of a parameter.
    func sourced(_ id: String) -> Sourced<Double> { parameters.sourced(id) }
    /// The uncertainty of a line proportional to a parameter.
    func uncertainty(_ id: String) -> LineUncertainty? { parameters.uncertainty(id) }

    /// The finished schedule, with the timing and the savings range as its first notes.
    func schedule(title: String, category: OptimismBiasCategory?, categoryReason: String) -> CashFlowSchedule {
        let base = inputs.assumptions.priceBaseYear
        var schedule = CashFlowSchedule(
            title: "\(title) for \(inputs.subject)", origin: parameters.descriptor.id.rawValue, baseYear: base,
            horizon: builder.horizon, lines: builder.lines, optimismBias: category)
        let startYear = base.advanced(by: builder.start)
        var head = [
            "Starts in \(startYear) (appraisal year \(builder.start)); full saving after \(builder.rampUpYears) "
                + "year\(builder.rampUpYears == 1 ? "" : "s"); prices of \(base).",
            "Full-year saving " + SavingsRange(schedule).description + ".",
        ]
        if let category {
            head.append("Optimism bias: \(category.rawValue) (\(categoryReason); the domain reference's suggested mapping, not a source).")
        } else {
            head.append("Optimism bias: none (\(categoryReason)).")
        }
        schedule.notes = head + notes
        return schedule
    }
}
