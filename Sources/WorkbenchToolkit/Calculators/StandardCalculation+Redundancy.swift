public import WorkbenchCore

extension StandardCalculation {
    /// Adds the one-off redundancy and transition cost of a change that saves `fullYear` a year: the full-year saving
    /// × the `--transition-cost-share` parameter, in the start year, with that parameter's uncertainty. The
    /// calculators that cut posts (network change, opening hours, staffing restructure, mobile and home library) all
    /// cost it this one way.
    /// - Parameters:
    ///   - name: the subject's unit name, for the line's label.
    ///   - fullYear: the full-year saving (£ a year).
    ///   - transition: the transition-cost share used, with its provenance.
    ///   - basis: how the method names the saving (`full-year saving`, `full-year net saving`).
    public mutating func redundancy(
        _ name: String, fullYear: Double, transition: Sourced<Double>, basis: String = "full-year saving"
    ) throws {
        builder.oneOff(
            "Redundancy: \(name)", amount: fullYear * transition.value,
            uncertainty: try uncertainty(.transitionCostShare),
            SubjectFigures.combine(
                [transition.provenance],
                method: "\(MoneyFormat.compact(fullYear)) \(basis) × \(Rate(fraction: transition.value))"))
    }
}
