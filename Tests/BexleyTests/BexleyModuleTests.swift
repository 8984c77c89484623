import Bexley
import Testing
import WorkbenchCore
import WorkbenchTestSupport

/// Bexley keeps every rule of a borough module, and its profile gives the facts its sources give.
struct BexleyModuleTests {
    /// authorities.csv [S72]: population 242142. 12 rows statutory in April 2010; six became community libraries,
    /// leaving 6 statutory in July 2016 [S71]; 52 + 47.5 + 49 + 49 + 49 + 47.5 = 294 hours.
    static let headline = BoroughHeadline(
        id: "bexley", onsCode: "E09000004", population: 242_142, libraries2010: 12, libraries2016: 6, weeklyHours: 294)

    @Test(arguments: BoroughModuleConformance.allCases)
    func keepsTheRule(_ rule: BoroughModuleConformance) {
        #expect(rule.problems(BexleyModule(), headline: Self.headline) == [])
    }

    @Test func figuresAndArrangements() throws {
        let profile = BexleyModule().profile
        #expect(profile.libraries.filter { $0.operation2016 != .localAuthority }.count == 6)
        #expect(profile.libraries.first { $0.name == "Upper Belvedere Community Library" }?.weeklyHours == 28.25)
        #expect(profile.statistics.annualSpend?.value == Money(pounds: 4_393_000))
        #expect(profile.statistics.annualSpend?.provenance.sources == ["S40"])
        #expect(profile.figure(.savings)?.value == 400_000)
        #expect(profile.figure(.backOfficePosts)?.value == 35)
        #expect(profile.figure(.census2011Population) == nil, "Bexley's 2011 Census population was not found")
        let shared = try #require(profile.arrangements.first { $0.kind == .sharedService })
        #expect(shared.partners == ["bromley"])
        #expect(shared.provenance.sources == ["S13", "S14", "S16"])
        #expect(profile.arrangements.contains { $0.kind == .communityManaged && $0.since == 2012 })
    }
}
