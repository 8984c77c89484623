/// The per-head measures of an authority, computed here once for `compare` and the options framework alike.
extension AuthorityStatistics {
    /// The Public Library Service Standard 2 target: 128 aggregate scheduled opening hours a year per 1,000
    /// population (DCMS, April 2008) [S68].
    public static let openingHoursStandard = 128.0

    /// Population per statutory library in April 2010 (derived; population and library count from different years).
    public var peoplePerLibrary: Double? {
        guard let population = population?.value, population > 0, let libraries = libraries2010?.value, libraries > 0
        else { return nil }
        return population / Double(libraries)
    }

    /// Annual scheduled opening hours per 1,000 population: weekly hours × 52 ÷ population × 1,000.
    public var annualHoursPerThousand: Double? {
        guard let population = population?.value, population > 0, let hours = weeklyHours?.value else { return nil }
        return hours * 52 / population * 1_000
    }

    /// Annual spend per head where a spend figure exists.
    public var spendPerHead: Double? {
        guard let population = population?.value, population > 0, let spend = annualSpend?.value else { return nil }
        return spend.pounds / population
    }
}
