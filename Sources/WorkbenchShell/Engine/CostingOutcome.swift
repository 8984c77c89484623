public import WorkbenchAnalysis

/// A costing, or the parts that stop it.
public enum CostingOutcome: Sendable {
    /// Every part costed.
    case costed(ProjectCosting)
    /// Some part could not be costed; nothing is reported in part.
    case incomplete(CostingGap)
}
