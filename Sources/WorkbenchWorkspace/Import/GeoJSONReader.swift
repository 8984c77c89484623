public import WorkbenchCore

/// Reads authority boundaries from GeoJSON (`authorities_geo.json` [S72], or the workspace's own
/// `inputs/boundaries.geojson`): a `FeatureCollection` whose features have a `Polygon` or `MultiPolygon` geometry in
/// longitude and latitude and properties naming the authority (`name`, optionally `code` and `id`).
///
/// The file is read feature by feature (`JSONScanner`), so memory beyond the file's bytes is one feature at a time.
/// A feature is skipped, reported with its line, its index and name and the field at fault, when it is not an
/// object, has no name, repeats an authority, has a geometry other than Polygon or MultiPolygon, or has a position
/// that is not two finite numbers within ±180° longitude and ±90° latitude, a ring of fewer than four positions, or a
/// ring whose first and last positions differ (not closed). Text that is not JSON, or JSON that is not a
/// `FeatureCollection`, fails the whole read with the line and column.
public enum GeoJSONReader {
    /// The geometry types read.
    public static let geometryTypes = ["Polygon", "MultiPolygon"]

    /// Reads boundaries from the bytes of a GeoJSON file.
    /// - Parameters:
    ///   - bytes: the file's contents (UTF-8).
    ///   - file: the name used in messages.
    ///   - source: the source tag given to each boundary when the feature's properties carry none.
    /// - Throws: `invalidFile` when the text is not JSON or not a `FeatureCollection`, with the line and column.
    /// - Complexity: O(n) in the length of the file.
    public static func read(_ bytes: [UInt8], file: String, source: String = "S72") throws -> ImportResult<AuthorityBoundary> {
        var scanner = JSONScanner(bytes: bytes, file: file)
        var result = ImportResult<AuthorityBoundary>(records: [], linesRead: 0)
        var seen: [BoroughID: Int] = [:]
        var sawType = false
        var sawFeatures = false
        try scanner.expect(UInt8(ascii: "{"), "'{' to open a GeoJSON FeatureCollection")
        if scanner.peek() == UInt8(ascii: "}") {
            throw scanner.error("the top-level object is empty", hint: "A GeoJSON file must be a FeatureCollection with 'features'.")
        }
        members: while true {
            guard scanner.peek() == UInt8(ascii: "\"") else { throw scanner.error("expected a member name in quotes") }
            let key = try scanner.string()
            try scanner.expect(UInt8(ascii: ":"), "':' after a member name")
            switch key {
            case "type":
                let line = scanner.line
                let type = try scanner.value()
                guard case .string("FeatureCollection") = type else {
                    throw WorkbenchError(
                        .invalidFile, "'\(file)' is GeoJSON of type \(describe(type)), not a FeatureCollection.",
                        hint: "Give a FeatureCollection of authority boundaries, such as authorities_geo.json.",
                        location: .init(file: file, line: line, field: "type"))
                }
                sawType = true
            case "features":
                sawFeatures = true
                try scanner.expect(UInt8(ascii: "["), "'[' to open the features")
                if scanner.peek() == UInt8(ascii: "]") {
                    try scanner.expect(UInt8(ascii: "]"), "']'")
                } else {
                    var index = 0
                    while true {
                        _ = scanner.peek()
                        let line = scanner.line
                        let feature = try scanner.value(depth: 2)
                        index += 1
                        result.linesRead += 1
                        read(feature, index: index, line: line, source: source, seen: &seen, into: &result)
                        guard let next = scanner.peek() else { throw scanner.error("the features array is not closed") }
                        if next == UInt8(ascii: "]") { try scanner.expect(next, "']'"); break }
                        try scanner.expect(UInt8(ascii: ","), "',' or ']' after a feature")
                    }
                }
            default:
                _ = try scanner.value(depth: 1)
            }
            guard let next = scanner.peek() else { throw scanner.error("the top-level object is not closed") }
            if next == UInt8(ascii: "}") { try scanner.expect(next, "'}'"); break members }
            try scanner.expect(UInt8(ascii: ","), "',' or '}' in the top-level object")
        }
        if scanner.peek() != nil { throw scanner.error("there is text after the end of the GeoJSON object") }
        guard sawType, sawFeatures else {
            throw WorkbenchError(
                .invalidFile, "'\(file)' has no \(sawType ? "'features' array" : "'type': 'FeatureCollection'").",
                hint: "A GeoJSON file of boundaries is a FeatureCollection with a 'features' array.",
                location: .init(file: file, field: sawType ? "features" : "type"))
        }
        return result
    }

    /// Reads one feature into `result` or records why it was skipped.
    static func read(
        _ feature: JSONScanner.Value, index: Int, line: Int, source: String, seen: inout [BoroughID: Int],
        into result: inout ImportResult<AuthorityBoundary>
    ) {
        func skip(_ field: String?, _ message: String, name: String? = nil) {
            let which = name.map { "feature \(index) ('\($0)')" } ?? "feature \(index)"
            result.skipped.append(ImportIssue(line: line, field: field, message: "\(which) \(message)"))
        }
        guard case .object = feature else { return skip(nil, "is \(feature.kind), not a GeoJSON Feature object") }
        guard case .string("Feature")? = feature["type"] else {
            return skip("type", "has type \(describe(feature["type"])), not 'Feature'")
        }
        guard let properties = feature["properties"], case .object = properties else {
            return skip("properties", "has no properties object to name the authority")
        }
        guard case .string(let rawName)? = properties["name"], !rawName.trimmingWhitespace().isEmpty else {
            return skip("properties.name", "has no authority name (properties.name is \(describe(properties["name"])))")
        }
        let name = rawName.trimmingWhitespace()
        var id = BoroughID.slug(name)
        if case .string(let given)? = properties["id"], BoroughID.isValid(given) { id = BoroughID(rawValue: given) }
        guard BoroughID.isValid(id.rawValue) else { return skip("properties.name", "name '\(name)' gives no identifier", name: name) }
        if let first = seen[id] { return skip("properties.name", "repeats the authority of line \(first)", name: name) }
        var code: String? = nil
        if case .string(let text)? = properties["code"], !text.isEmpty { code = text }
        var tag = source
        if case .string(let text)? = properties["source"], !text.isEmpty { tag = text }
        guard let geometry = feature["geometry"], case .object = geometry else {
            return skip("geometry", "has no geometry object", name: name)
        }
        guard case .string(let type)? = geometry["type"], geometryTypes.contains(type) else {
            return skip("geometry.type", "has geometry \(describe(geometry["type"])); only Polygon and MultiPolygon are read", name: name)
        }
        guard let coordinates = geometry["coordinates"] else {
            return skip("geometry.coordinates", "has no coordinates", name: name)
        }
        let polygonValues: [JSONScanner.Value]
        if type == "Polygon" {
            polygonValues = [coordinates]
        } else {
            guard case .array(let items) = coordinates, !items.isEmpty else {
                return skip("geometry.coordinates", "has MultiPolygon coordinates that are \(coordinates.kind), not an array of polygons", name: name)
            }
            polygonValues = items
        }
        var polygons: [AuthorityBoundary.Polygon] = []
        for (p, polygonValue) in polygonValues.enumerated() {
            let at = type == "Polygon" ? "" : "polygon \(p + 1), "
            guard case .array(let ringValues) = polygonValue, !ringValues.isEmpty else {
                return skip("geometry.coordinates", "has \(at)coordinates that are \(polygonValue.kind), not an array of rings", name: name)
            }
            var rings: [[GeoPoint]] = []
            for (r, ringValue) in ringValues.enumerated() {
                guard case .array(let positions) = ringValue else {
                    return skip("geometry.coordinates", "has \(at)ring \(r + 1) that is \(ringValue.kind), not an array of positions", name: name)
                }
                var ring: [GeoPoint] = []
                ring.reserveCapacity(positions.count)
                for (q, position) in positions.enumerated() {
                    let here = "\(at)ring \(r + 1), position \(q + 1)"
                    guard case .array(let pair) = position, pair.count >= 2,
                          case .number(let longitude) = pair[0], case .number(let latitude) = pair[1]
                    else {
                        return skip("geometry.coordinates", "has \(here) that is not [longitude, latitude]", name: name)
                    }
                    guard longitude.isFinite, latitude.isFinite else {
                        return skip("geometry.coordinates", "has \(here) [\(longitude), \(latitude)], not finite numbers", name: name)
                    }
                    guard abs(longitude) <= 180, abs(latitude) <= 90 else {
                        return skip("geometry.coordinates", "has \(here) [\(longitude), \(latitude)] outside ±180° longitude, ±90° latitude", name: name)
                    }
                    ring.append(GeoPoint(longitude: longitude, latitude: latitude))
                }
                guard ring.count >= 4 else {
                    return skip("geometry.coordinates", "has \(at)ring \(r + 1) of \(ring.count) position\(ring.count == 1 ? "" : "s"); a closed ring needs at least 4", name: name)
                }
                guard ring.first == ring.last else {
                    return skip("geometry.coordinates", "has \(at)ring \(r + 1) that is not closed (its first and last positions differ)", name: name)
                }
                rings.append(ring)
            }
            polygons.append(rings)
        }
        seen[id] = line
        result.records.append(AuthorityBoundary(id: id, name: name, onsCode: code, polygons: polygons, source: tag))
    }

    /// A value as quoted in a message.
    static func describe(_ value: JSONScanner.Value?) -> String {
        switch value {
        case nil: "missing"
        case .string(let text)?: "'\(text.count > 40 ? String(text.prefix(39)) + "…" : text)'"
        case let other?: other.kind
        }
    }
}
