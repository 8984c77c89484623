import Foundation
public import WorkbenchCore

/// An equirectangular projection to metres about a reference latitude: x = R·λ·cos φ₀, y = R·φ. Over England
/// (latitudes 50°–56°) distances at the data's mean latitude are within about 5% of the great-circle distance, and
/// within a London-sized area within 0.1%; borders need no more than that (their tolerance is hundreds of metres).
public struct LocalProjection: Sendable, Hashable {
    /// The mean radius of the Earth in metres (IUGG).
    public static let earthRadius = 6_371_008.8

    /// The reference latitude in degrees.
    public let referenceLatitude: Double
    /// Metres per degree of longitude at the reference latitude.
    public let metresPerDegreeLongitude: Double
    /// Metres per degree of latitude.
    public let metresPerDegreeLatitude: Double

    /// A projection about `referenceLatitude` degrees.
    public init(referenceLatitude: Double) {
        self.referenceLatitude = referenceLatitude
        metresPerDegreeLatitude = Self.earthRadius * Double.pi / 180
        metresPerDegreeLongitude = metresPerDegreeLatitude * cos(referenceLatitude * Double.pi / 180)
    }

    /// A projection about the mean latitude of every position of the boundaries (0 when there are none).
    public init(meanLatitudeOf boundaries: [AuthorityBoundary]) {
        var sum = 0.0
        var count = 0
        for boundary in boundaries {
            for polygon in boundary.polygons {
                for ring in polygon {
                    for point in ring { sum += point.latitude }
                    count += ring.count
                }
            }
        }
        self.init(referenceLatitude: count == 0 ? 0 : sum / Double(count))
    }

    /// The point in metres east and north of (0°, 0°).
    public func project(_ point: GeoPoint) -> (x: Double, y: Double) {
        (point.longitude * metresPerDegreeLongitude, point.latitude * metresPerDegreeLatitude)
    }

    /// The position of projected metres.
    public func unproject(x: Double, y: Double) -> GeoPoint {
        GeoPoint(longitude: x / metresPerDegreeLongitude, latitude: y / metresPerDegreeLatitude)
    }

    /// The distance in metres between two points, in this projection.
    public func distance(_ a: GeoPoint, _ b: GeoPoint) -> Double {
        let p = project(a)
        let q = project(b)
        return ((p.x - q.x) * (p.x - q.x) + (p.y - q.y) * (p.y - q.y)).squareRoot()
    }
}
