/// A tag naming an entry in the sources list (`S71`), as in the domain reference.
public struct SourceTag: Hashable, Sendable, Comparable, Codable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The tag's text without brackets: `S71`, `S47b`.
    public let rawValue: String
    /// Wraps a tag's text.
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public static func < (lhs: SourceTag, rhs: SourceTag) -> Bool { lhs.rawValue < rhs.rawValue }
    public var description: String { "[\(rawValue)]" }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

/// An entry in the sources list: what a tag points at.
public struct SourceReference: Hashable, Sendable, Codable {
    /// The tag figures cite.
    public var tag: SourceTag
    /// A short title of the document.
    public var title: String
    /// Where it can be found (a web address), when known.
    public var address: String?

    /// Makes a source reference.
    public init(tag: SourceTag, title: String, address: String? = nil) {
        self.tag = tag
        self.title = title
        self.address = address
    }
}

/// How a figure was obtained.
public enum EvidenceKind: String, Hashable, Sendable, Codable, CaseIterable {
    /// Read in a published source.
    case published
    /// Computed by the workbench's authors from published figures; the method says how.
    case derived
    /// An assumption or estimate; the method says how it was made.
    case estimate
    /// Not yet known: a placeholder to be filled in by an analyst, never used as a value.
    case toBeFilled = "to-be-filled"
    /// Entered by the analyst in the workspace (`figure set`), with the year and source the analyst gave; the
    /// workbench has not read that source.
    case entered
}

/// Where a figure came from: its sources, the year it refers to, and whether it is published, derived or an estimate.
public struct Provenance: Hashable, Sendable, Codable, CustomStringConvertible {
    /// How the figure was obtained.
    public var kind: EvidenceKind
    /// The sources cited.
    public var sources: [SourceTag]
    /// The period the figure refers to, as the source gives it (`2010/11`, `mid-2015`, `April 2010`).
    public var period: String?
    /// For derived figures and estimates, how they were made.
    public var method: String?
    /// The financial year whose prices a money figure is in, when it was restated from its period's prices
    /// (`PriceDeflator.restating`); nil for a figure in its period's own prices.
    public var prices: FinancialYear?

    /// Makes a provenance.
    public init(_ kind: EvidenceKind, _ sources: [SourceTag], period: String? = nil, method: String? = nil) {
        self.kind = kind
        self.sources = sources
        self.period = period
        self.method = method
    }

    /// A published figure.
    public static func published(_ sources: SourceTag..., period: String? = nil) -> Provenance {
        Provenance(.published, sources, period: period)
    }

    /// A figure the analyst entered in the workspace, with the source as the analyst gave it (kept as the method).
    public static func entered(period: String?, source: String?) -> Provenance {
        Provenance(.entered, [], period: period, method: source.map { "entered by the analyst from " + $0 } ?? "entered by the analyst")
    }

    /// A figure derived from published ones by the stated method.
    public static func derived(_ sources: SourceTag..., period: String? = nil, method: String) -> Provenance {
        Provenance(.derived, sources, period: period, method: method)
    }

    /// An estimate made by the stated method.
    public static func estimate(_ sources: SourceTag..., period: String? = nil, method: String) -> Provenance {
        Provenance(.estimate, sources, period: period, method: method)
    }

    /// The period, with the prices a restated figure is in: `2020, in 2010/11 prices`.
    public var periodWithPrices: String? {
        period.map { $0 + (prices.map { ", in \($0) prices" } ?? "") }
    }

    /// `published [S71] (April 2010)`; `derived [S40][S82] (2020, in 2010/11 prices)` for a restated figure.
    public var description: String {
        var text = kind.rawValue
        if !sources.isEmpty { text += " " + sources.map(\.description).joined() }
        if let periodWithPrices { text += " (\(periodWithPrices))" }
        return text
    }
}

/// A value together with where it came from.
public struct Sourced<Value: Sendable>: Sendable {
    /// The figure.
    public var value: Value
    /// Its sources, period and kind.
    public var provenance: Provenance

    /// Pairs a value with its provenance.
    public init(_ value: Value, _ provenance: Provenance) {
        self.value = value
        self.provenance = provenance
    }

    /// The same provenance carried over a transformed value.
    public func map<T>(_ transform: (Value) throws -> T) rethrows -> Sourced<T> {
        Sourced<T>(try transform(value), provenance)
    }
}

extension Sourced: Equatable where Value: Equatable {}
extension Sourced: Hashable where Value: Hashable {}
extension Sourced: Codable where Value: Codable {}
