import Enfield
import WorkbenchCore
import WorkbenchTestSupport
import XCTest

final class EnfieldModuleTests: XCTestCase {
    func testModuleKeepsTheRules() {
        checkBoroughModule(EnfieldModule())
    }

    func testHeadlineFacts() throws {
        let profile = EnfieldModule().profile
        XCTAssertEqual(EnfieldModule.descriptor.id, "enfield")
        XCTAssertEqual(profile.statistics.onsCode, "E09000010")
        XCTAssertEqual(profile.statistics.population?.value, 328_433)
        XCTAssertEqual(profile.statistics.libraries2010?.value, 17)
        XCTAssertEqual(profile.statistics.libraries2016?.value, 17)
        // Hours written h:mm in the dataset: Edmonton Green 56:30 is 56.5, Winchmore Hill 36:30 is 36.5.
        XCTAssertEqual(profile.libraries.first { $0.name == "Edmonton Green" }?.weeklyHours, 56.5)
        XCTAssertEqual(profile.libraries.first { $0.name == "Winchmore Hill" }?.weeklyHours, 36.5)
        // 19 + 25 + 23 + 56.5 + 36 + 20 + 62.5 + 38 + 48 + 44 + 53.5 + 49.5 + 49.5 + 43 + 52.5 + 47.5 + 36.5 = 704
        XCTAssertEqual(profile.statistics.weeklyHours?.value, 704)
        XCTAssertEqual(profile.libraries.filter(\.sharedSpace2016).count, 3)
        XCTAssertNil(profile.statistics.annualSpend, "no Enfield library budget was found")
        XCTAssertEqual(profile.figure("closure-proposal-2024-saving-low")?.value, 570_000)
        XCTAssertEqual(profile.figure("closure-proposal-2024-saving-high")?.value, 630_000)
        XCTAssertEqual(profile.figure("closure-proposal-2024-saving-low")?.provenance.period, "2024 proposal")
        XCTAssertEqual(profile.figure(.census2011Population)?.value, 312_500)
        XCTAssertTrue(profile.arrangements.contains { $0.kind == .coLocation && $0.since == 2016 })
    }
}
