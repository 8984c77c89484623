/// A profile's money in one price base: the resolver restates every figure in pounds of another financial year, and
/// the statistics' annual spend, in the workspace's price base year with HM Treasury's GDP deflator [S82], so no
/// calculator adds 2020 pounds to 2010/11 pounds.
extension BoroughProfile {
    /// The profile with its money figures and annual spend in `base`'s prices (see
    /// `PriceDeflator.restating(_:_:to:)` for which figures convert and how the conversion is recorded).
    public func inPrices(of base: FinancialYear, deflator: PriceDeflator = .hmTreasuryGDP) -> BoroughProfile {
        var profile = self
        profile.figures = figures.map { figure in
            guard figure.unit == .pounds else { return figure }
            var restated = figure
            (restated.value, restated.provenance) = deflator.restating(figure.value, figure.provenance, to: base)
            return restated
        }
        profile.statistics = statistics.inPrices(of: base, deflator: deflator)
        return profile
    }
}

extension AuthorityStatistics {
    /// The statistics with the annual spend in `base`'s prices.
    public func inPrices(of base: FinancialYear, deflator: PriceDeflator = .hmTreasuryGDP) -> AuthorityStatistics {
        guard let spend = annualSpend else { return self }
        var statistics = self
        let (value, provenance) = deflator.restating(spend.value.pounds, spend.provenance, to: base)
        statistics.annualSpend = Sourced(Money(pounds: value), provenance)
        return statistics
    }
}
