import WorkbenchCore
import WorkbenchToolkit

/// Hand-made profiles for the savings calculator and options framework tests, independent of the borough modules.
enum SavingsFixtures {
    /// A profile with the figures and arrangements given.
    static func profile(
        _ id: BoroughID, libraries: Int? = nil, figures: [(ProfileFigure.Key, Double)] = [],
        arrangements: [Arrangement] = []
    ) -> BoroughProfile {
        BoroughProfile(
            statistics: AuthorityStatistics(
                id: id, name: id.rawValue.prefix(1).uppercased() + id.rawValue.dropFirst(),
                libraries2010: libraries.map { Sourced($0, .derived("S71", period: "April 2010", method: "counted")) }),
            libraries: [], librariesSource: .published("S71"),
            figures: figures.map { ProfileFigure($0.0, $0.0.rawValue, $0.1, .count, .published("S16")) },
            arrangements: arrangements)
    }

    /// Bexley as the Bexley–Bromley report gives it: 35 back-office posts [S16]; shared service since 2011.
    static let bexley = profile(
        "bexley", libraries: 12, figures: [(.backOfficePosts, 35)],
        arrangements: [
            Arrangement(.sharedService, "Shared service with Bromley", since: 2011, partners: ["bromley"], .published("S14"))
        ])
    /// Bromley: 36 back-office posts [S16]; shared service since 2011.
    static let bromley = profile(
        "bromley", libraries: 15, figures: [(.backOfficePosts, 36)],
        arrangements: [
            Arrangement(.sharedService, "Shared service with Bexley", since: 2011, partners: ["bexley"], .published("S14"))
        ])
    /// Camden: £8m budget [S27], £652k stock spend [S28]; community libraries from 2012.
    static let camden = profile(
        "camden", libraries: 13, figures: [(.libraryBudget, 8_000_000), (.stockSpend, 652_000)],
        arrangements: [Arrangement(.communityManaged, "Three community libraries", since: 2012, .published("S24"))])
    /// A borough with every figure the calculators use, round numbers.
    static let complete = profile(
        "complete", libraries: 10,
        figures: [(.backOfficePosts, 30), (.libraryBudget, 5_000_000), (.stockSpend, 500_000)])
    /// A borough with no figures at all.
    static let bare = profile("bare")

    /// Inputs for a subject made of the profiles, 10-year horizon from the price base year.
    static func inputs(_ profiles: [BoroughProfile], priceBase: Int = 2010, horizon: Int = 10) -> SubjectInputs {
        SubjectInputs(
            subject: Subject(profiles.map(\.id)), profiles: profiles,
            assumptions: Assumptions(horizonYears: horizon, priceBaseYear: FinancialYear(startYear: priceBase)))
    }

    /// A calculator's schedule, in the prices of `priceBase` (by default 2010/11).
    static func schedule(
        _ calculator: any SavingsCalculator, _ profiles: [BoroughProfile], _ values: [String: Double] = [:],
        priceBase: Int = 2010
    ) throws -> CashFlowSchedule {
        try calculator.schedule(for: inputs(profiles, priceBase: priceBase), parameters: ParameterValues(values))
    }

    /// The amounts of the line whose label starts with `prefix`.
    static func line(_ schedule: CashFlowSchedule, _ prefix: String) -> [Double] {
        schedule.lines.first { $0.label.hasPrefix(prefix) }?.amounts ?? []
    }
}
