/// Restating a sourced amount of money in the workspace's price base: the year of its prices is read from its
/// provenance's period, and the conversion's arithmetic joins its method, so every table that shows the figure shows
/// how it was converted.
extension PriceDeflator {
    /// The financial year of the first year a period names: `2010/11` or `2010-11` as written; otherwise the first
    /// four-digit year (`2020`, `a year from 2012`, `2011-14`, `December 2010`), read as the financial year that
    /// starts in it (the convention of `FinancialYear(argument:)`), except after January, February or March, which
    /// belong to the financial year before (`January 2011` is 2010/11). Nil when the period names no year.
    public static func year(ofPeriod period: String?) -> FinancialYear? {
        guard let period else { return nil }
        let words = period.split(whereSeparator: { " ,;()".contains($0) }).map(String.init)
        for (index, word) in words.enumerated() {
            if word.contains("/") || word.contains("-"), let year = FinancialYear(argument: word) { return year }
            guard let calendarYear = firstFourDigitYear(in: word) else { continue }
            let month = index > 0 ? words[index - 1].lowercased() : ""
            let beforeApril = ["january", "jan", "february", "feb", "march", "mar"].contains(month)
            return FinancialYear(startYear: beforeApril ? calendarYear - 1 : calendarYear)
        }
        return nil
    }

    /// The first run of exactly four digits in `word` that is a year from 1900 to 2199.
    private static func firstFourDigitYear(in word: String) -> Int? {
        var digits = ""
        for character in word + " " {
            if character.isASCII, character.isNumber {
                digits.append(character)
                continue
            }
            if digits.count == 4, let year = Int(digits), (1900...2199).contains(year) { return year }
            digits = ""
        }
        return nil
    }

    /// `value` pounds with `provenance`, restated in `base`'s prices when it is in another financial year's prices
    /// (its `prices` when restated before, else the year its period names) and the series has both years; unchanged
    /// when it is in the base year's prices or its period names no year. When the series lacks a year, the amount is
    /// kept and its method says, once, that it was not converted and why. Restating twice to one base changes nothing.
    public func restating(_ value: Double, _ provenance: Provenance, to base: FinancialYear) -> (value: Double, provenance: Provenance) {
        restating(value, provenance, from: nil, to: base)
    }

    /// The same, with the year of the figure's prices given (a case figure's `year`), which comes before the year its
    /// period names; a figure restated before is converted from the prices it is in.
    public func restating(
        _ value: Double, _ provenance: Provenance, from given: FinancialYear?, to base: FinancialYear
    ) -> (value: Double, provenance: Provenance) {
        guard let year = provenance.prices ?? given ?? Self.year(ofPeriod: provenance.period), year != base else { return (value, provenance) }
        var restated = provenance
        guard let conversion = convert(Money(pounds: value), from: year, to: base) else {
            let note = notConverted(from: year, to: base)
            guard provenance.method?.contains(note) != true else { return (value, provenance) }
            restated.method = [provenance.method, note].compactMap { $0 }.joined(separator: "; ")
            return (value, restated)
        }
        if !restated.sources.contains(Self.gdpDeflatorTag) { restated.sources.append(Self.gdpDeflatorTag) }
        // A published number restated in other prices is no longer the number the source printed: it is derived
        // from it. Estimates stay estimates and entered figures stay entered.
        if restated.kind == .published { restated.kind = .derived }
        restated.method = [provenance.method, "restated: " + conversion.method].compactMap { $0 }.joined(separator: "; ")
        restated.prices = base
        return (conversion.amount.pounds, restated)
    }
}
