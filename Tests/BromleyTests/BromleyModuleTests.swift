import Bromley
import Testing
import WorkbenchCore
import WorkbenchTestSupport

/// Bromley keeps every rule of a borough module, its profile gives the facts its sources give, and the shared
/// checker catches a broken profile.
struct BromleyModuleTests {
    /// authorities.csv [S72]: population 324857. 15 rows marked statutory in April 2010; Anerley closed in 2014, so
    /// 14 in July 2016 [S71].
    static let headline = BoroughHeadline(
        id: "bromley", onsCode: "E09000006", population: 324_857, libraries2010: 15, libraries2016: 14,
        weeklyHours: 548.5)

    @Test(arguments: BoroughModuleConformance.allCases)
    func keepsTheRule(_ rule: BoroughModuleConformance) {
        #expect(rule.problems(BromleyModule(), headline: Self.headline) == [])
    }

    @Test func figuresAndArrangements() throws {
        let profile = BromleyModule().profile
        #expect(BromleyModule.descriptor.name == "London Borough of Bromley")
        #expect(profile.statistics.hectares?.value == 15_013.487)
        #expect(profile.libraries.count == 15)
        #expect(profile.statistics.weeklyHours?.provenance.period == "2016")
        #expect(profile.figure(.staffFTE)?.value == 111)
        #expect(profile.figure(.weeklyHours)?.value == 605)
        #expect(profile.figure("weekly-hours-2014")?.value == 527.5)
        #expect(profile.figure(.savings)?.value == 370_000)
        #expect(profile.figure(.savings)?.provenance.sources == ["S14"])
        #expect(profile.figure(.backOfficePosts)?.value == 36)
        #expect(profile.figure("rfid-cost")?.value == 275_000)
        // £250,000 / 8 FTE = £31,250 per FTE.
        #expect(profile.figure("cost-per-fte")?.value == 31_250)
        let shared = try #require(profile.arrangements.first { $0.kind == .sharedService })
        #expect(shared.partners == ["bexley"])
        #expect(shared.since == 2011)
        #expect(profile.arrangements.contains { $0.kind == .trustOrProvider && $0.since == 2017 })
        let anerley = try #require(profile.libraries.first { $0.name == "Anerley Town Hall" })
        #expect(!anerley.statutory2016)
        #expect(anerley.operation2016 == .closed)
    }

    /// The shared checker must catch a broken profile, or the other tests prove nothing.
    @Test(arguments: [
        "descriptor id 'bromley-copy' differs",
        "libraries2010 is 15 but 14 branches",
        "cites no source tag",
        "states no method",
        "cites [S999], which is not in the toolkit's sources list",
        "population -5.0 is not a positive",
        "has 200.0 weekly hours",
        "register(in:) threw",
    ])
    func checkerReportsProblem(_ fragment: String) {
        let problems = boroughModuleProblems(BrokenModule())
        #expect(problems.contains { $0.contains(fragment) }, "No problem mentions '\(fragment)' in \(problems)")
    }

    /// The headline check must catch a wrong fact.
    @Test func headlineReportsAWrongFact() {
        let row = BoroughHeadline(
            id: "bromley", onsCode: "E09000006", population: 1, libraries2010: 15, libraries2016: 14, weeklyHours: 548.5)
        #expect(row.problems(BromleyModule()) == ["bromley: the population is 324857.0, expected 1.0."])
    }

    /// A template borough whose figures are all to be filled passes the checker.
    @Test func checkerAcceptsATemplate() {
        #expect(boroughModuleProblems(TemplateModule()) == [])
    }
}

/// Bromley's profile with one of each mistake the checker looks for.
private struct BrokenModule: BoroughModule {
    static let descriptor = ModuleDescriptor(id: "bromley-copy")
    var profile: BoroughProfile {
        var profile = BromleyModule().profile
        profile.libraries.removeLast()
        profile.libraries[0].weeklyHours = 200
        profile.statistics.population = Sourced(-5, .published("S72"))
        profile.figures.append(ProfileFigure("unsourced", "No source", 1, .count, Provenance(.published, [])))
        profile.figures.append(ProfileFigure("no-method", "No method", 1, .count, Provenance(.derived, ["S71"])))
        profile.figures.append(ProfileFigure("bad-tag", "Bad tag", 1, .count, .published("S999")))
        return profile
    }

    func register(in registrar: inout Registrar) throws {
        throw WorkbenchError(.module, "Deliberate failure.")
    }
}

/// What `new-borough` makes: ids in place, figures to be filled.
private struct TemplateModule: BoroughModule {
    static let descriptor = ModuleDescriptor(id: "new-town", name: "London Borough of New Town")
    var profile: BoroughProfile {
        let blank = Provenance(.toBeFilled, [])
        return BoroughProfile(
            statistics: AuthorityStatistics(
                id: "new-town", name: "New Town", population: Sourced(0, blank), hectares: Sourced(0, blank),
                libraries2010: Sourced(0, blank), weeklyHours: Sourced(0, blank)),
            libraries: [], librariesSource: blank,
            figures: [ProfileFigure(.libraryBudget, "Library budget", 0, .pounds, blank)])
    }

    func register(in registrar: inout Registrar) throws {}
}
