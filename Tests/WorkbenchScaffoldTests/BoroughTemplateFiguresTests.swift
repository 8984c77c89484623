import Testing
import WorkbenchCore
import WorkbenchScaffold

/// The new-borough template lists every figure an analyst must find, says who reads each, and borrows no other
/// borough's source tag.
struct BoroughTemplateFiguresTests {
    static var templates: [BoroughTemplate] { [
        BoroughTemplate(name: "Hackney", id: "hackney", statistics: nil, libraries: []),
        BoroughTemplate(
            name: "Hackney", id: "hackney",
            statistics: AuthorityStatistics(
                id: "hackney", name: "Hackney", onsCode: "E09000012",
                population: Sourced(273_526, .published("S72", period: "mid-2015"))),
            libraries: []),
    ] }

    @Test("Every figure the calculators and compare read is listed, with who reads it", arguments: 0..<2)
    func everyFigureIsListed(_ index: Int) {
        let source = Self.templates[index].profileSource
        for key in ["libraryBudget", "backOfficePosts", "backOfficeCost", "staffFTE", "stockSpend", "savings"] {
            #expect(source.contains("// ProfileFigure(.\(key), "), "no placeholder for \(key)")
        }
        #expect(source.contains("// annualSpend: Sourced(Money(pounds: 0)"))
        #expect(source.contains("spend per head"))
        #expect(source.contains("read by shared-service"))
        #expect(source.contains("read by stock-consortium"))
    }

    @Test("The placeholders carry no real borough's source tag", arguments: 0..<2)
    func noBorrowedSourceTags(_ index: Int) {
        let source = Self.templates[index].profileSource
        let tags = Set(source.matches(of: /"(S[0-9]+[a-z]?)"/).map { String($0.output.1) })
        // Only the datasets' own tags, for figures the dataset import wrote.
        #expect(tags.isSubset(of: ["S71", "S72"]), "\(tags.sorted())")
        #expect(source.contains("\"S??\""))
    }
}
