/// The boundary of one library authority: one or more polygons (a `MultiPolygon` has several, for example an
/// authority with islands), each a closed outer ring followed by any holes, in longitude and latitude.
public struct AuthorityBoundary: Hashable, Sendable {
    /// One polygon: its rings, the outer ring first; each ring is closed (its first and last points are equal).
    public typealias Polygon = [[GeoPoint]]

    /// The authority's identifier (its name in kebab case, as the comparators files use).
    public var id: BoroughID
    /// The authority's name as published.
    public var name: String
    /// The ONS code (`E09000007`), when the source gives one.
    public var onsCode: String?
    /// The polygons.
    public var polygons: [Polygon]
    /// The source tag of the boundaries (`S72`: LibrariesHacked england-librarydata, `authorities_geo.json`).
    public var source: String

    /// Makes a boundary.
    public init(id: BoroughID, name: String, onsCode: String? = nil, polygons: [Polygon], source: String = "S72") {
        self.id = id
        self.name = name
        self.onsCode = onsCode
        self.polygons = polygons
        self.source = source
    }

    /// Every point of every ring (closing points included).
    public var pointCount: Int { polygons.reduce(0) { $0 + $1.reduce(0) { $0 + $1.count } } }
}
