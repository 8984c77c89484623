/// Restating a sourced amount of money in the workspace's price base: the year of its prices is read from its
/// provenance's period, and the conversion's arithmetic joins its method, so every table that shows the figure shows
/// how it was converted.
extension PriceDeflator {
    /// The financial year a period names, read from its first word: `2010/11`, `2010-11` or a year alone (`2020`,
    /// read as the financial year that starts in it, the convention of `FinancialYear(argument:)`); nil when the
    /// first word names no single year (`2011-14`, `mid-2015`, `December 2010`).
    public static func year(ofPeriod period: String?) -> FinancialYear? {
        guard let word = period?.split(separator: " ").first else { return nil }
        return FinancialYear(argument: String(word.filter { !",;()".contains($0) }))
    }

    /// `value` pounds with `provenance`, restated in `base`'s prices when it is in another financial year's prices
    /// (its `prices` when restated before, else the year its period names) and the series has both years; unchanged
    /// when it is in the base year's prices or its period names no single year. When the series lacks a year, the
    /// amount is kept and its method says it was not converted and why. Restating twice to one base changes nothing.
    public func restating(_ value: Double, _ provenance: Provenance, to base: FinancialYear) -> (value: Double, provenance: Provenance) {
        restating(value, provenance, from: nil, to: base)
    }

    /// The same, with the year of the figure's prices given (a case figure's `year`) where its period names none;
    /// a figure restated before is converted from the prices it is in.
    public func restating(
        _ value: Double, _ provenance: Provenance, from given: FinancialYear?, to base: FinancialYear
    ) -> (value: Double, provenance: Provenance) {
        guard let year = provenance.prices ?? given ?? Self.year(ofPeriod: provenance.period), year != base else { return (value, provenance) }
        var restated = provenance
        if !restated.sources.contains(Self.gdpDeflatorTag) { restated.sources.append(Self.gdpDeflatorTag) }
        guard let conversion = convert(Money(pounds: value), from: year, to: base) else {
            restated.method = [provenance.method, notConverted(from: year, to: base)].compactMap { $0 }.joined(separator: "; ")
            return (value, restated)
        }
        // A published number restated in other prices is no longer the number the source printed: it is derived
        // from it. Estimates stay estimates and entered figures stay entered.
        if restated.kind == .published { restated.kind = .derived }
        restated.method = [provenance.method, "restated: " + conversion.method].compactMap { $0 }.joined(separator: "; ")
        restated.prices = base
        return (conversion.amount.pounds, restated)
    }
}
