import WorkbenchAnalysis
import WorkbenchCore

extension AppraiseCommand {
    /// The options this appraisal covers with the schedules behind them, for a live workbook: one for a calculator or
    /// an option, each fully costed short-listed option for `shortlist`. Every figure comes from the one costing path
    /// (`CommandContext.costing`), so the workbook's cached values are the reply's. The baseline (no calculators) and
    /// options that cannot be fully costed are left out of the live sheets; their rows stay in the reply's tables.
    func workbookOptions(context: CommandContext) throws -> [AppraisalWorkbookOption] {
        let plan = try plan(context)
        switch plan.target {
        case .calculator(let id):
            let costing = try context.costing([id], inputs: inputs, typed: plan.values, options: options)
            return [AppraisalWorkbookOption(
                id: id.rawValue, description: id.rawValue, schedules: costing.schedules, result: costing.appraisal)]
        case .option(let option):
            guard !option.calculators.isEmpty else { return [] }
            let costing = try context.costing(
                option.calculators, title: "\(option.title) (\(option.id), \(inputs.subject))", inputs: inputs, typed: plan.values,
                options: options)
            return [AppraisalWorkbookOption(
                id: option.id.rawValue, description: option.calculators.map(\.rawValue).joined(separator: " + "),
                schedules: costing.schedules, result: costing.appraisal)]
        case .shortList(let list):
            return list.compactMap { option in
                guard !option.calculators.isEmpty,
                    case .costed(let costing)? = try? costing(option.calculators, title: option.title, plan: plan, context: context)
                else { return nil }
                return AppraisalWorkbookOption(
                    id: option.id.rawValue, description: option.calculators.map(\.rawValue).joined(separator: " + "),
                    schedules: costing.schedules, result: costing.appraisal)
            }
        }
    }
}
