public import WorkbenchAnalysis
import WorkbenchReports
public import WorkbenchCore

/// One appraised option as the workbook shows it: the cash-flow schedules as the calculators produced them (before
/// optimism bias) and the workbench's appraisal of them, which the workbook's formulas reproduce.
public struct AppraisalWorkbookOption: Sendable {
    /// A short id for sheet and defined names (`shared-service`).
    public var id: String
    /// How the option is described in the summary (`preferred`, the calculators summed).
    public var description: String
    /// The schedules appraised, before optimism bias, in the order the appraisal took them.
    public var schedules: [CashFlowSchedule]
    /// The workbench's appraisal of the schedules.
    public var result: AppraisalResult

    /// Makes an option.
    public init(id: String, description: String = "", schedules: [CashFlowSchedule], result: AppraisalResult) {
        self.id = id
        self.description = description
        self.schedules = schedules
        self.result = result
    }
}
