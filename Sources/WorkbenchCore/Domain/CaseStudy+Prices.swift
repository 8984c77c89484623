/// A case study's money in one price base: its figures are "in pounds at the prices of the figure's own year", so a
/// case applied to a borough (`CaseTransfer`) first restates them in the workspace's price base year with HM
/// Treasury's GDP deflator [S82], like the borough's own figures (`BoroughProfile.inPrices(of:)`).
extension CaseFigure.Measure {
    /// The measures in pounds; the others are counts, years or people.
    public static let inPounds: Set<String> = [
        annualSaving, totalSaving, oneOffCost, annualRunningCost, avoidedCost, contractValue, communityRunningCost,
        backOfficeCost, libraryBudget,
    ]
}

extension CaseFigure {
    /// The figure in `base`'s prices when it is in pounds of another year (its `year`, else its period's), else
    /// unchanged.
    public func inPrices(of base: FinancialYear, deflator: PriceDeflator = .hmTreasuryGDP) -> CaseFigure {
        guard Measure.inPounds.contains(measure) else { return self }
        var figure = self
        (figure.value, figure.provenance) = deflator.restating(
            value, provenance, from: year.map { FinancialYear(startYear: $0) }, to: base)
        return figure
    }
}

extension CaseStudy {
    /// The case with its planned, reported and scale figures in `base`'s prices.
    public func inPrices(of base: FinancialYear, deflator: PriceDeflator = .hmTreasuryGDP) -> CaseStudy {
        var restated = self
        restated.planned = planned.map { $0.inPrices(of: base, deflator: deflator) }
        restated.reported = reported.map { $0.inPrices(of: base, deflator: deflator) }
        restated.scale = scale.map { $0.inPrices(of: base, deflator: deflator) }
        return restated
    }
}
