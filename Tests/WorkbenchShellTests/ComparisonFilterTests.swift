import Testing
import WorkbenchAnalysis
import WorkbenchCore
import WorkbenchShell

/// `--where`: what a condition reads as, how it tests a row, and the refusals of bad and hostile input, each quoting
/// the condition with a hint. And the scope reader every comparative command shares.
@Suite struct ComparisonFilterTests {
    @Test(arguments: [
        ("population>300000", ComparisonFilter(.population, .greater, .number(300_000))),
        ("population > 300,000", ComparisonFilter(.population, .greater, .number(300_000))),
        ("population>=300k", ComparisonFilter(.population, .greaterOrEqual, .number(300_000))),
        ("hours<100", ComparisonFilter(.hours, .less, .number(100))),
        ("change<=-2", ComparisonFilter(.change, .lessOrEqual, .number(-2))),
        ("libraries-2016!=0", ComparisonFilter(.libraries2016, .notEqual, .number(0))),
        ("region=london", ComparisonFilter(.region, .equal, .text("london"))),
        ("Region==London", ComparisonFilter(.region, .equal, .text("london"))),
        ("region!=london", ComparisonFilter(.region, .notEqual, .text("london"))),
        ("name~Upon", ComparisonFilter(.name, .contains, .text("upon"))),
        ("id=leeds", ComparisonFilter(.id, .equal, .text("leeds"))),
    ])
    func reads(_ text: String, _ expected: ComparisonFilter) throws {
        #expect(try ComparisonFilter.read(text) == expected)
    }

    @Test(arguments: [
        ("", "is empty"), ("   ", "is empty"), ("population", "has no comparison"), ("population 300000", "has no comparison"),
        (">3", "has no field"), ("popluation>3", "Did you mean 'population'?"), ("population>>3", "compares with '>>'"),
        ("population=<3", "compares with '=<'"), ("population>", "has no value"), ("population>lots", "is not a number"),
        ("population>nan", "is not a number"), ("population>inf", "is not a number"), ("population>1e999", "is not a number"),
        ("population~3", "with '~'"), ("name<abc", "compares the text field 'name' with '<'"),
        ("region=north-west", "which the datasets do not give"), ("population>3\u{0}", "control character"),
        ("population>3\n", "control character"), (String(repeating: "a", count: 201) + ">3", "longer than 200"),
        ("'; drop table>1", "is not a field"), ("pöpulation>3", "is not a field"), ("<>=!~", "has no field"),
    ])
    func refuses(_ text: String, _ why: String) {
        do {
            let read = try ComparisonFilter.read(text)
            Issue.record("'\(text)' read as \(read)")
        } catch let error as WorkbenchError {
            #expect(error.code == .invalidArgument)
            #expect(error.message.contains(why), "\(error.message)")
            #expect(error.message.hasPrefix("The condition '"), "\(error.message)")
            #expect(error.location?.argument == "--where")
            #expect(error.hint?.isEmpty == false)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func missingFiguresNeverMatch() throws {
        let row = ComparisonRow(AuthorityStatistics(id: BoroughID(rawValue: "nowhere"), name: "Nowhere", isLondon: false))
        for text in ["population>0", "population<0", "population!=1", "hours<1000"] {
            #expect(try ComparisonFilter.read(text).matches(row) == false, "\(text)")
        }
        #expect(try ComparisonFilter.read("region=outside-london").matches(row))
        #expect(try ComparisonFilter.read("region=london").matches(row) == false)
        #expect(try ComparisonFilter.read("name~where").matches(row))
    }

    @Test(arguments: [
        ("pilots", AuthorityScope.pilots), ("London", .london), ("england", .england), ("bexley+bromley", .ids(["bexley", "bromley"])),
        ("leeds, bradford", .ids(["leeds", "bradford"])), ("kingston-upon-thames", .ids(["kingston-upon-thames"])),
    ])
    func scopesRead(_ text: String, _ expected: AuthorityScope) throws {
        #expect(try AuthorityScope.read(text, argument: "--within") == expected)
    }

    @Test(arguments: ["", "+", "bexley++bromley", "bexley,", "bexley;rm -rf", "a\u{0}b", "engl@nd"])
    func badScopesAreRefused(_ text: String) {
        #expect(throws: WorkbenchError.self) { try AuthorityScope.read(text, argument: "--within") }
    }
}
