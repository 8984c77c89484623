import Camden
import Testing
import WorkbenchCore
import WorkbenchTestSupport

/// Camden keeps every rule of a borough module, and its profile gives the facts its sources give.
struct CamdenModuleTests {
    /// 12 rows statutory in April 2010 plus St Pancras, which has no row of its own [S71][S30]; nine statutory
    /// libraries in July 2016, the "nine public libraries" of [S29]; 44 + 29 + 49 + 49 + 49 + 78 + 41 + 54 + 41 = 434
    /// hours.
    static let headline = BoroughHeadline(
        id: "camden", onsCode: "E09000007", population: 241_059, libraries2010: 13, libraries2016: 9, weeklyHours: 434)

    @Test(arguments: BoroughModuleConformance.allCases)
    func keepsTheRule(_ rule: BoroughModuleConformance) {
        #expect(rule.problems(CamdenModule(), headline: Self.headline) == [])
    }

    @Test func figuresAndArrangements() throws {
        let profile = CamdenModule().profile
        let count2010 = try #require(profile.statistics.libraries2010)
        #expect(count2010.provenance.kind == .derived)
        #expect(count2010.provenance.sources == ["S71", "S30"])
        #expect(count2010.provenance.method?.contains("St Pancras") ?? false)
        #expect(profile.libraries.contains { $0.name.hasPrefix("St Pancras") && $0.statutory2010 })
        #expect(profile.statistics.annualSpend?.value == Money(millions: 8))
        #expect(profile.figure(.libraryBudget)?.value == 8_000_000)
        #expect(profile.figure(.savings)?.value == 2_000_000)
        #expect(profile.figure("savings-programme-2011")?.value == 1_600_000)
        #expect(profile.figure("job-losses-2011")?.value == 35)
        #expect(profile.figure(.census2011Population)?.value == 220_300)
        // 220,300 + 15,100 = 235,400
        #expect(profile.figure("ons-population-2010")?.value == 235_400)
        let community = profile.libraries.filter {
            $0.operation2016 == .communityRun || $0.operation2016 == .independentCommunity
        }
        #expect(community.count == 4, "Belsize, Chalk Farm, Heath and Highgate")
        #expect(profile.arrangements.contains { $0.kind == .communityManaged && $0.since == 2012 })
    }

    @Test func registersItsOwnCalculator() throws {
        var registrar = Registrar(module: CamdenModule.descriptor.id)
        try CamdenModule().register(in: &registrar)
        #expect(registrar.calculators.map(\.descriptor.id) == ["camden-community-libraries"])
    }
}
