import Camden
import WorkbenchCore
import WorkbenchTestSupport
import XCTest

final class CamdenModuleTests: XCTestCase {
    func testModuleKeepsTheRules() {
        checkBoroughModule(CamdenModule())
    }

    func testHeadlineFacts() throws {
        let profile = CamdenModule().profile
        XCTAssertEqual(CamdenModule.descriptor.id, "camden")
        XCTAssertEqual(profile.statistics.onsCode, "E09000007")
        XCTAssertEqual(profile.statistics.population?.value, 241_059)
        // 12 rows statutory in April 2010 plus St Pancras, which has no row of its own [S71][S30].
        let count2010 = try XCTUnwrap(profile.statistics.libraries2010)
        XCTAssertEqual(count2010.value, 13)
        XCTAssertEqual(count2010.provenance.kind, .derived)
        XCTAssertEqual(count2010.provenance.sources, ["S71", "S30"])
        XCTAssertTrue(count2010.provenance.method?.contains("St Pancras") ?? false)
        XCTAssertTrue(profile.libraries.contains { $0.name.hasPrefix("St Pancras") && $0.statutory2010 })
        // Nine statutory libraries in July 2016, the "nine public libraries" of [S29].
        XCTAssertEqual(profile.statistics.libraries2016?.value, 9)
        // 44 + 29 + 49 + 49 + 49 + 78 + 41 + 54 + 41 = 434
        XCTAssertEqual(profile.statistics.weeklyHours?.value, 434)
        XCTAssertEqual(profile.statistics.annualSpend?.value, Money(millions: 8))
        XCTAssertEqual(profile.figure(.libraryBudget)?.value, 8_000_000)
        XCTAssertEqual(profile.figure(.savings)?.value, 2_000_000)
        XCTAssertEqual(profile.figure("savings-programme-2011")?.value, 1_600_000)
        XCTAssertEqual(profile.figure("job-losses-2011")?.value, 35)
        XCTAssertEqual(profile.figure(.census2011Population)?.value, 220_300)
        // 220,300 + 15,100 = 235,400
        XCTAssertEqual(profile.figure("ons-population-2010")?.value, 235_400)
        let community = profile.libraries.filter {
            $0.operation2016 == .communityRun || $0.operation2016 == .independentCommunity
        }
        XCTAssertEqual(community.count, 4, "Belsize, Chalk Farm, Heath and Highgate")
        XCTAssertTrue(profile.arrangements.contains { $0.kind == .communityManaged && $0.since == 2012 })
    }
}
