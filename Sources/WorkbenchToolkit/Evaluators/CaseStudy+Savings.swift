public import WorkbenchCore

extension CaseStudy {
    /// Which of a case's figures to read.
    public enum FigureSet: String, Sendable {
        /// The planned figures.
        case planned
        /// The reported figures.
        case reported
    }

    /// The case's annual saving by the library's convention (the first whole-case figure, or the sum of each
    /// partner's first figure), with its provenance; nil when the case records none.
    public func annualSaving(_ set: FigureSet) -> Sourced<Double>? {
        let total = CaseTotal.read(CaseFigure.Measure.annualSaving, in: set == .planned ? planned : reported, partners: partners)
        return total.map { Sourced($0.value, $0.provenance) }
    }

    /// The figures of one measure from both sets, planned first, in the order recorded.
    public func figures(_ measure: String) -> [(set: FigureSet, figure: CaseFigure)] {
        planned.filter { $0.measure == measure }.map { (.planned, $0) }
            + reported.filter { $0.measure == measure }.map { (.reported, $0) }
    }
}
