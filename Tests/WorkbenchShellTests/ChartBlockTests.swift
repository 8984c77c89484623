import WorkbenchReports
import WorkbenchShell
import WorkbenchTestSupport
import XCTest

/// The simulated NPV distribution and the partnership map come with their replies as charts.
final class ChartBlockTests: XCTestCase {
    private func charts(_ reply: Reply) -> [ChartSpec] {
        reply.blocks.compactMap { if case .chart(let chart) = $0 { return chart } else { return nil } }
    }

    func testSimulateDrawsTheNPVDistributionWithItsPercentiles() throws {
        let session = try SessionFixture.session()
        let reply = session.execute("simulate shared-service bexley+bromley --iterations 2000")
        XCTAssertEqual(reply.status, .ok, ReplyRenderer.text(reply))
        let chart = try XCTUnwrap(charts(reply).first)
        XCTAssertEqual(chart.kind, .histogram)
        XCTAssertEqual(chart.series.first?.points.reduce(0) { $0 + $1.y }, 2000)
        XCTAssertEqual(chart.references.map { String($0.label.prefix(3)) }, ["P5 ", "P50", "P95", "NPV"])
    }

    func testPartnersOptimiseDrawsThePartnershipMap() throws {
        let session = try SessionFixture.session()
        let reply = session.execute("partners optimise shared-service --among london --max-size 4")
        let chart = try XCTUnwrap(charts(reply).first)
        XCTAssertEqual(chart.kind, .scatter)
        let placed = chart.series.flatMap(\.points).compactMap(\.label).flatMap { $0.split(separator: "+") }
        XCTAssertEqual(placed.count, 33, "every authority appears once on the map")
    }
}
