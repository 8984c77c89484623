import Foundation
import Testing
import WorkbenchCore
import WorkbenchShell
import WorkbenchTestSupport
import WorkbenchWorkspace

/// Tab completion offers every value a command's declaration knows, as a user sees it at the prompt.
@Suite("Completion that knows the grammar")
struct GrammarCompletionTests {
    let session: Session

    init() throws { session = try SessionFixture.session() }

    func complete(_ line: String) -> [String] { session.completions(line: line, cursor: line.count) }

    @Test("'shortlist' is offered after appraise and simulate, not after savings")
    func shortlist() {
        #expect(complete("appraise sho") == ["shortlist"])
        #expect(complete("simulate sho") == ["shortlist"])
        #expect(complete("appraise ").contains("shared-service"))
        #expect(complete("savings sho").isEmpty)
    }

    @Test("The values of each setting are offered after 'set <name>'")
    func settingValues() {
        #expect(complete("set declining-schedule ") == ["off", "on"])
        #expect(complete("set optimism-bias mi") == ["mitigated:0.5"])
        #expect(complete("set discount-rate ").contains("3.5%"))
        #expect(complete("set price-base-year 20") == ["2010/11"])
        #expect(complete("set nonsense ").isEmpty)
    }

    @Test("Calculator parameters are offered after -- for calculator commands")
    func calculatorParameters() throws {
        let calculator = try #require(session.context.registry.calculators[CalculatorID(rawValue: "shared-service")]?.calculator)
        let first = try #require(calculator.descriptor.parameters.first?.id)
        let offered = complete("savings shared-service bexley --")
        #expect(offered.contains("--" + first))
        #expect(offered.contains("--json") && offered.contains("--wide"))
        #expect(complete("appraise shared-service bexley --\(first.prefix(3))").contains("--" + first))
        // A parameter's value is not completed as a positional argument.
        #expect(complete("savings shared-service bexley --\(first) ").isEmpty)
        #expect(!complete("compare --").contains("--" + first))
    }

    @Test("File arguments complete with the workspace's files and folders")
    func files() throws {
        let folder = session.context.workspace.folder
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("inputs"), withIntermediateDirectories: true)
        try "a,b\n1,2\n".write(to: folder.appendingPathComponent("inputs/matrix-test.csv"), atomically: true, encoding: .utf8)
        #expect(complete("mcda wsm inp") == ["inputs/"])
        #expect(complete("mcda wsm inputs/matrix-t") == ["inputs/matrix-test.csv"])
        #expect(complete("report compare --to rep") == ["reports/"])
        #expect(!complete("mcda wsm ").contains(".workbench/"))
    }

    @Test("A borough id where a + group may follow completes without a space")
    func groupsKeepGoing() {
        // Two candidates, the id and the id with '+': the line editor inserts their common prefix and no space.
        #expect(complete("simulate shared-service bexl") == ["bexley", "bexley+"])
        #expect(complete("appraise shared-service bexley+bro") == ["bexley+bromley", "bexley+bromley+"])
        #expect(!complete("appraise shared-service bexley+").contains("bexley+bexley"))
        // A single borough (no group possible) completes as before.
        #expect(complete("borough bexl") == ["bexley"])
    }

    @Test("The global display options are offered on every command")
    func displayOptions() {
        #expect(complete("compare --wi") == ["--wide", "--width", "--within"])
        #expect(complete("borough bexley --wi") == ["--wide", "--width"])
        #expect(complete("compare --columns ").isEmpty)
    }

    @Test("A scope completes with its names, authority ids and + groups, under --within and its alias --among")
    func scopes() {
        #expect(complete("compare --within eng") == ["england"])
        #expect(complete("compare --within pil") == ["pilots"])
        #expect(complete("partners shared-service --among lon") == ["london"])
        #expect(complete("compare --within bexley+bro") == ["bexley+bromley", "bexley+bromley+"])
        #expect(complete("compare --am") == ["--among"])
    }
}

/// Errors a newcomer understands: names for ids, and the whole corrected line for a line of the wrong shape.
@Suite("Errors a newcomer understands")
struct NewcomerErrorTests {
    let session: Session

    init() throws { session = try SessionFixture.session() }

    @Test("A borough is found by its name or its id in any case", arguments: [
        "borough \"London Borough of Camden\"", "borough Camden", "borough CAMDEN", "borough camden", "borough 'camden council'",
    ])
    func boroughByName(_ line: String) {
        let reply = session.execute(line)
        #expect(reply.status == .ok, "\(ReplyRenderer.text(reply))")
        #expect(ReplyRenderer.text(reply).hasPrefix("Camden (E09000007), module 'camden'"))
    }

    @Test("An unknown borough still says so, with Did you mean")
    func unknownBorough() {
        let reply = session.execute("borough camdne")
        #expect(reply.status == .error)
        #expect(reply.error?.message == "Unknown borough 'camdne'. Did you mean 'camden'?")
    }

    @Test("A group typed with spaces suggests the group without them")
    func groupWithSpaces() {
        let reply = session.execute("appraise shared-service bexley + bromley")
        #expect(reply.status == .error)
        #expect(reply.error?.message.contains("Did you mean 'appraise shared-service bexley+bromley'?") == true, "\(reply.error?.message ?? "")")
        let glued = session.execute("simulate shared-service bexley +bromley --iterations 100")
        #expect(glued.error?.message.contains("Did you mean 'simulate shared-service bexley+bromley --iterations 100'?") == true,
                "\(glued.error?.message ?? "")")
    }

    @Test("A setting typed as two words suggests its hyphenated name, and nothing is changed")
    func settingAsTwoWords() {
        let before = session.context.assumptions
        let reply = session.execute("set discount rate 3.5%")
        #expect(reply.status == .error)
        #expect(reply.error?.message.contains("Did you mean 'set discount-rate 3.5%'?") == true, "\(reply.error?.message ?? "")")
        #expect(session.context.assumptions == before)
    }
}
