import Bexley
import WorkbenchCore
import WorkbenchTestSupport
import XCTest

final class BexleyModuleTests: XCTestCase {
    func testModuleKeepsTheRules() {
        checkBoroughModule(BexleyModule())
    }

    func testHeadlineFacts() throws {
        let profile = BexleyModule().profile
        XCTAssertEqual(BexleyModule.descriptor.id, "bexley")
        XCTAssertEqual(profile.statistics.onsCode, "E09000004")
        // authorities.csv [S72]: Bexley, population 242142.
        XCTAssertEqual(profile.statistics.population?.value, 242_142)
        // 12 rows statutory in April 2010; six became community libraries, leaving 6 statutory in July 2016 [S71].
        XCTAssertEqual(profile.statistics.libraries2010?.value, 12)
        XCTAssertEqual(profile.statistics.libraries2016?.value, 6)
        XCTAssertEqual(profile.libraries.filter { $0.operation2016 != .localAuthority }.count, 6)
        // 52 + 47.5 + 49 + 49 + 49 + 47.5 = 294
        XCTAssertEqual(profile.statistics.weeklyHours?.value, 294)
        XCTAssertEqual(profile.libraries.first { $0.name == "Upper Belvedere Community Library" }?.weeklyHours, 28.25)
        XCTAssertEqual(profile.statistics.annualSpend?.value, Money(pounds: 4_393_000))
        XCTAssertEqual(profile.statistics.annualSpend?.provenance.sources, ["S40"])
        XCTAssertEqual(profile.figure(.savings)?.value, 400_000)
        XCTAssertEqual(profile.figure(.backOfficePosts)?.value, 35)
        XCTAssertNil(profile.figure(.census2011Population), "Bexley's 2011 Census population was not found")
        let shared = try XCTUnwrap(profile.arrangements.first { $0.kind == .sharedService })
        XCTAssertEqual(shared.partners, ["bromley"])
        XCTAssertEqual(shared.provenance.sources, ["S13", "S14", "S16"])
        XCTAssertTrue(profile.arrangements.contains { $0.kind == .communityManaged && $0.since == 2012 })
    }
}
