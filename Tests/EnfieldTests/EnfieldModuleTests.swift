import Enfield
import Testing
import WorkbenchCore
import WorkbenchTestSupport

/// Enfield keeps every rule of a borough module, and its profile gives the facts its sources give.
struct EnfieldModuleTests {
    /// 17 statutory libraries in 2010 and 2016 [S71]; 19 + 25 + 23 + 56.5 + 36 + 20 + 62.5 + 38 + 48 + 44 + 53.5
    /// + 49.5 + 49.5 + 43 + 52.5 + 47.5 + 36.5 = 704 hours.
    static let headline = BoroughHeadline(
        id: "enfield", onsCode: "E09000010", population: 328_433, libraries2010: 17, libraries2016: 17, weeklyHours: 704)

    @Test(arguments: BoroughModuleConformance.allCases)
    func keepsTheRule(_ rule: BoroughModuleConformance) {
        #expect(rule.problems(EnfieldModule(), headline: Self.headline) == [])
    }

    @Test func figuresAndArrangements() {
        let profile = EnfieldModule().profile
        // Hours written h:mm in the dataset: Edmonton Green 56:30 is 56.5, Winchmore Hill 36:30 is 36.5.
        #expect(profile.libraries.first { $0.name == "Edmonton Green" }?.weeklyHours == 56.5)
        #expect(profile.libraries.first { $0.name == "Winchmore Hill" }?.weeklyHours == 36.5)
        #expect(profile.libraries.filter(\.sharedSpace2016).count == 3)
        #expect(profile.statistics.annualSpend == nil, "no Enfield library budget was found")
        #expect(profile.figure("closure-proposal-2024-saving-low")?.value == 570_000)
        #expect(profile.figure("closure-proposal-2024-saving-high")?.value == 630_000)
        #expect(profile.figure("closure-proposal-2024-saving-low")?.provenance.period == "2024 proposal")
        #expect(profile.figure(.census2011Population)?.value == 312_500)
        #expect(profile.arrangements.contains { $0.kind == .coLocation && $0.since == 2016 })
    }
}
