import WorkbenchAnalysis
import WorkbenchCore
import WorkbenchReports

extension AppraiseCommand {
    /// The options this appraisal covers with the schedules behind them, for a live workbook: one for a calculator or
    /// an option, each appraisable short-listed option for `shortlist`. The baseline (no calculators) and options that
    /// cannot be appraised are left out; their rows stay in the reply's tables.
    func workbookOptions(context: CommandContext) throws -> [AppraisalWorkbookOption] {
        switch target {
        case .calculator(let id):
            let schedules = [try schedule(id, context: context)]
            let result = try Appraisal.appraise(schedules[0], assumptions: inputs.assumptions, options: options)
            return [AppraisalWorkbookOption(id: id.rawValue, description: id.rawValue, schedules: schedules, result: result)]
        case .option(let option):
            guard !option.calculators.isEmpty else { return [] }
            let schedules = try option.calculators.map { try schedule($0, context: context) }
            let result = try Appraisal.appraise(
                schedules, title: "\(option.title) (\(option.id), \(inputs.subject))", assumptions: inputs.assumptions, options: options)
            return [AppraisalWorkbookOption(
                id: option.id.rawValue, description: option.calculators.map(\.rawValue).joined(separator: " + "),
                schedules: schedules, result: result)]
        case .shortList(let list):
            return list.compactMap { option in
                guard !option.calculators.isEmpty,
                    let schedules = try? option.calculators.map({ try schedule($0, context: context) }),
                    let result = try? Appraisal.appraise(schedules, title: option.title, assumptions: inputs.assumptions, options: options)
                else { return nil }
                return AppraisalWorkbookOption(
                    id: option.id.rawValue, description: option.calculators.map(\.rawValue).joined(separator: " + "),
                    schedules: schedules, result: result)
            }
        }
    }
}
