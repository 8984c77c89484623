import WorkbenchAnalysis
import WorkbenchCore
import XCTest

final class NearestNeighboursTests: XCTestCase {
    /// Four authorities on two variables, worked by hand:
    /// x = [0, 1, 2, 5], y = [0, 0, 2, 2]; means 2 and 1; population SDs √(4+1+0+9)/2 = √3.5 = 1.8708 and 1.
    /// From A (0,0): B differs by (1/1.8708, 0) → 0.5345; C by (2/1.8708, 2) → √(1.1429+4) = 2.2678;
    /// D by (5/1.8708, 2) → √(7.1429+4) = 3.3381. Rebased by 3.3381: B 0.1601, C 0.6794, D 1.
    func testDistancesAreStandardisedEuclideanAndRebased() throws {
        let points: [(String, Double, Double)] = [("a", 0, 0), ("b", 1, 0), ("c", 2, 2), ("d", 5, 2)]
        let authorities = points.map { AuthorityStatistics(id: BoroughID(rawValue: $0.0), name: $0.0.uppercased(), population: Sourced($0.1, .published("T")), hectares: Sourced($0.2, .published("T"))) }
        let variables = [
            NearestNeighbours.Variable(name: "x", detail: "") { $0.population?.value },
            NearestNeighbours.Variable(name: "y", detail: "") { $0.hectares?.value },
        ]
        let result = try NearestNeighbours.find(subject: "a", among: authorities, k: 3, variables: variables)
        XCTAssertEqual(result.neighbours.map(\.id), ["b", "c", "d"])
        XCTAssertEqual(result.neighbours[0].rawDistance, 0.5345, accuracy: 1e-4)
        XCTAssertEqual(result.neighbours[1].rawDistance, 2.2678, accuracy: 1e-4)
        XCTAssertEqual(result.neighbours[2].rawDistance, 3.3381, accuracy: 1e-4)
        XCTAssertEqual(result.neighbours[0].distance, 0.1601, accuracy: 1e-4)
        XCTAssertEqual(result.neighbours[1].distance, 0.6794, accuracy: 1e-4)
        XCTAssertEqual(result.neighbours[2].distance, 1, accuracy: 1e-12)
        XCTAssertEqual(result.compared, 3)
    }

    func testKLimitsTheListAndAuthoritiesLackingAVariableAreLeftOut() throws {
        let authorities = [
            AuthorityStatistics(id: "a", name: "A", population: Sourced(1, .published("T"))),
            AuthorityStatistics(id: "b", name: "B", population: Sourced(2, .published("T"))),
            AuthorityStatistics(id: "c", name: "C", population: Sourced(4, .published("T"))),
            AuthorityStatistics(id: "e", name: "E"),
        ]
        let variables = [NearestNeighbours.Variable(name: "x", detail: "") { $0.population?.value }]
        let result = try NearestNeighbours.find(subject: "a", among: authorities, k: 1, variables: variables)
        XCTAssertEqual(result.neighbours.map(\.id), ["b"])
        XCTAssertEqual(result.excluded.map(\.id), ["e"])
        XCTAssertThrowsError(try NearestNeighbours.find(subject: "e", among: authorities, k: 1, variables: variables))
        XCTAssertThrowsError(try NearestNeighbours.find(subject: "a", among: authorities, k: 0, variables: variables))
    }

    func testComparisonRowDerivesMeasuresAndLeavesMissingOnesMissing() {
        let stats = AuthorityStatistics(
            id: "x", name: "X", population: Sourced(200_000, .published("S72")), hectares: Sourced(4_000, .published("S72")),
            libraries2010: Sourced(10, .derived("S71", method: "count")), libraries2016: Sourced(8, .derived("S71", method: "count")),
            weeklyHours: Sourced(400, .derived("S71", method: "sum")))
        let row = ComparisonRow(stats)
        XCTAssertEqual(row.peoplePerLibrary, 20_000)
        // 400 h × 52 = 20,800 a year; per 1,000 of 200,000 people = 104; 104 / 128 = 0.8125.
        XCTAssertEqual(row.annualHoursPerThousand ?? 0, 104, accuracy: 1e-9)
        XCTAssertEqual(row.againstStandard ?? 0, 0.8125, accuracy: 1e-9)
        XCTAssertEqual(row.libraryChange, -2)
        XCTAssertEqual(row.density, 50)
        XCTAssertNil(row.spendPerHead)
        XCTAssertNil(ComparisonRow(AuthorityStatistics(id: "y", name: "Y")).peoplePerLibrary)
    }
}
