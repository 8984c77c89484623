public import WorkbenchCore

/// One library of the Taskforce basic dataset, as imported into a workspace.
public struct LibraryRecord: Hashable, Sendable {
    /// The library authority's name as the dataset gives it (`Bromley`).
    public var authority: String
    /// The authority's identifier (`bromley`).
    public var authorityID: BoroughID
    /// The library's name.
    public var name: String
    /// Its postal address.
    public var address: String
    /// Its postcode.
    public var postcode: String
    /// Whether it was part of statutory provision in April 2010.
    public var statutory2010: Bool
    /// Whether it was part of statutory provision in July 2016.
    public var statutory2016: Bool
    /// Its type in July 2016 (`LAL`, `CRL`, `ICL`, `CL`, a trailing `+` for a shared space), blank when none.
    public var type2016: String
    /// Closure code (`XL` closed, `XLT` temporarily closed), blank when open.
    public var closed: String
    /// When it closed, as written.
    public var yearClosed: String
    /// When it opened, for a new library, as written.
    public var yearOpened: String
    /// The older library it replaced, as written.
    public var replaces: String
    /// Notes, as written.
    public var notes: String
    /// Scheduled weekly opening hours in 2016 (the dataset's column 13), nil when missing or not readable.
    public var weeklyHours2016: Double?
    /// The dataset's second hours column (column 14), nil when missing or not readable.
    public var weeklyHours2016Second: Double?
    /// The line of the source file it came from.
    public var sourceLine: Int

    /// Makes a record.
    public init(
        authority: String, name: String, address: String = "", postcode: String = "", statutory2010: Bool,
        statutory2016: Bool, type2016: String = "", closed: String = "", yearClosed: String = "",
        yearOpened: String = "", replaces: String = "", notes: String = "", weeklyHours2016: Double? = nil,
        weeklyHours2016Second: Double? = nil, sourceLine: Int = 0
    ) {
        self.authority = authority
        self.authorityID = BoroughID.slug(authority)
        self.name = name
        self.address = address
        self.postcode = postcode
        self.statutory2010 = statutory2010
        self.statutory2016 = statutory2016
        self.type2016 = type2016
        self.closed = closed
        self.yearClosed = yearClosed
        self.yearOpened = yearOpened
        self.replaces = replaces
        self.notes = notes
        self.weeklyHours2016 = weeklyHours2016
        self.weeklyHours2016Second = weeklyHours2016Second
        self.sourceLine = sourceLine
    }
}
