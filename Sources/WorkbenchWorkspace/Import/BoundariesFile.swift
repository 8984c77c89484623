public import Foundation
public import WorkbenchCore

/// The workspace's boundaries, `inputs/boundaries.geojson`, written by `import boundaries`: a GeoJSON
/// `FeatureCollection`, one feature per line, each with the properties `id`, `name`, `code` and `source` (the source
/// tag, `S72`) and its Polygon or MultiPolygon rounded to six decimals of a degree (about 0.1 m). It is read back
/// with the same reader as the import (`GeoJSONReader`), so a hand-edited file is checked the same way.
public enum BoundariesFile {
    /// Its path inside a workspace.
    public static let path = "inputs/boundaries.geojson"

    /// The boundaries as GeoJSON text.
    public static func render(_ boundaries: [AuthorityBoundary]) -> String {
        var out = "{\"type\":\"FeatureCollection\",\"features\":[\n"
        for (index, boundary) in boundaries.enumerated() {
            out += "{\"type\":\"Feature\",\"properties\":{\"id\":\(quoted(boundary.id.rawValue)),\"name\":\(quoted(boundary.name))"
            if let code = boundary.onsCode { out += ",\"code\":\(quoted(code))" }
            out += ",\"source\":\(quoted(boundary.source))},\"geometry\":{"
            let rings = { (rings: AuthorityBoundary.Polygon) -> String in
                "[" + rings.map { ring in
                    "[" + ring.map { "[\(number($0.longitude)),\(number($0.latitude))]" }.joined(separator: ",") + "]"
                }.joined(separator: ",") + "]"
            }
            if boundary.polygons.count == 1 {
                out += "\"type\":\"Polygon\",\"coordinates\":" + rings(boundary.polygons[0])
            } else {
                out += "\"type\":\"MultiPolygon\",\"coordinates\":[" + boundary.polygons.map(rings).joined(separator: ",") + "]"
            }
            out += "}}" + (index + 1 < boundaries.count ? ",\n" : "\n")
        }
        return out + "]}\n"
    }

    /// Reads the workspace's boundaries, or nil when it has none.
    /// - Throws: `invalidFile` when the file is not GeoJSON or a feature in it cannot be read (a workspace file must
    ///   read whole; `check` reports the same).
    public static func load(from folder: URL) throws -> [AuthorityBoundary]? {
        let url = folder.appendingPathComponent(path)
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw WorkbenchError(.invalidFile, "Could not read '\(path)'.", location: .init(file: path), cause: "\(error)")
        }
        let result = try GeoJSONReader.read([UInt8](data), file: path)
        if let first = result.skipped.first {
            throw WorkbenchError(
                .invalidFile, "'\(path)' line \(first.line): \(first.message).",
                hint: "Import the boundaries again with 'import boundaries <file>'.",
                location: .init(file: path, line: first.line, field: first.field))
        }
        return result.records
    }

    /// A coordinate rounded to six decimals, in the shortest form that reads back the same.
    static func number(_ value: Double) -> String {
        let rounded = (value * 1_000_000).rounded() / 1_000_000
        return rounded == 0 ? "0" : "\(rounded)"
    }

    /// A JSON string literal.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
