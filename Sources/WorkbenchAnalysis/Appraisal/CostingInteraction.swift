public import WorkbenchCore

/// How one calculator of a combined option changed because of the calculators costed before it: its full-year
/// saving alone (on the whole budget) and within the option (on the budget the earlier ones leave), so that the
/// same money is not counted twice. The reply shows it as the option's interaction line.
public struct CostingInteraction: Hashable, Sendable, Codable {
    /// The calculator whose saving changed.
    public var calculator: CalculatorID
    /// The calculators costed before it, whose savings came off its budget.
    public var after: [CalculatorID]
    /// The library budget it would cost alone, £ a year (the members' figures summed).
    public var budgetAlone: Double
    /// The budget left to it within the option, £ a year.
    public var budgetLeft: Double
    /// Its full-year saving alone, £ a year.
    public var savingAlone: Double
    /// Its full-year saving within the option, £ a year.
    public var savingJoint: Double

    /// Makes an interaction.
    public init(
        calculator: CalculatorID, after: [CalculatorID], budgetAlone: Double, budgetLeft: Double, savingAlone: Double,
        savingJoint: Double
    ) {
        self.calculator = calculator
        self.after = after
        self.budgetAlone = budgetAlone
        self.budgetLeft = budgetLeft
        self.savingAlone = savingAlone
        self.savingJoint = savingJoint
    }

    /// The overlap removed, £ a year: what summing the calculators alone would have counted twice.
    public var overlap: Double { savingAlone - savingJoint }

    /// The interaction line.
    public var summary: String {
        "Interaction: '\(calculator)' costs the budget left after " + after.map { "'\($0)'" }.joined(separator: " and ")
            + ": \(MoneyFormat.compact(budgetAlone)) less their full-year savings of \(MoneyFormat.compact(budgetAlone - budgetLeft))"
            + " = \(MoneyFormat.compact(budgetLeft)), so it saves \(MoneyFormat.compact(savingJoint)) a year, not the "
            + "\(MoneyFormat.compact(savingAlone)) it saves alone: \(MoneyFormat.compact(overlap)) a year that would otherwise be counted twice."
    }
}
