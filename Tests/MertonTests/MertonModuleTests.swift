import Merton
import WorkbenchCore
import WorkbenchTestSupport
import XCTest

final class MertonModuleTests: XCTestCase {
    func testModuleKeepsTheRules() {
        checkBoroughModule(MertonModule())
    }

    func testHeadlineFacts() throws {
        let profile = MertonModule().profile
        XCTAssertEqual(MertonModule.descriptor.id, "merton")
        XCTAssertEqual(profile.statistics.onsCode, "E09000024")
        XCTAssertEqual(profile.statistics.population?.value, 204_565)
        // Seven in April 2010; in July 2016 Donald Hope was temporarily closed and the temporary Colliers Wood
        // library counted instead, so seven again [S71].
        XCTAssertEqual(profile.statistics.libraries2010?.value, 7)
        XCTAssertEqual(profile.statistics.libraries2016?.value, 7)
        let donaldHope = try XCTUnwrap(profile.libraries.first { $0.name.hasPrefix("Donald Hope") })
        XCTAssertEqual(donaldHope.operation2016, .temporarilyClosed)
        XCTAssertNil(donaldHope.weeklyHours)
        // 45.5 + 55 + 55 + 45.5 + 45.5 + 45.5 + 55 = 347
        XCTAssertEqual(profile.statistics.weeklyHours?.value, 347)
        XCTAssertEqual(profile.figure("west-barnes-closure-saving")?.value, 94_000)
        XCTAssertEqual(profile.figure(.census2011Population)?.value, 199_693)
        let consortium = try XCTUnwrap(profile.arrangements.first { $0.kind == .procurementConsortium })
        XCTAssertEqual(consortium.since, 2011)
        XCTAssertTrue(consortium.provenance.sources.contains("S10"))
    }
}
