public import WorkbenchCore

/// The centre of each authority, for `--geography within:<km>`: the area-weighted centroid of its polygons (holes
/// subtracted), or the weighted mean of points such as its libraries (weights such as the population each serves),
/// and the graph of authorities whose centres lie within a distance of each other.
public enum Centres {
    /// The area-weighted centroid of an authority's polygons, computed in `projection` (shoelace formula; each outer
    /// ring counts positive and each hole negative, whatever the rings' orientation). Falls back to the mean of the
    /// positions when the area is zero.
    public static func centroid(of boundary: AuthorityBoundary, projection: LocalProjection) -> GeoPoint {
        var area = 0.0
        var cx = 0.0
        var cy = 0.0
        var count = 0
        var sx = 0.0
        var sy = 0.0
        for polygon in boundary.polygons {
            for (r, ring) in polygon.enumerated() {
                var a = 0.0, x = 0.0, y = 0.0
                let points = ring.map(projection.project)
                for k in 0..<max(0, points.count - 1) {
                    let p = points[k], q = points[k + 1]
                    let cross = p.x * q.y - q.x * p.y
                    a += cross
                    x += (p.x + q.x) * cross
                    y += (p.y + q.y) * cross
                    sx += p.x
                    sy += p.y
                    count += 1
                }
                // Orient: outer rings positive, holes negative.
                let sign: Double = (a >= 0) == (r == 0) ? 1 : -1
                area += sign * a / 2
                cx += sign * x / 6
                cy += sign * y / 6
            }
        }
        if abs(area) < 1e-6 {
            return count == 0 ? GeoPoint(longitude: 0, latitude: 0) : projection.unproject(x: sx / Double(count), y: sy / Double(count))
        }
        return projection.unproject(x: cx / area, y: cy / area)
    }

    /// The weighted mean of points (such as an authority's libraries weighted by the people each serves), or nil
    /// when there are none or the weights add up to zero.
    public static func weightedCentre(_ points: [(point: GeoPoint, weight: Double)]) -> GeoPoint? {
        let total = points.reduce(0) { $0 + max(0, $1.weight) }
        guard total > 0 else { return nil }
        var longitude = 0.0, latitude = 0.0
        for (point, weight) in points where weight > 0 {
            longitude += point.longitude * weight / total
            latitude += point.latitude * weight / total
        }
        return GeoPoint(longitude: longitude, latitude: latitude)
    }

    /// Each authority's library-weighted centre: the mean position of its libraries statutory in July 2016, each
    /// weighted by the people whose nearest library it is (`LibraryLocation.population`); where the workspace
    /// locates none of its libraries with people, the area-weighted centroid of its boundary stands in.
    /// - Parameters:
    ///   - boundaries: the authorities, in the order wanted.
    ///   - libraries: the libraries the workspace locates.
    ///   - projection: the projection for the centroids that stand in.
    /// - Returns: the centres, in the order of `boundaries`, and the authorities whose centroid stood in.
    public static func libraryWeighted(
        _ boundaries: [AuthorityBoundary], libraries: [LibraryLocation], projection: LocalProjection
    ) -> (centres: [GeoPoint], centroidsFor: [BoroughID]) {
        var byAuthority: [BoroughID: [(point: GeoPoint, weight: Double)]] = [:]
        for library in libraries where library.statutory2016 {
            byAuthority[library.authorityID, default: []].append((library.point, Double(library.population ?? 0)))
        }
        var fallbacks: [BoroughID] = []
        let centres = boundaries.map { boundary in
            if let centre = weightedCentre(byAuthority[boundary.id] ?? []) { return centre }
            fallbacks.append(boundary.id)
            return centroid(of: boundary, projection: projection)
        }
        return (centres, fallbacks)
    }

    /// Each authority's list of the others whose centre lies within `kilometres` of its own (in `projection`).
    public static func withinGraph(_ centres: [GeoPoint], kilometres: Double, projection: LocalProjection) -> [[Int]] {
        var out = [[Int]](repeating: [], count: centres.count)
        for i in centres.indices {
            for j in centres.indices where j > i && projection.distance(centres[i], centres[j]) <= kilometres * 1000 {
                out[i].append(j)
                out[j].append(i)
            }
        }
        return out
    }
}
