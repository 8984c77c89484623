import WorkbenchCore
import WorkbenchShell
import WorkbenchTestSupport
import XCTest

final class EngineTests: XCTestCase {
    func testTokenizerHandlesQuotesEscapesAndComments() throws {
        XCTAssertEqual(try Tokenizer.split(#"compare bromley "two words" 'single "q"' a\ b # note"#),
                       ["compare", "bromley", "two words", #"single "q""#, "a b"])
        XCTAssertEqual(try Tokenizer.split(""), [])
        XCTAssertEqual(try Tokenizer.split("''"), [""])
        XCTAssertThrowsError(try Tokenizer.split("a \\"))
        XCTAssertEqual(try Tokenizer.split(Tokenizer.quote("it's here")), ["it's here"])
    }

    func testNegativeNumbersAreValuesNotOptions() throws {
        let declining = Flag("--declining", "")
        let spec = CommandSpec(
            name: "npv", abstract: "", arguments: [ArgumentSpec("flows", "", arity: .oneOrMore)],
            options: [declining.spec])
        let invocation = try Invocation(spec: spec, words: ["3.5%", "-180000", "36000x10", "--declining", "-.5"])
        XCTAssertEqual(invocation.arguments, ["3.5%", "-180000", "36000x10", "-.5"])
        XCTAssertTrue(invocation.flag(declining))
    }

    func testOptionsWithEqualsExtrasAndRepeats() throws {
        let years = Option<Int>.integer("--years", "", in: 1...300)
        let spec = CommandSpec(
            name: "savings", abstract: "", arguments: [ArgumentSpec("calculator", "")],
            options: [years.spec], acceptsExtraOptions: true)
        let invocation = try Invocation(spec: spec, words: ["rfid", "--years=5", "--kiosks", "2"])
        XCTAssertEqual(try invocation.value(years), 5)
        XCTAssertEqual(invocation.extraOptions.first?.name, "kiosks")
        XCTAssertEqual(invocation.extraOptions.first?.value, "2")
        XCTAssertThrowsError(try Invocation(spec: spec, words: ["rfid", "--years", "5", "--years", "6"]))
        XCTAssertThrowsError(try Invocation(spec: spec, words: ["rfid", "--years"]))
        XCTAssertThrowsError(try Invocation(spec: spec, words: ["rfid", "extra"]))
    }

    func testSuggestionsFindNearMisses() {
        XCTAssertEqual(Suggestions.near("bromly", in: ["bexley", "bromley", "camden"]), ["bromley"])
        XCTAssertEqual(Suggestions.editDistance("kitten", "sitting"), 3)
        XCTAssertEqual(Suggestions.near("zzz", in: ["bexley"]), [])
    }

    func testCompletionOfCommandsBoroughsOptionsAndSettings() throws {
        let session = try SessionFixture.session()
        XCTAssertEqual(session.completions(line: "modu", cursor: 4), ["modules"])
        XCTAssertEqual(session.completions(line: "borough brom", cursor: 12), ["bromley"])
        XCTAssertEqual(session.completions(line: "neighbours bromley --wit", cursor: 24), ["--within"])
        XCTAssertEqual(session.completions(line: "neighbours bromley --within e", cursor: 29), ["ealing", "enfield", "england"])
        XCTAssertEqual(session.completions(line: "set disc", cursor: 8), ["discount-rate"])
        XCTAssertEqual(session.completions(line: "help nei", cursor: 8), ["neighbours"])
    }

    func testNoLineCrashesTheEngine() throws {
        let session = try SessionFixture.session()
        let lines = ["", "\"", "'", "\\", "--json", "help --json --json", "compare --by", "set", "set a b c",
                     "neighbours \u{0}", String(repeating: "x", count: 5000), "borough ../../etc", "compare --all bromley",
                     "history --last 0", "borough 🙂"]
        for line in lines { _ = session.execute(line) }
    }
}
