import Bromley
import WorkbenchCore
import WorkbenchTestSupport
import XCTest

final class BromleyModuleTests: XCTestCase {
    func testModuleKeepsTheRules() {
        checkBoroughModule(BromleyModule())
    }

    func testHeadlineFacts() throws {
        let profile = BromleyModule().profile
        XCTAssertEqual(BromleyModule.descriptor.id, "bromley")
        XCTAssertEqual(BromleyModule.descriptor.name, "London Borough of Bromley")
        XCTAssertEqual(profile.id, "bromley")
        XCTAssertEqual(profile.statistics.onsCode, "E09000006")
        // authorities.csv [S72]: Bromley, population 324857, 15013.487 hectares.
        XCTAssertEqual(profile.statistics.population?.value, 324_857)
        XCTAssertEqual(profile.statistics.hectares?.value, 15_013.487)
        // 15 rows marked statutory in April 2010; Anerley closed in 2014, so 14 in July 2016 [S71].
        XCTAssertEqual(profile.statistics.libraries2010?.value, 15)
        XCTAssertEqual(profile.statistics.libraries2016?.value, 14)
        XCTAssertEqual(profile.libraries.count, 15)
        XCTAssertEqual(profile.statistics.weeklyHours?.value, 548.5)
        XCTAssertEqual(profile.statistics.weeklyHours?.provenance.period, "2016")
        XCTAssertEqual(profile.figure(.staffFTE)?.value, 111)
        XCTAssertEqual(profile.figure(.weeklyHours)?.value, 605)
        XCTAssertEqual(profile.figure("weekly-hours-2014")?.value, 527.5)
        XCTAssertEqual(profile.figure(.savings)?.value, 370_000)
        XCTAssertEqual(profile.figure(.savings)?.provenance.sources, ["S14"])
        XCTAssertEqual(profile.figure(.backOfficePosts)?.value, 36)
        XCTAssertEqual(profile.figure("rfid-cost")?.value, 275_000)
        // £250,000 / 8 FTE = £31,250 per FTE.
        XCTAssertEqual(profile.figure("cost-per-fte")?.value, 31_250)
        let shared = try XCTUnwrap(profile.arrangements.first { $0.kind == .sharedService })
        XCTAssertEqual(shared.partners, ["bexley"])
        XCTAssertEqual(shared.since, 2011)
        XCTAssertTrue(profile.arrangements.contains { $0.kind == .trustOrProvider && $0.since == 2017 })
        let anerley = try XCTUnwrap(profile.libraries.first { $0.name == "Anerley Town Hall" })
        XCTAssertFalse(anerley.statutory2016)
        XCTAssertEqual(anerley.operation2016, .closed)
    }

    /// The shared checker must catch a broken profile, or the other tests prove nothing.
    func testCheckerReportsProblems() {
        let problems = boroughModuleProblems(BrokenModule())
        let expected = [
            "descriptor id 'bromley-copy' differs",
            "libraries2010 is 15 but 14 branches",
            "cites no source tag",
            "states no method",
            "cites [S999], which is not in the toolkit's sources list",
            "population -5.0 is not a positive",
            "has 200.0 weekly hours",
            "register(in:) threw",
        ]
        for fragment in expected {
            XCTAssertTrue(
                problems.contains { $0.contains(fragment) }, "No problem mentions '\(fragment)' in \(problems)")
        }
        XCTAssertTrue(boroughModuleProblems(BromleyModule()).isEmpty)
    }

    /// A template borough whose figures are all to be filled passes the checker.
    func testCheckerAcceptsATemplate() {
        XCTAssertEqual(boroughModuleProblems(TemplateModule()), [])
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
