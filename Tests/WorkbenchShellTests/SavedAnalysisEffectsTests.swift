import Foundation
import Testing
import WorkbenchCore
import WorkbenchShell
import WorkbenchTestSupport
import WorkbenchWorkspace

/// Issue 16, item 2: a saved analysis holds only a command without effects, and `rerun` refuses any other, whoever
/// wrote the file.
@Suite struct SavedAnalysisEffectsTests {
    @Test(arguments: [
        "set discount-rate 50%",
        "import libraries inputs/london-authorities.csv",
        "export compare --to /tmp/victim.json --force",
        "export compare --to /tmp/victim.json",
        "export compare --to compare.json --force",
        "report compare --to board.html --force",
        "new-borough Evil",
        "rebuild",
    ])
    func saveAnalysisRefusesACommandWithEffects(_ line: String) throws {
        let session = try SessionFixture.session()
        let reply = session.execute("save-analysis e '\(line)'")
        #expect(reply.status == .error, "\(line)")
        #expect(reply.error?.code == .invalidArgument)
        #expect(!FileManager.default.fileExists(atPath: session.context.workspace.folder.appendingPathComponent("analyses/e.json").path))
    }

    @Test(arguments: ["compare --all", "neighbours bromley --k 5", "export compare --to compare.json", "report compare --to board/compare.html"])
    func saveAnalysisAcceptsACommandWithoutEffects(_ line: String) throws {
        let session = try SessionFixture.session()
        let reply = session.execute("save-analysis e '\(line)'")
        #expect(reply.status == .ok, "\(ReplyRenderer.text(reply))")
    }

    @Test func theReasonIsGiven() throws {
        let session = try SessionFixture.session()
        let text = ReplyRenderer.text(session.execute("save-analysis e 'set discount-rate 50%'"))
        #expect(text.hasPrefix("error: 'set' changes the workspace, so running it again at each rerun would change it again; a saved analysis may only hold a command without effects."), "\(text)")
    }

    @Test func rerunRefusesAHandWrittenAnalysisWithEffectsAndSaysWhy() throws {
        let session = try SessionFixture.session()
        let folder = session.context.workspace.folder
        let victim = FileManager.default.temporaryDirectory.appendingPathComponent("victim-\(UUID().uuidString).json")
        try Data("precious\n".utf8).write(to: victim)
        let evil = [
            "rate": "set discount-rate 50%",
            "borough": "new-borough Evil",
            "victim": "export compare --to \(victim.path) --force",
            "build": "rebuild",
        ]
        for (name, command) in evil {
            let json = try JSONSerialization.data(withJSONObject: ["name": name, "command": command])
            try json.write(to: folder.appendingPathComponent("analyses/\(name).json"))
        }
        let before = try Data(contentsOf: folder.appendingPathComponent("workspace.json"))
        let reply = session.execute("rerun --json")
        #expect(reply.status == .ok)
        let text = ReplyRenderer.text(session.execute("rerun rate"))
        #expect(text.contains("refused"), "\(text)")
        #expect(text.contains("rate: not run: 'set' changes the workspace"), "\(text)")
        #expect(try Data(contentsOf: folder.appendingPathComponent("workspace.json")) == before)
        #expect(try String(contentsOf: victim, encoding: .utf8) == "precious\n")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("runs/rate.json").path))
        let object = try JSONSerialization.jsonObject(with: Data(ReplyRenderer.json(reply).utf8)) as? [String: Any]
        let analyses = try #require(object?["analyses"] as? [[String: Any]])
        let refused = analyses.filter { $0["status"] as? String == "refused" }.compactMap { $0["analysis"] as? String }
        #expect(Set(refused) == Set(evil.keys))
        #expect(session.execute("rerun pilot-comparison").status == .ok, "the others still run")
    }
}
