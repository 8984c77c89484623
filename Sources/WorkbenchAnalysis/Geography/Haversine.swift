import Foundation
public import WorkbenchCore

/// Great-circle distance on a sphere of the Earth's mean radius (the haversine formula), in miles.
public enum Haversine {
    /// Metres in a statute mile.
    public static let metresPerMile = 1_609.344

    /// The straight-line (great-circle) distance between two points, in miles.
    public static func miles(_ a: GeoPoint, _ b: GeoPoint) -> Double {
        let radians = Double.pi / 180
        let dLat = (b.latitude - a.latitude) * radians
        let dLon = (b.longitude - a.longitude) * radians
        let h = sin(dLat / 2) * sin(dLat / 2)
            + cos(a.latitude * radians) * cos(b.latitude * radians) * sin(dLon / 2) * sin(dLon / 2)
        let angle = 2 * atan2(sqrt(h), sqrt(max(0, 1 - h)))
        return angle * LocalProjection.earthRadius / metresPerMile
    }
}
