import WorkbenchCore
import WorkbenchReports
import WorkbenchShell
import WorkbenchTestSupport
import WorkbenchWorkspace
import XCTest

/// Transcripts of the foundation commands: the line typed and the reply seen, including the errors.
final class FoundationTranscriptTests: XCTestCase {
    private var session: Session!

    override func setUpWithError() throws {
        session = try SessionFixture.session()
    }

    private func run(_ line: String) -> String { SessionFixture.transcript(session, line) }

    private func json(_ line: String) -> JSONValue { ReplyRenderer.jsonValue(session.execute(line)) }

    func testHelpListsEveryCommandFromTheTable() {
        let text = run("help")
        for type in CommandTable.all { XCTAssertTrue(text.contains("  " + type.spec.name), "help lacks \(type.spec.name)") }
        XCTAssertTrue(text.hasSuffix("Type 'help <command>' for its arguments and options; add --json to any command for JSON, --chart for a text chart where it has one."))
    }

    func testHelpForOneCommandShowsUsageAndOptions() {
        let text = run("help neighbours")
        XCTAssertTrue(text.hasPrefix("neighbours: Find comparator authorities by the CIPFA nearest-neighbours method."))
        XCTAssertTrue(text.contains("Usage: neighbours <borough> [--k <n>] [--within <scope>]"))
        XCTAssertTrue(text.contains("  --json"))
        XCTAssertEqual(run("help neighbor"), "error: No command is named 'neighbor'. Did you mean 'neighbours'?\nType 'help' for the list of commands.")
    }

    func testUnknownCommandSuggestsANearMiss() {
        XCTAssertEqual(run("modulse"), "error: Unknown command 'modulse'. Did you mean 'modules'?\nType 'help' for the list of commands.")
        XCTAssertEqual(run("xyzzy"), "error: Unknown command 'xyzzy'.\nType 'help' for the list of commands.")
    }

    func testModulesListsTheToolkitAndFiveBoroughs() throws {
        let text = run("modules")
        for id in ["toolkit", "bexley", "bromley", "camden", "enfield", "merton"] { XCTAssertTrue(text.contains(id)) }
        let reply = json("modules --json")
        XCTAssertEqual(reply["status"], .string("ok"))
        XCTAssertEqual(reply["boroughs"], .array(["bexley", "bromley", "camden", "enfield", "merton"].map(JSONValue.string)))
    }

    func testCompareGivesEachPilotsLibraryCountAndPopulationWithSource() throws {
        let reply = json("compare --json")
        guard case .array(let blocks)? = reply["blocks"], case .array(let rows)? = blocks.first?["rows"] else {
            return XCTFail("no table in \(reply.serialized())")
        }
        var counts: [String: Double] = [:]
        for row in rows {
            guard case .string(let id)? = row["id"], case .number(let libraries)? = row["libraries_2010"] else { continue }
            counts[id] = libraries
            if case .number(let population)? = row["population"] { XCTAssertGreaterThan(population, 100_000) } else { XCTFail("\(id) population") }
            XCTAssertEqual(row["population_source"], .string("S72"))
        }
        XCTAssertEqual(counts, ["bexley": 12, "bromley": 15, "camden": 13, "enfield": 17, "merton": 7])
    }

    func testCompareShowsMissingFiguresAsMissingNotZero() {
        let text = run("compare westminster")
        XCTAssertTrue(text.contains("Westminster"))
        let row = text.split(separator: "\n").first { $0.hasPrefix("westminster") } ?? ""
        XCTAssertTrue(row.contains("–"), String(row))
        XCTAssertEqual(run("compare bromly"), "error: Unknown borough 'bromly'. Did you mean 'bromley'?\nSee 'compare' for the authorities the workspace holds.")
        XCTAssertTrue(run("compare --by size").hasPrefix("error: The value 'size' is invalid for '--by'."))
    }

    func testCompareAllSortsByAMeasure() {
        let lines = run("compare --all --by libraries").split(separator: "\n")
        XCTAssertTrue(lines[0].hasPrefix("Comparison of 33 authorities"))
        XCTAssertTrue(lines[3].hasPrefix("hillingdon") || lines[3].hasPrefix("enfield"), String(lines[3]))
    }

    func testBoroughShowsProfileWithSources() {
        let text = run("borough bromley")
        XCTAssertTrue(text.hasPrefix("Bromley (E09000006), module 'bromley'"))
        XCTAssertTrue(text.contains("Population"))
        XCTAssertTrue(text.contains("[S72]"))
        XCTAssertTrue(text.contains("Libraries in April 2010 (15 statutory"))
        XCTAssertTrue(text.contains("Orpington"))
        XCTAssertTrue(run("borough sutton").hasPrefix("Sutton (E09000029): comparator authority, no borough module."))
        XCTAssertEqual(run("borough"), "error: Missing argument <borough>: a borough id such as bromley.\nUsage: borough <borough>\nSee 'help borough' for more information.")
    }

    func testNeighboursListsVariablesAndRebasedDistances() {
        let text = run("neighbours bromley --k 5")
        XCTAssertTrue(text.hasPrefix("Nearest neighbours of bromley within london (32 compared)"))
        XCTAssertTrue(text.contains("Variables (equal weights, standardised): log population"))
        XCTAssertEqual(text.split(separator: "\n").filter { $0.first?.isNumber == true }.count, 5)
        XCTAssertTrue(run("neighbours bromley --k 0").hasPrefix("error: The value '0' is invalid for '--k'"))
        XCTAssertTrue(run("neighbours bromley --within mars").hasPrefix("error: Unknown borough 'mars'."))
        XCTAssertTrue(run("neighbours bromley --kk 3").hasPrefix("error: Unknown option '--kk'. Did you mean '--k'?"))
    }

    func testNeighboursWithinEnglandNeedsTheImport() {
        XCTAssertTrue(run("neighbours bromley --within england").hasPrefix("error: The scope 'england' needs the England datasets"))
    }

    func testAssumptionsAndSetSaveTheWorkspace() throws {
        XCTAssertTrue(run("assumptions").contains("discount-rate       3.5%"))
        XCTAssertEqual(run("set discount-rate 4%"), "discount-rate set to 4% (was 3.5%); saved in workspace.json.")
        let reopened = try Workspace(folder: session.context.workspace.folder).manifest
        XCTAssertEqual(reopened.assumptions.discountRate, Rate(fraction: 0.04))
        XCTAssertEqual(run("set discount-rate 150%"), "error: The value '150%' is invalid for 'discount-rate': expected a rate from 0% to 100%, such as 3.5% or 0.035.")
        XCTAssertEqual(run("set horizon -3"), "error: The value '-3' is invalid for 'horizon': expected a whole number of years from 1 to 300.")
        XCTAssertTrue(run("set discount 4%").hasPrefix("error: Unknown assumption 'discount'. Did you mean 'discount-rate'?"))
    }

    func testHistoryAndQuit() {
        _ = run("modules")
        _ = run("compare")
        XCTAssertTrue(run("history").contains("2  compare"))
        let reply = session.execute("quit")
        XCTAssertTrue(reply.endsSession)
    }

    func testTokenizerErrorsAndBlankLines() {
        XCTAssertEqual(run("borough 'bromley"), "error: The quote opened at column 9 is never closed.\nClose the quote, or escape it with a backslash.")
        XCTAssertEqual(session.execute("   ").status, .ok)
        XCTAssertEqual(session.execute("# a comment").status, .ok)
    }

    func testJSONErrorsCarryCodeAndMessage() {
        let reply = json("borough nowhere --json")
        XCTAssertEqual(reply["status"], .string("error"))
        XCTAssertEqual(reply["error"]?["code"], .string("not-found"))
    }
}

