/// How much a column matters when a table must fit a narrow terminal: columns of lower priority are left out first,
/// and only columns below `figure` are ever left out (when the key and the figures still do not fit, the table is
/// shown one record per block instead).
public struct ColumnPriority: Hashable, Comparable, Sendable {
    /// The rank: higher is kept longer.
    public var rank: Int

    /// Makes a priority of a given rank.
    public init(rank: Int) { self.rank = rank }

    /// The column that names the row (the first column by default): never left out.
    public static let key = ColumnPriority(rank: 100)
    /// A figure (numbers, money, rates): never left out.
    public static let figure = ColumnPriority(rank: 80)
    /// A figure that may be left out before any text column (a secondary statistic).
    public static let secondaryFigure = ColumnPriority(rank: 60)
    /// Descriptive text (a name, a kind, a verdict).
    public static let detail = ColumnPriority(rank: 40)
    /// Where a figure comes from or how it was made (`Src`, `Method`, `Evidence`, `Meaning`): left out first.
    public static let provenance = ColumnPriority(rank: 10)

    /// Whether a column of this priority may be left out to fit a width.
    public var mayBeLeftOut: Bool { rank < ColumnPriority.figure.rank }

    public static func < (lhs: ColumnPriority, rhs: ColumnPriority) -> Bool { lhs.rank < rhs.rank }

    /// Headers and keys that name a provenance or method column, in lower case.
    static let provenanceNames: Set<String> = [
        "src", "source", "sources", "evidence", "method", "basis", "meaning", "provenance", "notes", "note",
        "why", "targeted_reason", "population_source", "libraries_source",
    ]
}

extension ReportColumn {
    /// The column's priority when it sits at `index` and holds figures or not: the declared one, else `key` for the
    /// first column, `provenance` for a source or method column, `figure` for numbers and `detail` for text.
    public func resolvedPriority(index: Int, isNumeric: Bool) -> ColumnPriority {
        if let priority { return priority }
        if index == 0 { return .key }
        if ColumnPriority.provenanceNames.contains(header.lowercased())
            || ColumnPriority.provenanceNames.contains(key.lowercased())
        {
            return .provenance
        }
        return isNumeric ? .figure : .detail
    }
}
