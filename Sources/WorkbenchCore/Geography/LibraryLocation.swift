/// One library of the LibrariesHacked locations dataset (`libraries_geo.csv` [S72]): where it is, whether it was part
/// of the statutory service in April 2010 and July 2016, its 2016 type and closure, and its nearest-library catchment
/// (the people whose nearest library it is, and their deprivation).
public struct LibraryLocation: Hashable, Sendable {
    /// The dataset's library id (as in `libraries_distances.csv`).
    public var id: Int
    /// The library's name as published.
    public var name: String
    /// The library authority.
    public var authorityID: BoroughID
    /// The authority's name as published.
    public var authorityName: String
    /// Where the library is.
    public var point: GeoPoint
    /// Part of the statutory service in April 2010.
    public var statutory2010: Bool
    /// Part of the statutory service in July 2016.
    public var statutory2016: Bool
    /// The 2016 type (`LAL`, `CRL`, `ICL`, `CL`, with a trailing `+` for a shared space), empty when none.
    public var type2016: String
    /// Closure (`XL` closed, `XLR` closed and replaced, `XLT` temporarily closed), empty when open.
    public var closed: String
    /// The year it closed, when it did.
    public var closedYear: Int?
    /// The people whose nearest library it is (the catchment), when published.
    public var population: Int?
    /// The catchment's overall deprivation (IMD 2015 multiple, decile-style: 1 most deprived, 10 least), when
    /// published.
    public var deprivation: Double?
    /// The source tag (`S72`).
    public var source: String

    /// Makes a library location.
    public init(
        id: Int, name: String, authorityID: BoroughID, authorityName: String, point: GeoPoint, statutory2010: Bool,
        statutory2016: Bool, type2016: String = "", closed: String = "", closedYear: Int? = nil, population: Int? = nil,
        deprivation: Double? = nil, source: String = "S72"
    ) {
        self.id = id
        self.name = name
        self.authorityID = authorityID
        self.authorityName = authorityName
        self.point = point
        self.statutory2010 = statutory2010
        self.statutory2016 = statutory2016
        self.type2016 = type2016
        self.closed = closed
        self.closedYear = closedYear
        self.population = population
        self.deprivation = deprivation
        self.source = source
    }
}
