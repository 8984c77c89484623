/// A figure the analyst entered in the workspace for one authority (`figure set merton library-budget 4,500,000`):
/// its value, the year it refers to and the source as the analyst gave it. It is preferred over the module's figure
/// of the same key for that authority only, and shows as "entered" wherever it is used.
public struct EnteredFigure: Hashable, Sendable, Codable {
    /// The authority the figure is for.
    public var authority: BoroughID
    /// What the figure measures; one of `EnteredFigure.definitions`.
    public var key: ProfileFigure.Key
    /// The value in the key's unit (pounds, a count, hours, FTE).
    public var value: Double
    /// The financial year the figure refers to.
    public var year: FinancialYear
    /// Where the analyst took it from, as they gave it (`Merton budget book 2010/11`), or nil when not said.
    public var source: String?

    /// Makes an entered figure.
    public init(authority: BoroughID, key: ProfileFigure.Key, value: Double, year: FinancialYear, source: String? = nil) {
        self.authority = authority
        self.key = key
        self.value = value
        self.year = year
        self.source = source
    }

    private enum CodingKeys: String, CodingKey {
        case authority, key = "figure", value, year, source
    }

    /// `entered (2010/11)`, with the analyst's source as the method.
    public var provenance: Provenance { .entered(period: year.description, source: source) }

    /// The definition of the figure's key, or nil when the key is not one an analyst may enter.
    public var definition: Definition? { Self.definition(of: key) }

    /// The figure as a profile figure, labelled as its definition labels it.
    public var profileFigure: ProfileFigure {
        ProfileFigure(key, definition?.label ?? key.rawValue, value, definition?.unit ?? .count, provenance)
    }

    /// A figure an analyst may enter: its key, label, unit and the values that are plausible for one authority.
    public struct Definition: Hashable, Sendable {
        /// The key (`library-budget`).
        public var key: ProfileFigure.Key
        /// A label for tables (`Library budget`).
        public var label: String
        /// The unit the value is in.
        public var unit: ProfileFigure.Unit
        /// The values accepted for one authority.
        public var range: ClosedRange<Double>
        /// What a valid value looks like, for errors and help.
        public var expected: String
    }

    /// Every figure an analyst may enter: the figures the calculators and `compare` read.
    public static let definitions: [Definition] = [
        Definition(key: .libraryBudget, label: "Library budget", unit: .pounds, range: 1...1_000_000_000, expected: "an amount from £1 to £1,000m"),
        Definition(key: .stockSpend, label: "Stock spend", unit: .pounds, range: 1...100_000_000, expected: "an amount from £1 to £100m"),
        Definition(key: .backOfficeCost, label: "Back-office cost", unit: .pounds, range: 1...100_000_000, expected: "an amount from £1 to £100m"),
        Definition(key: .backOfficePosts, label: "Back-office posts", unit: .count, range: 0...10_000, expected: "a number of posts from 0 to 10,000"),
        Definition(key: .staffFTE, label: "Staff (FTE)", unit: .fte, range: 0...10_000, expected: "full-time equivalents from 0 to 10,000"),
        Definition(key: .weeklyHours, label: "Weekly opening hours", unit: .hours, range: 0...20_000, expected: "hours a week from 0 to 20,000"),
    ]

    /// The definition of a key, or nil when an analyst may not enter it.
    public static func definition(of key: ProfileFigure.Key) -> Definition? { definitions.first { $0.key == key } }
}

extension BoroughProfile {
    /// The profile with the analyst's entered figures for this authority in place of the module's figures of the
    /// same keys (put first; the module's other figures follow). An entered weekly-hours figure
    /// also replaces the statistics' weekly hours, and an entered library budget the annual spend, so `compare`
    /// reads the same figure. Figures for other authorities are ignored.
    public func applying(_ entered: [EnteredFigure]) -> BoroughProfile {
        let own = entered.filter { $0.authority == id }
        guard !own.isEmpty else { return self }
        var profile = self
        profile.figures = own.map(\.profileFigure) + figures.filter { figure in !own.contains { $0.key == figure.key } }
        profile.statistics = statistics.applying(own)
        return profile
    }
}

extension AuthorityStatistics {
    /// The statistics with this authority's entered weekly hours and library budget (as annual spend) in place of
    /// the dataset's.
    public func applying(_ entered: [EnteredFigure]) -> AuthorityStatistics {
        var statistics = self
        for figure in entered where figure.authority == id {
            switch figure.key {
            case .weeklyHours: statistics.weeklyHours = Sourced(figure.value, figure.provenance)
            case .libraryBudget: statistics.annualSpend = Sourced(Money(pounds: figure.value), figure.provenance)
            default: break
            }
        }
        return statistics
    }
}
