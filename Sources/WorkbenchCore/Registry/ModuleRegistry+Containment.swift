/// Containment of module code: every call into a module's calculator, evaluator or options framework goes through
/// these methods, so an error thrown inside a module is reported as that module's error (any other error becomes a
/// `module` error naming the module and the component), and a schedule with NaN or an infinity is refused with the
/// inputs that produced it instead of being printed as a number.
extension ModuleRegistry {
    /// The module that registered a calculator, evaluator or framework, by its id.
    func module(ofCalculator id: CalculatorID) -> ModuleID? { calculators[id]?.module }

    /// Runs module code, tagging what it throws with the module.
    static func contained<T>(module: ModuleID?, component: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch var error as WorkbenchError {
            if error.module == nil { error.module = module?.rawValue }
            throw error
        } catch {
            throw WorkbenchError(
                .module, "The module '\(module?.rawValue ?? "unknown")' failed in \(component): \(error).",
                hint: "This is a fault in that module; the session goes on.", module: module?.rawValue, cause: "\(error)")
        }
    }

    /// A calculator's schedule, contained, and checked for non-finite amounts.
    public func schedule(
        _ calculator: any SavingsCalculator, for inputs: SubjectInputs, parameters: ParameterValues
    ) throws -> CashFlowSchedule {
        let id = calculator.descriptor.id
        let module = module(ofCalculator: id)
        let schedule = try Self.contained(module: module, component: "the calculator '\(id)'") {
            try calculator.schedule(for: inputs, parameters: parameters)
        }
        for line in schedule.lines {
            for (year, amount) in line.amounts.enumerated() where !amount.isFinite {
                let given = parameters.values.sorted { $0.key < $1.key }.map { "--\($0.key) \($0.value)" }
                throw WorkbenchError(
                    .numeric,
                    "The calculator '\(id)' produced \(amount) for '\(line.label)' in year \(year), for the subject "
                        + "'\(inputs.subject)'" + (given.isEmpty ? " with its default parameters." : " with \(given.joined(separator: " ")).")
                        + " No figure is shown.",
                    hint: "Check the inputs above; a zero divisor or a missing figure is the usual cause.",
                    module: module?.rawValue)
            }
        }
        return schedule
    }

    /// An evaluator's evaluation, contained.
    public func evaluate(
        _ evaluator: any CaseStudyEvaluator, _ caseStudy: CaseStudy, partners: [BoroughProfile]
    ) throws -> CaseEvaluation {
        let id = evaluator.descriptor.id
        return try Self.contained(module: evaluators[id]?.module, component: "the evaluator '\(id)'") {
            try evaluator.evaluate(caseStudy, partners: partners)
        }
    }

    /// An options framework's appraisal, contained; an untagged error from a borough's rule is reported as the
    /// framework module's.
    public func appraise(
        _ framework: any OptionsFramework, _ inputs: FrameworkInputs, rules: [any OptionsRule]
    ) throws -> OptionsAppraisal {
        let id = framework.descriptor.id
        let module = frameworks.first { $0.framework.descriptor.id == id }?.module
        return try Self.contained(module: module, component: "the options framework '\(id)'") {
            try framework.appraise(inputs, rules: rules)
        }
    }
}
