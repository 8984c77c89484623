import Foundation
import Testing
import WorkbenchReports
import WorkbenchShell
import WorkbenchTestSupport

/// The `--json` contract (README, "The JSON contract"): every command's reply is one valid JSON object with
/// `command`, `status` and `blocks`; every key at every depth is `snake_case`; no Swift enum encoding (`_0`) leaks;
/// a table cell that holds a figure is a number (never `"2 years"`, `"-6"` or `"99.8%"`) and a missing one is `null`
/// (never `"–"`); seeds and counts are numbers.
@Suite("JSON contract")
struct JSONContractTests {
    /// One representative line for every command of the command table (run on a fresh copy of the default
    /// workspace). A command added to the table without a line here fails `everyCommandHasALine`.
    static let lines: [String: String] = [
        "help": "help compare",
        "modules": "modules",
        "borough": "borough camden",
        "borders": "borders bexley",
        "access": "access bexley --close crayford-library",
        "compare": "compare",
        "neighbours": "neighbours bromley --k 5",
        "npv": "npv 3.5% -180000 36000x10",
        "irr": "irr -100 230 -132",
        "payback": "payback -180000 36000x10 --discounted 3.5%",
        "discount-factors": "discount-factors 3.5% 10",
        "options": "options bexley+bromley",
        "calculators": "calculators shared-service",
        "savings": "savings shared-service bexley+bromley",
        "appraise": "appraise shortlist bexley+bromley",
        "mcda": "mcda topsis inputs/options.csv --weights 2,1,1 --cost cost",
        "ahp": "ahp inputs/criteria.csv",
        "sensitivity": "sensitivity weights topsis inputs/options.csv --weights 0.4,0.3,0.3 --cost 1",
        "simulate": "simulate shared-service bexley+bromley --iterations 1000",
        "partners": "partners shared-service",
        "shares": "shares bexley+bromley shared-service",
        "portfolio": "portfolio",
        "proposals": "proposals",
        "proposal": "proposal check bexley-bromley-shared-service",
        "support": "support allocate",
        "bench": "bench mcda --repeat 2",
        "assumptions": "assumptions",
        "set": "set horizon 12",
        "history": "history",
        "save-analysis": "save-analysis pilot-hours compare --by hours",
        "rerun": "rerun pilot-comparison",
        "check": "check",
        "new-borough": "new-borough Hackney --from-dataset",
        "rebuild": "rebuild",
        "casestudies": "casestudies",
        "evaluate": "evaluate bexley-bromley-shared-service --apply-to merton --appraise --one-off-cost 100000 --hindsight",
        "figure": "figure list",
        "compare-cases": "compare-cases bexley-bromley-shared-service tri-borough-libraries --hindsight",
        "report": "report compare --to pilots.html",
        "export": "export compare --to pilots.csv",
        "map": "map compare --all --by hours --to hours.svg",
        "import": "import authorities authorities.csv",
        "quit": "quit",
    ]

    /// Commands whose line fails in a test session by design: they need the package's source tree and a build.
    /// Their error reply is held to the contract instead.
    static let failingByDesign: Set<String> = ["new-borough", "rebuild"]

    /// More lines whose JSON has a shape of its own (an appraisal with its IRR, simulated distributions, a
    /// preference function).
    static let extraLines = [
        "appraise shared-service bexley+bromley",
        "simulate shortlist camden --iterations 500",
        "mcda promethee inputs/options.csv --weights 0.5,0.3,0.2 --cost 1 --preference 1=linear:q=10000:p=50000",
        "compare --all --by hours",
        "evaluate camden-community-libraries --evaluator camden-community --hindsight",
        "support peers merton",
        "compare --within london --where 'population>300000' --by hours --top 5",
        "support peers merton --within london",
        "partners optimise shared-service --within london --max-size 3",
        "appraise shared-service bexley+bromley --cash --inflation 2.5%",
        "report board bexley+bromley --project shared-service --to bb.html",
        "report board bexley --to bexley.xlsx",
        "report proposal bexley-bromley-shared-service --to proposal.md",
        "proposal new bexley+bromley shared-service --id bb-draft",
        "proposal edit bexley-bromley-shared-service savings 700k",
    ]

    @Test("Every command of the table has a representative line")
    func everyCommandHasALine() {
        let names = Set(CommandTable.all.map { $0.spec.name })
        #expect(names.subtracting(Self.lines.keys).isEmpty, "no line for \(names.subtracting(Self.lines.keys).sorted())")
        #expect(Set(Self.lines.keys).subtracting(names).isEmpty)
    }

    @Test("Each command's --json reply keeps the contract", arguments: CommandTable.all.map { $0.spec.name }.sorted())
    func commandKeepsContract(_ name: String) throws {
        let line = try #require(Self.lines[name])
        let json = try Self.run(line)
        let status = json["status"] as? String
        if Self.failingByDesign.contains(name) {
            #expect(status == "error", "\(line)")
        } else {
            #expect(status == "ok", "\(line): \(json["error"] ?? "")")
        }
        #expect(Self.violations(in: json).isEmpty, "\(line): \(Self.violations(in: json))")
    }

    @Test("Replies with their own shapes keep the contract", arguments: extraLines)
    func extraLineKeepsContract(_ line: String) throws {
        let json = try Self.run(line)
        #expect(json["status"] as? String == "ok", "\(line): \(json["error"] ?? "")")
        #expect(Self.violations(in: json).isEmpty, "\(line): \(Self.violations(in: json))")
    }

    @Test("appraise gives its IRR in the irr command's shape")
    func appraiseIRRHasIRRShape() throws {
        let irr = try Self.run("irr -180000 36000x10")
        let appraisal = try #require(try Self.run("appraise shared-service bexley+bromley")["appraisal"] as? [String: Any])
        let appraised = try #require(appraisal["internal_rate_of_return"] as? [String: Any])
        #expect(Set(appraised.keys) == Set(["outcome", "roots", "sign_changes", "explanation"]))
        #expect(Set(irr.keys).isSuperset(of: appraised.keys))
        #expect(appraised["outcome"] as? String == "unique")
        #expect((appraised["roots"] as? [Double])?.count == 1)
    }

    @Test("appraise shortlist lists every option with its status and reason")
    func shortListHasEveryOption() throws {
        let json = try Self.run("appraise shortlist bexley+bromley")
        let options = try #require(json["options"] as? [[String: Any]])
        #expect(options.map { $0["option"] as? String } == ["business-as-usual", "do-minimum", "preferred", "less-ambitious", "more-ambitious"])
        for option in options {
            let status = try #require(option["status"] as? String)
            #expect(["baseline", "appraised", "not_appraised"].contains(status))
            #expect(option.keys.contains("reason") && option.keys.contains("appraisal"))
            if status == "not_appraised" {
                #expect((option["reason"] as? String)?.isEmpty == false)
                #expect(option["appraisal"] is NSNull)
            }
            if status == "appraised" { #expect(option["appraisal"] is [String: Any]) }
        }
    }

    @Test("Input distributions are objects with their kind and parameters")
    func distributionsAreObjects() throws {
        let json = try Self.run("savings shared-service bexley+bromley")
        let schedule = try #require(json["schedule"] as? [String: Any])
        let lines = try #require(schedule["lines"] as? [[String: Any]])
        let ranges = lines.compactMap { $0["uncertainty"] as? [String: Any] }
        #expect(!ranges.isEmpty)
        for range in ranges {
            #expect(["triangular", "pert", "uniform", "normal"].contains(range["kind"] as? String ?? ""))
            for key in ["low", "mode", "high"] { #expect(range[key] is Double, "\(key) in \(range)") }
        }
        let simulated = try Self.run("simulate shared-service bexley+bromley --iterations 200")
        #expect(simulated["seed"] is Double)
        let options = try #require(simulated["options"] as? [[String: Any]])
        let inputs = try #require(options.first?["inputs"] as? [[String: Any]])
        #expect(!inputs.isEmpty)
        #expect(inputs.allSatisfy { $0["kind"] is String && $0["low"] is Double && $0["mode"] is Double && $0["high"] is Double })
    }

    @Test("The contract check catches what it should")
    func checkerCatchesViolations() {
        let bad: [String: Any] = [
            "command": "x", "status": "ok", "blocks": [[
                "type": "table", "rows": [["payback": "2 years", "change": "-6", "rate": "–", "irr": "99.8%"]],
            ]],
            "camelCase": 1, "nested": ["unique": ["_0": 0.1]], "kebab-key": true, "seed": "2010", "value": "12 years",
        ]
        let found = Self.violations(in: bad)
        for expected in ["camelCase", "_0", "kebab-key", "2 years", "-6", "–", "99.8%", "'2010'", "12 years"] {
            #expect(found.contains { $0.contains(expected) }, "\(expected) not caught in \(found)")
        }
        let good: [String: Any] = [
            "command": "x", "status": "ok",
            "blocks": [["type": "table", "rows": [["option": "do-minimum", "year": "2010/11", "decided": "2011", "payback": 2, "irr": NSNull()]]]],
        ]
        #expect(Self.violations(in: good).isEmpty)
    }

    // MARK: - The contract, as a checker

    /// Runs a line with `--json` on a fresh copy of the default workspace (with the import fixture copied in) and
    /// parses the one line of JSON it prints.
    static func run(_ line: String) throws -> [String: Any] {
        let folder = try SessionFixture.copyOfDefaultWorkspace()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        try FileManager.default.copyItem(
            at: SessionFixture.packageRoot.appendingPathComponent("Tests/Transcripts/Fixtures/authorities.csv"),
            to: folder.appendingPathComponent("authorities.csv"))
        let session = try SessionFixture.session(workspace: try WorkspaceOpener.open(folder), packageRoot: nil)
        let text = ReplyRenderer.json(session.execute(line + " --json"))
        #expect(!text.contains("\n"), "\(line): JSON Lines means one line")
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
        return try #require(object as? [String: Any], "\(line): not a JSON object")
    }

    /// Every breach of the contract in a reply, as `path: what`.
    static func violations(in reply: [String: Any]) -> [String] {
        var found: [String] = []
        for key in ["command", "status", "blocks"] where reply[key] == nil { found.append("missing '\(key)'") }
        walk(reply, path: "", into: &found)
        for (index, block) in (reply["blocks"] as? [[String: Any]] ?? []).enumerated() where block["type"] as? String == "table" {
            for row in block["rows"] as? [[String: Any]] ?? [] {
                for (key, cell) in row {
                    guard let text = cell as? String else { continue }
                    if isFigureText(text) { found.append("blocks[\(index)].\(key): figure as text '\(text)'") }
                }
            }
        }
        return found
    }

    /// Keys are `snake_case`: lower-case letters and digits in words joined by one underscore.
    static func isSnakeCase(_ key: String) -> Bool {
        key.range(of: #"^[a-z0-9]+(_[a-z0-9]+)*$"#, options: .regularExpression) != nil
    }

    /// Text that is really a figure: the missing-figure dash, or a number with an optional sign, £, ×, grouping,
    /// percent, k/m multiplier or a unit of years. A calendar year (`2011`) is a label, as a financial year
    /// (`2010/11`) is, and stays a string.
    static func isFigureText(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if ["–", "-", "—"].contains(trimmed) { return true }
        if trimmed.range(of: #"^(1[89]|20)[0-9][0-9]$"#, options: .regularExpression) != nil { return false }
        return trimmed.range(
            of: #"^[-+−]?[£×]?[-−]?[0-9][0-9,]*(\.[0-9]+)?(%|k|m|bn| years?| a year)?$"#, options: .regularExpression) != nil
    }

    private static func walk(_ value: Any, path: String, into found: inout [String]) {
        // A figure's period is a label (`2011`, `2010/11`, `2011–2016`), a string whatever it holds.
        if let text = value as? String, !path.hasPrefix(".blocks"), !path.hasSuffix(".period"),
            text.range(of: #"^[-+]?[0-9]+(\.[0-9]+)?$"#, options: .regularExpression) != nil || isFigureText(text) {
            found.append("\(path): number as text '\(text)'")
        }
        if let object = value as? [String: Any] {
            for (key, child) in object {
                if !isSnakeCase(key) { found.append("\(path).\(key): key not snake_case") }
                if key == "_0" || key.hasPrefix("_") { found.append("\(path).\(key): Swift enum encoding") }
                walk(child, path: path + "." + key, into: &found)
            }
        } else if let array = value as? [Any] {
            for (index, child) in array.enumerated() { walk(child, path: "\(path)[\(index)]", into: &found) }
        }
    }
}
