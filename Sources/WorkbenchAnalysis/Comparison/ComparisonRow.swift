public import WorkbenchCore

/// The comparative measures of one authority, derived from its statistics. Missing inputs give missing measures,
/// never zero.
public struct ComparisonRow: Sendable, Equatable {
    /// The Public Library Service Standard 2 target: 128 aggregate scheduled opening hours a year per 1,000
    /// population (DCMS, April 2008) [S68]; the core's `AuthorityStatistics.openingHoursStandard`.
    public static let openingHoursStandard = AuthorityStatistics.openingHoursStandard

    /// The authority.
    public var statistics: AuthorityStatistics
    /// Population per statutory library in April 2010 (derived; population and library count from different years).
    public var peoplePerLibrary: Double?
    /// Annual scheduled opening hours per 1,000 population: weekly hours × 52 ÷ population × 1,000.
    public var annualHoursPerThousand: Double?
    /// `annualHoursPerThousand` as a fraction of the 128-hour standard.
    public var againstStandard: Double?
    /// Change in statutory libraries from April 2010 to July 2016.
    public var libraryChange: Int?
    /// Population per hectare.
    public var density: Double?
    /// Annual spend per head where a spend figure exists.
    public var spendPerHead: Double?

    /// Derives the measures from the statistics.
    public init(_ statistics: AuthorityStatistics) {
        self.statistics = statistics
        peoplePerLibrary = statistics.peoplePerLibrary
        annualHoursPerThousand = statistics.annualHoursPerThousand
        againstStandard = statistics.annualHoursPerThousand.map { $0 / ComparisonRow.openingHoursStandard }
        spendPerHead = statistics.spendPerHead
        if let population = statistics.population?.value, population > 0, let hectares = statistics.hectares?.value, hectares > 0 {
            density = population / hectares
        }
        if let before = statistics.libraries2010?.value, let after = statistics.libraries2016?.value {
            libraryChange = after - before
        }
    }

    /// A measure by which the comparison can be sorted.
    public enum Measure: String, Sendable, CaseIterable {
        /// Population.
        case population
        /// Statutory libraries in April 2010.
        case libraries
        /// People per library.
        case peoplePerLibrary = "people-per-library"
        /// Annual opening hours per 1,000 people.
        case hours
        /// Change in statutory libraries 2010–2016.
        case change
        /// IMD 2015 score.
        case deprivation
        /// Spend per head.
        case spend
        /// Population density.
        case density
    }

    /// The value of a measure, if known.
    public func value(of measure: Measure) -> Double? {
        switch measure {
        case .population: return statistics.population?.value
        case .libraries: return statistics.libraries2010.map { Double($0.value) }
        case .peoplePerLibrary: return peoplePerLibrary
        case .hours: return annualHoursPerThousand
        case .change: return libraryChange.map(Double.init)
        case .deprivation: return statistics.deprivation?.value.multiple
        case .spend: return spendPerHead
        case .density: return density
        }
    }

    /// Rows sorted by a measure, largest first, missing values last, ties by name.
    public static func sorted(_ rows: [ComparisonRow], by measure: Measure) -> [ComparisonRow] {
        rows.sorted { a, b in
            switch (a.value(of: measure), b.value(of: measure)) {
            case let (x?, y?): return x != y ? x > y : a.statistics.name < b.statistics.name
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return a.statistics.name < b.statistics.name
            }
        }
    }
}
