import Foundation
import Testing
import WorkbenchCore
import WorkbenchShell
import WorkbenchTestSupport
import WorkbenchWorkspace

/// Typed options (issue 13, part 5) and one range per setting (issue 15): each option is declared once with its
/// type, parsing refuses a bad value before the command runs, `help` shows the range, and a setting's range is the
/// same in `set`, in the option that overrides it and in `check`.
@Suite("Typed options")
struct TypedOptionTests {
    /// The spec of a command in the table, by name.
    static func spec(_ name: String) throws -> CommandSpec {
        try #require(CommandTable.all.first { $0.spec.name == name }).spec
    }

    /// The error parsing a line throws, or nil when it parses.
    static func parseError(_ command: String, _ words: [String]) throws -> WorkbenchError? {
        do {
            _ = try Invocation(spec: spec(command), words: words)
            return nil
        } catch let error as WorkbenchError {
            return error
        }
    }

    @Test("An integer option reads 1,000 and 1k as the one number reader does, and checks its range")
    func integerOption() throws {
        let option = Option<Int>.integer("--top", "how many", in: 1...1_000)
        let spec = CommandSpec(name: "t", abstract: "", options: [option.spec])
        #expect(try Invocation(spec: spec, words: ["--top", "1,000"]).value(option) == 1_000)
        #expect(try Invocation(spec: spec, words: ["--top=1k"]).value(option) == 1_000)
        #expect(try Invocation(spec: spec, words: []).value(option) == nil)
        #expect(throws: WorkbenchError.self) { try Invocation(spec: spec, words: ["--top", "1,001"]) }
        #expect(throws: WorkbenchError.self) { try Invocation(spec: spec, words: ["--top", "2.5"]) }
        #expect(throws: WorkbenchError.self) { try Invocation(spec: spec, words: ["--top", "1,00"]) }
        #expect(option.spec.helpLine == "how many; a whole number from 1 to 1000")
    }

    @Test("Parsing refuses a bad value before the command runs, quoting it and naming the option and range")
    func parsingRefusesBadValues() throws {
        let error = try #require(try Self.parseError("simulate", ["shared-service", "bexley+bromley", "--iterations", "1,000,001"]))
        #expect(error.message == "The value '1,000,001' is invalid for '--iterations': expected a whole number from 10 to 1000000.")
        #expect(error.location?.argument == "--iterations")
        let rate = try #require(try Self.parseError("appraise", ["shared-service", "bromley", "--rate", "3.5"]))
        #expect(rate.hint?.contains("did you mean 3.5%?") == true)
        let years = try #require(try Self.parseError("appraise", ["shared-service", "bromley", "--years", "1k"]))
        #expect(years.message.hasPrefix("The value '1k' is invalid for '--years'"))
        #expect(try Self.parseError("simulate", ["shared-service", "bexley+bromley", "--iterations", "1,000,000", "--seed", "2,010"]) == nil)
    }

    @Test("Each setting has one range: set, the option that overrides it, and check agree at both ends")
    func oneRangePerSetting() throws {
        let iterations = Assumptions.iterationRange
        let horizon = Assumptions.horizonRange
        let iterationsSetting = try #require(AssumptionRules.setting(named: "iterations"))
        let horizonSetting = try #require(AssumptionRules.setting(named: "horizon"))
        var assumptions = Assumptions()
        for (value, valid) in [(iterations.lowerBound - 1, false), (iterations.lowerBound, true),
                               (iterations.upperBound, true), (iterations.upperBound + 1, false)] {
            let text = "\(value)"
            let set = (try? iterationsSetting.apply(&assumptions, text)) != nil
            let option = try Self.parseError("simulate", ["shared-service", "bromley", "--iterations", text]) == nil
            var checked = Assumptions()
            checked.iterations = value
            let check = AssumptionRules.problems(checked).isEmpty
            #expect(set == valid && option == valid && check == valid, "iterations \(value)")
        }
        for (value, valid) in [(horizon.lowerBound - 1, false), (horizon.lowerBound, true),
                               (horizon.upperBound, true), (horizon.upperBound + 1, false)] {
            let text = "\(value)"
            let set = (try? horizonSetting.apply(&assumptions, text)) != nil
            let option = try Self.parseError("appraise", ["shared-service", "bromley", "--years", text]) == nil
            var checked = Assumptions()
            checked.horizonYears = value
            let check = AssumptionRules.problems(checked).isEmpty
            #expect(set == valid && option == valid && check == valid, "horizon \(value)")
        }
        let rateSetting = try #require(AssumptionRules.setting(named: "discount-rate"))
        for (text, valid) in [("-0.5%", false), ("0%", true), ("3.5%", true), ("0.035", true), ("100%", true), ("100.5%", false)] {
            let set = (try? rateSetting.apply(&assumptions, text)) != nil
            let option = try Self.parseError("appraise", ["shared-service", "bromley", "--rate", text]) == nil
            var checked = Assumptions()
            checked.discountRate = try #require(Rate(argument: text))
            let check = AssumptionRules.problems(checked).isEmpty
            #expect(set == valid && option == valid && check == valid, "discount-rate \(text)")
        }
        // The seed: the same reader in `set seed` and `simulate --seed`.
        for text in ["0", "2,010", "18446744073709551615"] {
            #expect((try? AssumptionRules.setting(named: "seed")?.apply(&assumptions, text)) != nil, "seed \(text)")
            #expect(try Self.parseError("simulate", ["shared-service", "bromley", "--seed", text]) == nil, "--seed \(text)")
        }
        for text in ["-1", "lots", "18446744073709551616"] {
            #expect((try? AssumptionRules.setting(named: "seed")?.apply(&assumptions, text)) == nil, "seed \(text)")
            #expect(try Self.parseError("simulate", ["shared-service", "bromley", "--seed", text]) != nil, "--seed \(text)")
        }
    }

    @Test("set iterations 10000000 is refused now that simulate allows at most 1,000,000")
    func setIterationsBeyondSimulate() throws {
        let folder = try SessionFixture.copyOfDefaultWorkspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let session = try SessionFixture.session(workspace: Workspace(folder: folder), packageRoot: nil)
        let refused = SessionFixture.transcript(session, "set iterations 10000000")
        #expect(refused.contains("expected a whole number from 10 to 1000000"), "\(refused)")
        let accepted = SessionFixture.transcript(session, "set iterations 1,000,000")
        #expect(accepted.contains("iterations set to 1000000"), "\(accepted)")
    }

    @Test("help shows each option's range from its declaration", arguments: ["neighbours", "simulate", "appraise", "partners", "history"])
    func helpShowsRanges(_ command: String) throws {
        let spec = try Self.spec(command)
        let folder = try SessionFixture.copyOfDefaultWorkspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let session = try SessionFixture.session(workspace: Workspace(folder: folder), packageRoot: nil)
        let help = SessionFixture.transcript(session, "help \(command)")
        for option in spec.options where option.accepts != nil {
            #expect(help.contains(option.helpLine), "help \(command) lacks '\(option.helpLine)'")
            #expect(help.contains(try #require(option.accepts)))
        }
    }

    @Test("Every value option of every command is checked by parsing or declared as free text")
    func everyOptionIsDeclaredWithItsType() {
        for type in CommandTable.all {
            for option in type.spec.options where !option.isFlag {
                // Free text (files, titles, ids checked against the workspace) has no range to show.
                #expect(option.validate != nil || option.accepts == nil, "\(type.spec.name) \(option.name)")
            }
            let names = type.spec.options.map(\.name)
            #expect(Set(names).count == names.count, "\(type.spec.name) declares an option twice")
        }
    }

    @Test("No command looks an option up by its name as a string")
    func noStringLookups() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/WorkbenchShell/Commands")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".swift") }
        #expect(!files.isEmpty)
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for pattern in ["invocation.option(\"", "invocation.flag(\"", "invocation.values(\"", "invocation.integer(", "OptionSpec("] {
                #expect(!text.contains(pattern), "\(file) uses \(pattern)")
            }
        }
    }
}
