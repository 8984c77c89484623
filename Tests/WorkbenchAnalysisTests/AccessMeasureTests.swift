import Testing
import WorkbenchAnalysis
import WorkbenchCore

/// `AccessMeasure` on a fixture small enough to compute by hand.
///
/// Authority `a`: L1 at (0°, 51.5°) with 100 people under 0.1 mile, 200 at 0.1–0.2 and 50 at 1.0–1.1 (deprivation 2,
/// most deprived band); L2 at (0°, 51.52°) with 300 under 0.1 mile and 40 at 1.4–1.5 (deprivation 6); L3 at (0.05°,
/// 51.5°) statutory in 2010 only, 70 people nearer to it. Authority `b`: L4 at (0°, 51.505°). L1 to L2 is 0.02° of
/// latitude, 0.02 × π/180 × 6,371,008.8 m = 2,223.9 m = 1.3819 miles; L1 to L4 is a quarter of that, 0.3455 miles.
@Suite struct AccessMeasureTests {
    static func library(_ id: Int, _ authority: String, lon: Double, lat: Double, in2016: Bool = true, deprivation: Double? = nil) -> LibraryLocation {
        LibraryLocation(
            id: id, name: "L\(id)", authorityID: BoroughID(rawValue: authority), authorityName: authority.uppercased(),
            point: GeoPoint(longitude: lon, latitude: lat), statutory2010: true, statutory2016: in2016, deprivation: deprivation)
    }

    static let libraries = [
        library(1, "a", lon: 0, lat: 51.5, deprivation: 2), library(2, "a", lon: 0, lat: 51.52, deprivation: 6),
        library(3, "a", lon: 0.05, lat: 51.5, in2016: false), library(4, "b", lon: 0, lat: 51.505, deprivation: 8),
    ]
    static let catchments: [Int: LibraryCatchment] = [
        1: LibraryCatchment(libraryID: 1, people: [100, 200, 0, 0, 0, 0, 0, 0, 0, 0, 50]),
        2: LibraryCatchment(libraryID: 2, people: [300, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 40]),
        3: LibraryCatchment(libraryID: 3, people: [70]),
        4: LibraryCatchment(libraryID: 4, people: [999]),
    ]
    static let l1ToL2 = 0.02 * Double.pi / 180 * 6_371_008.8 / 1_609.344

    static func measure(_ scenario: AccessScenario = .init()) throws -> AccessResult {
        try #require(AccessMeasure.measure(
            authority: BoroughID(rawValue: "a"), libraries: libraries, catchments: catchments, scenario: scenario))
    }

    @Test func haversineMatchesTheHandFigure() {
        #expect(abs(Haversine.miles(Self.libraries[0].point, Self.libraries[1].point) - 1.38186) < 1e-4)
        #expect(abs(Haversine.miles(Self.libraries[0].point, Self.libraries[1].point) - Self.l1ToL2) < 1e-9)
    }

    @Test func peopleWithinEachDistanceNow() throws {
        let result = try Self.measure()
        #expect(result.population == 690)
        #expect(result.statutory.map(\.id) == [1, 2])
        // 1 mile: L1's bands ending 0.1 and 0.2 (300) and L2's first (300); 2 and 3 miles: everyone.
        #expect(result.thresholds.map(\.before) == [600, 690, 690])
        #expect(result.thresholds.map(\.after) == [600, 690, 690])
        #expect(result.moved == 0)
        #expect(result.leftSince2010.map(\.id) == [3] && result.peopleNearerLeftSince2010 == 70)
    }

    @Test func closingMovesTheWholeCatchmentByAtMostTheDistanceApart() throws {
        let result = try Self.measure(AccessScenario(closed: [1]))
        let move = try #require(result.moves.first)
        #expect(move.people == 350 && move.to?.id == 2 && !move.handedOver)
        #expect(abs((move.miles ?? 0) - Self.l1ToL2) < 1e-9)
        // After: L1's people at 0.1 + 1.38 and 0.2 + 1.38 (within 2), 1.1 + 1.38 (within 3); L2's unchanged.
        #expect(result.thresholds.map(\.after) == [300, 640, 690])
        #expect(result.moved == 350)
        let most = try #require(result.bands.first)
        #expect(most.label.hasPrefix("1–3") && most.people == 350 && most.moved == 350 && most.leavingOneMile == 300)
        #expect(abs(most.meanAdded - Self.l1ToL2) < 1e-9 && abs(most.largestAdded - Self.l1ToL2) < 1e-9)
        let middle = result.bands[2]
        #expect(middle.label == "5–7" && middle.people == 340 && middle.moved == 0)
    }

    @Test func acrossBoundariesTakesTheNearerLibraryOfAnotherAuthority() throws {
        let result = try Self.measure(AccessScenario(handedOver: [1], acrossBoundaries: true))
        let move = try #require(result.moves.first)
        #expect(move.to?.id == 4 && move.handedOver)
        #expect(abs((move.miles ?? 0) - Self.l1ToL2 / 4) < 1e-9)
        // 0.1 + 0.35 and 0.2 + 0.35 stay within 1 mile; 1.1 + 0.35 within 2.
        #expect(result.thresholds.map(\.after) == [600, 690, 690])
        #expect(result.bands[0].leavingOneMile == 0)
    }

    @Test func closingEveryLibraryLeavesNoneToGoTo() throws {
        let result = try Self.measure(AccessScenario(closed: [1, 2]))
        #expect(result.moves.map { $0.to == nil } == [true, true])
        #expect(result.thresholds.map(\.after) == [0, 0, 0])
        #expect(result.moved == 690)
        #expect(result.bands.reduce(0) { $0 + $1.leavingOneMile } == 600)
    }

    @Test func anUnlocatedAuthorityGivesNil() {
        #expect(AccessMeasure.measure(authority: BoroughID(rawValue: "zzz"), libraries: Self.libraries, catchments: Self.catchments) == nil)
    }
}
