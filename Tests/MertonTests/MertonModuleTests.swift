import Merton
import Testing
import WorkbenchCore
import WorkbenchTestSupport

/// Merton keeps every rule of a borough module, and its profile gives the facts its sources give.
struct MertonModuleTests {
    /// Seven in April 2010; in July 2016 Donald Hope was temporarily closed and the temporary Colliers Wood library
    /// counted instead, so seven again [S71]; 45.5 + 55 + 55 + 45.5 + 45.5 + 45.5 + 55 = 347 hours.
    static let headline = BoroughHeadline(
        id: "merton", onsCode: "E09000024", population: 204_565, libraries2010: 7, libraries2016: 7, weeklyHours: 347)

    @Test(arguments: BoroughModuleConformance.allCases)
    func keepsTheRule(_ rule: BoroughModuleConformance) {
        #expect(rule.problems(MertonModule(), headline: Self.headline) == [])
    }

    @Test func figuresAndArrangements() throws {
        let profile = MertonModule().profile
        let donaldHope = try #require(profile.libraries.first { $0.name.hasPrefix("Donald Hope") })
        #expect(donaldHope.operation2016 == .temporarilyClosed)
        #expect(donaldHope.weeklyHours == nil)
        #expect(profile.figure("west-barnes-closure-saving")?.value == 94_000)
        #expect(profile.figure(.census2011Population)?.value == 199_693)
        let consortium = try #require(profile.arrangements.first { $0.kind == .procurementConsortium })
        #expect(consortium.since == 2011)
        #expect(consortium.provenance.sources.contains("S10"))
    }
}
