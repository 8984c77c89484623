import Foundation
import Testing
import WorkbenchAnalysis
import WorkbenchCore
import WorkbenchShell
import WorkbenchTestSupport
import WorkbenchWorkspace

/// Borders derived from the boundaries: facts anyone can check on a map, against the real England file (skipped, with
/// the reason printed, when `../shared/data` is absent) and the London boundaries the default workspace ships; and
/// the `borders` command.
@Suite struct BordersTests {
    /// `authorities_geo.json` from `../shared/data`, when this machine has it.
    static let realFile: URL? = {
        let candidates = [
            SessionFixture.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data/authorities_geo.json"),
        ]
        let found = candidates.first { FileManager.default.fileExists(atPath: $0.path) }
        if found == nil { print("Skipping the England border facts: authorities_geo.json is not in ../shared/data.") }
        return found
    }()

    /// The border facts of the issue: (a, b, whether they border).
    static let facts: [(String, String, Bool)] = [
        ("bexley", "bromley", true), ("bexley", "greenwich", true),
        ("camden", "barnet", true), ("camden", "islington", true), ("camden", "westminster", true),
        ("merton", "sutton", true), ("merton", "wandsworth", true),
        ("enfield", "barnet", true), ("enfield", "haringey", true),
        ("bexley", "camden", false), ("barnet", "croydon", false),
    ]

    static func check(_ graph: BorderGraph) {
        for (a, b, expected) in facts {
            #expect(graph.borders(BoroughID(rawValue: a), BoroughID(rawValue: b)) == expected, "\(a)–\(b)")
            #expect(graph.borders(BoroughID(rawValue: b), BoroughID(rawValue: a)) == expected, "\(b)–\(a)")
        }
    }

    @Test(.enabled(if: realFile != nil, "../shared/data/authorities_geo.json is absent"))
    func englandFileGivesTheFacts() throws {
        let url = try #require(Self.realFile)
        let boundaries = try GeoJSONReader.read([UInt8](try Data(contentsOf: url)), file: "authorities_geo.json").records
        #expect(boundaries.count == 151)
        let graph = Borders.compute(boundaries)
        Self.check(graph)
        // Across the Thames: a river counts as a border.
        #expect(graph.borders(BoroughID(rawValue: "tower-hamlets"), BoroughID(rawValue: "southwark")))
        // Every authority but the islands has a neighbour; the graph is symmetric.
        let isolated = graph.ids.indices.filter { graph.neighbours[$0].isEmpty }.map { graph.ids[$0].rawValue }
        #expect(isolated == ["isle-of-wight"])
        for (i, list) in graph.neighbours.enumerated() { for j in list { #expect(graph.neighbours[j].contains(i)) } }
    }

    @Test func shippedLondonBoundariesGiveTheFacts() throws {
        let boundaries = try #require(try BoundariesFile.load(from: SessionFixture.defaultWorkspace))
        Self.check(Borders.compute(boundaries))
    }

    @Test func cornersDoNotCountButSharedEdgesDo() {
        func square(_ name: String, _ x: Double, _ y: Double, size: Double = 0.02) -> AuthorityBoundary {
            let ring = [(x, y), (x + size, y), (x + size, y + size), (x, y + size), (x, y)]
                .map { GeoPoint(longitude: $0.0, latitude: $0.1) }
            return AuthorityBoundary(id: BoroughID(rawValue: name), name: name, polygons: [[ring]])
        }
        // a and b share a whole side (about 1.4 km); c touches a only at a corner; d is across a 100 m "river".
        let graph = Borders.compute([
            square("a", 0, 51.5), square("b", 0.02, 51.5), square("c", -0.02, 51.52), square("d", 0, 51.4789),
        ])
        #expect(graph.borders(BoroughID(rawValue: "a"), BoroughID(rawValue: "b")))
        #expect(!graph.borders(BoroughID(rawValue: "a"), BoroughID(rawValue: "c")))
        #expect(graph.borders(BoroughID(rawValue: "a"), BoroughID(rawValue: "d")))
        #expect(!graph.borders(BoroughID(rawValue: "b"), BoroughID(rawValue: "c")))
    }

    @Test func bordersCommandListsNeighbours() throws {
        let session = try SessionFixture.session()
        let text = SessionFixture.transcript(session, "borders bexley")
        #expect(text.contains("Authorities bordering Bexley"))
        #expect(text.contains("Bromley"))
        #expect(text.contains("Greenwich"))
        #expect(!text.contains("Camden"))
        #expect(text.contains("a river counts as a border"))
        let unknown = SessionFixture.transcript(session, "borders bexly")
        #expect(unknown.contains("Did you mean 'bexley'?"))
        let help = SessionFixture.transcript(session, "help borders")
        #expect(help.contains("A river counts as a border"))
    }
}

/// Centres of authorities for `within:<km>`.
@Suite struct CentresTests {
    @Test func squareCentroidAndDistances() throws {
        let ring = [(0.0, 51.0), (0.2, 51.0), (0.2, 51.2), (0.0, 51.2), (0.0, 51.0)].map { GeoPoint(longitude: $0.0, latitude: $0.1) }
        let hole = [(0.0, 51.0), (0.0, 51.1), (0.1, 51.1), (0.1, 51.0), (0.0, 51.0)].map { GeoPoint(longitude: $0.0, latitude: $0.1) }
        let projection = LocalProjection(referenceLatitude: 51.1)
        let plain = Centres.centroid(of: AuthorityBoundary(id: BoroughID(rawValue: "a"), name: "A", polygons: [[ring]]), projection: projection)
        #expect(abs(plain.longitude - 0.1) < 1e-9 && abs(plain.latitude - 51.1) < 1e-9)
        // A hole in the south-west quarter moves the centre north-east.
        let holed = Centres.centroid(of: AuthorityBoundary(id: BoroughID(rawValue: "b"), name: "B", polygons: [[ring, hole]]), projection: projection)
        #expect(holed.longitude > 0.1 && holed.latitude > 51.1)
        // 0.1° of latitude is about 11.1 km.
        let north = GeoPoint(longitude: 0.1, latitude: 51.2)
        #expect(abs(projection.distance(plain, north) - 11_119.5) < 1)
        #expect(Centres.withinGraph([plain, north], kilometres: 12, projection: projection) == [[1], [0]])
        #expect(Centres.withinGraph([plain, north], kilometres: 11, projection: projection) == [[], []])
        let weighted = try #require(Centres.weightedCentre([(plain, 1), (north, 3)]))
        #expect(abs(weighted.latitude - 51.175) < 1e-9)
    }
}
