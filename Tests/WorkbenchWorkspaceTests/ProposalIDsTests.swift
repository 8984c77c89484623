import Foundation
import Testing
import WorkbenchCore
import WorkbenchWorkspace

/// Proposals' ids are checked when `check` validates the workspace: a borough the workbench does not know, or a
/// project that is not a partnership project, is a problem naming the file and field.
struct ProposalIDsTests {
    static func proposal(id: String, group: [String], project: String) -> String {
        let members = group.map { "\"\($0)\"" }.joined(separator: ", ")
        return "{\"id\": \"\(id)\", \"title\": \"T\", \"group\": [\(members)], \"project\": \"\(project)\", "
            + "\"savingsClaimedPerYear\": 1, \"ownFundsCommitted\": 0, \"staffCapacity\": {}, \"evidence\": [], \"timetable\": []}"
    }

    /// The shipped comparators, so that London's borough ids are known.
    static func comparators() throws -> String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return try String(
            contentsOf: root.appendingPathComponent("Workspaces/london-2010/\(Workspace.comparatorsPath)"), encoding: .utf8)
    }

    @Test func unknownBoroughsAndProjectsAreProblems() throws {
        let workspace = try WorkspaceOwnsItsFilesTests.workspace([
            Workspace.comparatorsPath: try Self.comparators(),
            "inputs/proposals/good.json": Self.proposal(id: "good", group: ["bexley", "bromley"], project: "shared-service"),
            "inputs/proposals/bad.json": Self.proposal(id: "bad", group: ["bexley", "atlantis"], project: "moon-base"),
        ])
        let report = workspace.validate(registry: try ModuleRegistry(modules: []), partnershipProjects: ["shared-service"]) { _ in .parses }
        // The comparators cite sources an empty registry does not list; only the proposals' problems matter here.
        let problems = report.problems.filter { $0.file.hasPrefix(ProposalStore.folder) }
        #expect(problems.map(\.file) == ["inputs/proposals/bad.json", "inputs/proposals/bad.json"])
        #expect(problems.map(\.field) == ["group", "project"])
        #expect(problems.first?.message.contains("'atlantis'") == true)
    }

    @Test func knownIDsAreNoProblem() throws {
        let workspace = try WorkspaceOwnsItsFilesTests.workspace([
            Workspace.comparatorsPath: try Self.comparators(),
            "inputs/proposals/good.json": Self.proposal(id: "good", group: ["bexley", "bromley"], project: "shared-service"),
        ])
        let report = workspace.validate(registry: try ModuleRegistry(modules: []), partnershipProjects: ["shared-service"]) { _ in .parses }
        #expect(report.problems.filter { $0.file.hasPrefix(ProposalStore.folder) }.isEmpty)
        #expect(report.checked >= 2)
    }

    @Test func unknownIDsNamesEachOne() {
        let proposal = Proposal(
            id: "p", title: "P", group: ["bexley", "nowhere"], project: "x", savingsClaimedPerYear: Money(pounds: 1))
        let errors = ProposalStore.unknownIDs(in: [proposal], boroughs: ["bexley"], projects: nil)
        #expect(errors.map(\.location?.field) == ["group"])
        #expect(errors.first?.location?.file == "inputs/proposals/p.json")
    }
}
