import Foundation
import Testing
import WorkbenchCore
import WorkbenchWorkspace

/// The GeoJSON boundaries reader against small hostile fixtures and, when present, the real England file.
@Suite struct GeoJSONReaderTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `authorities_geo.json` from `../shared/data`, when this machine has it.
    static let realFile: URL? = {
        let candidates = [
            packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data/authorities_geo.json"),
        ]
        let found = candidates.first { FileManager.default.fileExists(atPath: $0.path) }
        if found == nil { print("Skipping the real-boundaries tests: authorities_geo.json is not in ../shared/data.") }
        return found
    }()

    static let square = "[[[0,51],[0.1,51],[0.1,51.1],[0,51.1],[0,51]]]"

    static func collection(_ features: String...) -> [UInt8] {
        Array("{\"type\":\"FeatureCollection\",\"features\":[\n\(features.joined(separator: ",\n"))\n]}".utf8)
    }

    static func feature(_ name: String?, type: String = "Polygon", coordinates: String = square) -> String {
        let properties = name.map { "{\"name\":\"\($0)\",\"code\":\"E09\"}" } ?? "{\"code\":\"E09\"}"
        return "{\"type\":\"Feature\",\"properties\":\(properties),\"geometry\":{\"type\":\"\(type)\",\"coordinates\":\(coordinates)}}"
    }

    @Test func readsPolygonsAndMultiPolygons() throws {
        let result = try GeoJSONReader.read(Self.collection(
            Self.feature("Kensington and Chelsea"),
            Self.feature("Isles", type: "MultiPolygon", coordinates: "[\(Self.square),\(Self.square)]")), file: "t.json")
        #expect(result.records.map(\.id.rawValue) == ["kensington-and-chelsea", "isles"])
        #expect(result.records[1].polygons.count == 2)
        #expect(result.records[0].polygons[0][0].count == 5)
        #expect(result.skipped.isEmpty)
    }

    @Test func badJSONFailsWithLineAndColumn() {
        let bytes = Array("{\"type\":\"FeatureCollection\",\n\"features\":[{\"type\":\"Feature\",]}".utf8)
        #expect {
            try GeoJSONReader.read(bytes, file: "bad.json")
        } throws: { error in
            guard let error = error as? WorkbenchError else { return false }
            return error.code == .invalidFile && error.location?.line == 2 && error.location?.file == "bad.json"
        }
    }

    @Test func notAFeatureCollectionFails() {
        #expect(throws: WorkbenchError.self) {
            try GeoJSONReader.read(Array("{\"type\":\"Feature\",\"geometry\":null}".utf8), file: "f.json")
        }
        #expect(throws: WorkbenchError.self) { try GeoJSONReader.read(Array("[1,2]".utf8), file: "f.json") }
        #expect(throws: WorkbenchError.self) { try GeoJSONReader.read(Array("".utf8), file: "f.json") }
        #expect(throws: WorkbenchError.self) { try GeoJSONReader.read(Array(String(repeating: "[", count: 10_000).utf8), file: "f.json") }
    }

    @Test func wrongGeometryTypeIsSkippedWithFeatureAndField() throws {
        let result = try GeoJSONReader.read(Self.collection(
            Self.feature("Camden"), Self.feature("Point Town", type: "Point", coordinates: "[0,51]")), file: "t.json")
        #expect(result.records.map(\.name) == ["Camden"])
        let issue = try #require(result.skipped.first)
        #expect(issue.field == "geometry.type")
        #expect(issue.line == 3)
        #expect(issue.message.contains("feature 2 ('Point Town')"))
        #expect(issue.message.contains("'Point'"))
    }

    @Test func nonFiniteCoordinatesAreSkipped() throws {
        let result = try GeoJSONReader.read(Self.collection(
            Self.feature("Nan", coordinates: "[[[0,51],[NaN,51],[0.1,51.1],[0,51]]]"),
            Self.feature("Inf", coordinates: "[[[0,51],[1e999,51],[0.1,51.1],[0,51]]]"),
            Self.feature("Far", coordinates: "[[[0,51],[200,51],[0.1,51.1],[0,51]]]")), file: "t.json")
        #expect(result.records.isEmpty)
        #expect(result.skipped.count == 3)
        #expect(result.skipped[0].message.contains("ring 1, position 2"))
        #expect(result.skipped.allSatisfy { $0.field == "geometry.coordinates" })
    }

    @Test func unclosedAndShortRingsAreSkipped() throws {
        let result = try GeoJSONReader.read(Self.collection(
            Self.feature("Open", coordinates: "[[[0,51],[0.1,51],[0.1,51.1],[0,51.1]]]"),
            Self.feature("Short", coordinates: "[[[0,51],[0.1,51],[0,51]]]"),
            Self.feature("Flat", coordinates: "[[0,51],[0.1,51]]")), file: "t.json")
        #expect(result.records.isEmpty)
        #expect(result.skipped[0].message.contains("not closed"))
        #expect(result.skipped[1].message.contains("at least 4"))
        #expect(result.skipped[2].message.contains("position 1 that is not [longitude, latitude]"))
    }

    @Test func missingNameAndRepeatsAreSkipped() throws {
        let result = try GeoJSONReader.read(Self.collection(
            Self.feature(nil), Self.feature("  "), Self.feature("Bexley"), Self.feature("Bexley"), "42"), file: "t.json")
        #expect(result.records.map(\.name) == ["Bexley"])
        #expect(result.skipped.map(\.field) == ["properties.name", "properties.name", "properties.name", nil])
        #expect(result.skipped[2].message.contains("repeats"))
        #expect(result.linesRead == 5)
    }

    @Test func renderedFileReadsBackTheSame() throws {
        let read = try GeoJSONReader.read(Self.collection(
            Self.feature("Tower \\\"Hamlets\\\""),
            Self.feature("Isles", type: "MultiPolygon", coordinates: "[\(Self.square),\(Self.square)]")), file: "t.json")
        let text = BoundariesFile.render(read.records)
        let back = try GeoJSONReader.read(Array(text.utf8), file: BoundariesFile.path)
        #expect(back.records == read.records)
        #expect(back.records[0].name == "Tower \"Hamlets\"")
        #expect(back.records[0].source == "S72")
    }

    @Test(.enabled(if: realFile != nil, "../shared/data/authorities_geo.json is absent"))
    func readsTheRealEnglandFile() throws {
        let url = try #require(Self.realFile)
        let result = try GeoJSONReader.read([UInt8](try Data(contentsOf: url)), file: "authorities_geo.json")
        #expect(result.records.count == 151)
        #expect(result.skipped.isEmpty)
        #expect(result.records.filter { $0.onsCode?.hasPrefix("E09") == true }.count == 33)
        #expect(result.records.filter { $0.polygons.count > 1 }.count == 8)
        #expect(result.records.contains { $0.id.rawValue == "camden" })
    }

    @Test func shippedLondonBoundariesReadWhole() throws {
        let url = Self.packageRoot.appendingPathComponent("Workspaces/london-2010").appendingPathComponent(BoundariesFile.path)
        let boundaries = try #require(try BoundariesFile.load(from: Self.packageRoot.appendingPathComponent("Workspaces/london-2010")))
        #expect(FileManager.default.fileExists(atPath: url.path))
        #expect(boundaries.count == 33)
        #expect(boundaries.allSatisfy { $0.source == "S72" })
    }
}
