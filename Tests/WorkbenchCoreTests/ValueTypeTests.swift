import Foundation
import WorkbenchCore
import XCTest

final class ValueTypeTests: XCTestCase {
    func testMoneyFormatsWithItsUnit() {
        XCTAssertEqual(Money(pounds: 412).description, "£412")
        XCTAssertEqual(Money(pounds: 35_240).description, "£35.2k")
        XCTAssertEqual(Money(pounds: 370_000).description, "£370k")
        XCTAssertEqual(Money(pounds: 1_107_000).description, "£1.11m")
        XCTAssertEqual(Money(pounds: -2_400_000).description, "-£2.40m")
        XCTAssertEqual(MoneyFormat.whole(1_107_000), "£1,107,000")
        XCTAssertEqual(MoneyFormat.fixed(0.35626, decimals: 4), "0.3563")
        XCTAssertEqual(MoneyFormat.fixed(-0.00001, decimals: 2), "0.00")
        XCTAssertEqual(Money(pounds: .nan).description, "n/a")
    }

    func testMoneyArithmetic() {
        XCTAssertEqual(Money(thousands: 400) + Money(thousands: 370), Money(pounds: 770_000))
        XCTAssertEqual(Money(millions: 2) / 4, Money(pounds: 500_000))
        XCTAssertLessThan(Money(pounds: 1), Money(pounds: 2))
    }

    func testRateParsesPercentagesAndFractions() {
        XCTAssertEqual(Rate(argument: "3.5%")?.fraction ?? 0, 0.035, accuracy: 1e-12)
        XCTAssertEqual(Rate(argument: "0.035")?.fraction ?? 0, 0.035, accuracy: 1e-12)
        XCTAssertEqual(Rate(argument: " 10% ")?.fraction ?? 0, 0.10, accuracy: 1e-12)
        XCTAssertNil(Rate(argument: "abc"))
        XCTAssertNil(Rate(argument: "%"))
        XCTAssertNil(Rate(argument: "nan"))
        XCTAssertEqual(Rate(fraction: 0.035).description, "3.5%")
        XCTAssertEqual(Rate(fraction: 0.1).description, "10%")
    }

    func testFinancialYearPrintsAndParses() {
        XCTAssertEqual(FinancialYear(startYear: 2010).description, "2010/11")
        XCTAssertEqual(FinancialYear(startYear: 1999).description, "1999/00")
        XCTAssertEqual(FinancialYear(argument: "2010/11"), FinancialYear(startYear: 2010))
        XCTAssertEqual(FinancialYear(argument: "2010-11"), FinancialYear(startYear: 2010))
        XCTAssertEqual(FinancialYear(argument: "2012"), FinancialYear(startYear: 2012))
        XCTAssertNil(FinancialYear(argument: "2010/12"))
        XCTAssertNil(FinancialYear(argument: "10/11"))
        XCTAssertEqual(FinancialYear(startYear: 2010).advanced(by: 3).description, "2013/14")
    }

    func testIdentifiersAreValidatedKebabCase() {
        XCTAssertNotNil(BoroughID(validating: "waltham-forest"))
        XCTAssertNil(BoroughID(validating: "Waltham Forest"))
        XCTAssertNil(BoroughID(validating: "-bromley"))
        XCTAssertNil(BoroughID(validating: "a--b"))
        XCTAssertNil(BoroughID(validating: ""))
        XCTAssertEqual(BoroughID.slug("Kensington and Chelsea"), "kensington-and-chelsea")
        XCTAssertEqual(BoroughID.slug("King's Lynn & West Norfolk"), "kings-lynn-west-norfolk")
    }

    func testIdentifierDecodingRejectsBadText() throws {
        let good = try JSONDecoder().decode([BoroughID].self, from: Data(#"["bromley"]"#.utf8))
        XCTAssertEqual(good, ["bromley"])
        XCTAssertThrowsError(try JSONDecoder().decode([BoroughID].self, from: Data(#"["Bromley!"]"#.utf8)))
    }

    func testSubjectParsesGroupsWithoutRepeats() {
        XCTAssertEqual(Subject(argument: "bexley+bromley")?.boroughs, ["bexley", "bromley"])
        XCTAssertEqual(Subject(argument: "bexley+bexley")?.boroughs, ["bexley"])
        XCTAssertEqual(Subject(argument: "bromley")?.isGroup, false)
        XCTAssertNil(Subject(argument: "bexley+"))
        XCTAssertNil(Subject(argument: "+"))
        XCTAssertEqual(Subject(["bexley", "bromley"]).description, "bexley+bromley")
    }

    func testOptimismBiasPolicyRoundTrips() {
        XCTAssertEqual(OptimismBiasPolicy(argument: "upper-bound"), .upperBound)
        XCTAssertEqual(OptimismBiasPolicy(argument: "none"), OptimismBiasPolicy.none)
        XCTAssertEqual(OptimismBiasPolicy(argument: "mitigated:0.5"), .mitigated(0.5))
        XCTAssertNil(OptimismBiasPolicy(argument: "mitigated:1.5"))
        XCTAssertEqual(OptimismBiasPolicy.mitigated(0.25).description, "mitigated:0.25")
    }

    func testProvenanceDescribesItself() {
        XCTAssertEqual(Provenance.published("S71", period: "April 2010").description, "published [S71] (April 2010)")
        XCTAssertEqual(Provenance.derived("S36", method: "250k / 8").kind, .derived)
    }

    func testErrorDescriptionNamesPlaceAndHint() {
        let error = WorkbenchError(
            .invalidFile, "The value of 'name' should be a string.", hint: "Quote it.",
            location: .init(file: "workspace.json", line: 3, column: 9, field: "name"))
        XCTAssertEqual(error.description, "workspace.json:3:9, field 'name': The value of 'name' should be a string.\nQuote it.")
        XCTAssertEqual(
            WorkbenchError.invalid("--rate", "150%", expected: "a rate").message,
            "The value '150%' is invalid for '--rate': expected a rate.")
    }

    func testCashFlowScheduleNetsCostsAgainstSavings() {
        let schedule = CashFlowSchedule(
            title: "t", origin: "test", baseYear: FinancialYear(startYear: 2010), horizon: 2,
            lines: [
                CashFlowLine("setup", kind: .oneOffCost, amounts: [100], provenance: .estimate(method: "test")),
                CashFlowLine("running", kind: .recurringCost, amounts: [0, 10, 10], provenance: .estimate(method: "test")),
                CashFlowLine("saving", kind: .saving, amounts: [0, 50, 60], provenance: .estimate(method: "test")),
            ], optimismBias: nil)
        XCTAssertEqual(schedule.netFlows, [-100, 40, 50])
        XCTAssertEqual(schedule.totals(of: .saving), [0, 50, 60])
    }
}
