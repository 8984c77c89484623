/// Everything a borough module knows about its authority: the comparable statistics, its libraries, its known
/// budgets and savings, and the arrangements already in place. Every figure carries its provenance.
public struct BoroughProfile: Hashable, Sendable, Codable {
    /// The statistics shared with comparator authorities (population, area, deprivation, library counts).
    public var statistics: AuthorityStatistics
    /// The libraries, from the April 2010 statutory list, with what changed by 2016.
    public var libraries: [LibraryBranch]
    /// Where the branch list comes from.
    public var librariesSource: Provenance
    /// Known budgets, costs, savings and other facts, each with its source.
    public var figures: [ProfileFigure]
    /// Arrangements in place or decided (consortium membership, shared services, community-run libraries, …).
    public var arrangements: [Arrangement]
    /// Remarks an analyst should read with the figures (gaps, conflicting sources).
    public var notes: [String]

    /// Makes a profile.
    public init(
        statistics: AuthorityStatistics, libraries: [LibraryBranch], librariesSource: Provenance,
        figures: [ProfileFigure] = [], arrangements: [Arrangement] = [], notes: [String] = []
    ) {
        self.statistics = statistics
        self.libraries = libraries
        self.librariesSource = librariesSource
        self.figures = figures
        self.arrangements = arrangements
        self.notes = notes
    }

    /// The borough's identifier.
    public var id: BoroughID { statistics.id }
    /// The borough's name.
    public var name: String { statistics.name }

    /// The first figure with the given key, if the profile holds one.
    public func figure(_ key: ProfileFigure.Key) -> ProfileFigure? { figures.first { $0.key == key } }
}

/// One known figure about a borough: a budget, a cost, a saving, a count of staff.
public struct ProfileFigure: Hashable, Sendable, Codable {
    /// What a figure measures, so calculators can find it. New keys can be added freely.
    public struct Key: Hashable, Sendable, Codable, CustomStringConvertible, ExpressibleByStringLiteral {
        /// The key's text (`library-budget`).
        public let rawValue: String
        /// Wraps a key's text.
        public init(_ rawValue: String) { self.rawValue = rawValue }
        public init(stringLiteral value: String) { self.rawValue = value }
        public var description: String { rawValue }

        public init(from decoder: any Decoder) throws {
            rawValue = try decoder.singleValueContainer().decode(String.self)
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(rawValue)
        }

        /// The annual library service revenue budget.
        public static let libraryBudget: Key = "library-budget"
        /// Annual cost of management and back-office functions.
        public static let backOfficeCost: Key = "back-office-cost"
        /// Management and back-office posts.
        public static let backOfficePosts: Key = "back-office-posts"
        /// Full-time-equivalent library staff.
        public static let staffFTE: Key = "staff-fte"
        /// Annual spend on stock.
        public static let stockSpend: Key = "stock-spend"
        /// A savings target or achieved saving.
        public static let savings: Key = "savings"
        /// Total scheduled weekly opening hours.
        public static let weeklyHours: Key = "weekly-hours"
        /// Population at the 2011 Census.
        public static let census2011Population: Key = "census-2011-population"
    }

    /// The unit a figure is in, for display.
    public enum Unit: String, Hashable, Sendable, Codable {
        /// Pounds.
        case pounds
        /// A count (posts, libraries, people).
        case count
        /// Hours.
        case hours
        /// Full-time equivalents.
        case fte
    }

    /// What the figure measures.
    public var key: Key
    /// A short label for reports (`Library budget`).
    public var label: String
    /// The value in its unit.
    public var value: Double
    /// The unit.
    public var unit: Unit
    /// Sources, period and kind.
    public var provenance: Provenance

    /// Makes a figure.
    public init(_ key: Key, _ label: String, _ value: Double, _ unit: Unit, _ provenance: Provenance) {
        self.key = key
        self.label = label
        self.value = value
        self.unit = unit
        self.provenance = provenance
    }

    /// The value formatted in its unit.
    public var formattedValue: String {
        switch unit {
        case .pounds: return MoneyFormat.compact(value)
        case .count: return MoneyFormat.grouped(value)
        case .hours: return MoneyFormat.fixed(value, decimals: value.rounded() == value ? 0 : 1) + " h"
        case .fte: return MoneyFormat.fixed(value, decimals: value.rounded() == value ? 0 : 1) + " FTE"
        }
    }
}

/// An arrangement a borough has in place or has decided on, which the options framework recognises.
public struct Arrangement: Hashable, Sendable, Codable {
    /// The kind of arrangement, matching a solution in the options framework.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// A shared management or back-office service with another authority.
        case sharedService = "shared-service"
        /// Membership of a stock procurement or library-management-system consortium.
        case procurementConsortium = "procurement-consortium"
        /// RFID self-service issue and return.
        case selfService = "self-service"
        /// Libraries co-located with other council services.
        case coLocation = "co-location"
        /// Libraries handed to community groups.
        case communityManaged = "community-managed"
        /// Service run by a trust, mutual or provider.
        case trustOrProvider = "trust-or-provider"
        /// Changes to opening hours or the branch network.
        case networkChange = "network-change"
    }

    /// The kind.
    public var kind: Kind
    /// What it is, in a few words.
    public var title: String
    /// The year it started or was decided.
    public var since: Int
    /// Other authorities involved.
    public var partners: [BoroughID]
    /// Where this is recorded.
    public var provenance: Provenance

    /// Makes an arrangement.
    public init(_ kind: Kind, _ title: String, since: Int, partners: [BoroughID] = [], _ provenance: Provenance) {
        self.kind = kind
        self.title = title
        self.since = since
        self.partners = partners
        self.provenance = provenance
    }
}
