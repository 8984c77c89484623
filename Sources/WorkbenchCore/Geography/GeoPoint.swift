/// A position on the Earth as GeoJSON writes it: longitude then latitude, in degrees (WGS84).
public struct GeoPoint: Hashable, Sendable {
    /// Degrees east of Greenwich (−180 to 180).
    public var longitude: Double
    /// Degrees north of the equator (−90 to 90).
    public var latitude: Double

    /// Makes a point from longitude and latitude in degrees.
    public init(longitude: Double, latitude: Double) {
        self.longitude = longitude
        self.latitude = latitude
    }
}
