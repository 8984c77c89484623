public import WorkbenchCore

/// The rule that makes a combined option add up: calculators are costed in the option's order, and each one's
/// full-year saving (`ProjectCosting.fullYearSaving`, the cost it takes out of the service) comes off the library
/// budget that the calculators after it see. A saving line named for one borough (`…: Camden`) comes off that
/// borough's budget; any other is shared in proportion to the members' budgets. A calculator that does not cost
/// the budget (RFID's counter time, a community handover's branch costs) is unchanged by it; one that does (a
/// trust's rate relief and efficiency, an hours cut, a whole-service merger) costs what is left.
public enum JointCosting {
    /// The subject's library budget: the members' `library-budget` figures summed (0 when none has one).
    public static func budget(of inputs: SubjectInputs) -> Double {
        inputs.profiles.reduce(0) { $0 + ($1.figure(.libraryBudget)?.value ?? 0) }
    }

    /// The inputs with each member's library budget reduced by its share of a schedule's full-year saving, never
    /// below zero; the figure's provenance says it was derived so.
    public static func leaving(_ schedule: CashFlowSchedule, from inputs: SubjectInputs) -> SubjectInputs {
        var result = inputs
        let budgets = inputs.profiles.map { $0.figure(.libraryBudget)?.value ?? 0 }
        let total = budgets.reduce(0, +)
        guard total > 0 else { return result }
        var taken = [Double](repeating: 0, count: inputs.profiles.count)
        for line in schedule.lines where line.kind == .saving {
            let amount = line.amounts.max() ?? 0
            if inputs.profiles.count > 1, let index = inputs.profiles.firstIndex(where: { line.label.hasSuffix(": " + $0.name) }) {
                taken[index] += amount
            } else {
                for index in budgets.indices { taken[index] += amount * budgets[index] / total }
            }
        }
        for (index, profile) in inputs.profiles.enumerated() {
            guard let position = profile.figures.firstIndex(where: { $0.key == .libraryBudget }), taken[index] > 0 else { continue }
            var figure = profile.figures[position]
            let before = figure.value
            figure.value = max(0, before - taken[index])
            let prices = figure.provenance.prices
            figure.provenance = Provenance(
                .derived, figure.provenance.sources, period: figure.provenance.period,
                method: "\(MoneyFormat.compact(before)) less the full-year saving of '\(schedule.title)' "
                    + "(\(MoneyFormat.compact(taken[index]))), so the same money is not saved twice")
            figure.provenance.prices = prices
            result.profiles[index].figures[position] = figure
        }
        return result
    }
}
