import Foundation
import Testing
import WorkbenchCore
import WorkbenchScaffold
import WorkbenchShell
import WorkbenchTestSupport
import WorkbenchWorkspace

/// `new-borough` driven through the engine on a throwaway package skeleton: the reply an analyst reads and the
/// errors it renders. What the scaffold writes is tested in WorkbenchScaffoldTests.
struct NewBoroughCommandTests {
    private func session(_ skeleton: PackageSkeleton) throws -> Session {
        try SessionFixture.session(workspace: try WorkspaceOpener.open(skeleton.workspace), packageRoot: skeleton.root)
    }

    @Test func newBoroughWritesTheModuleAndBothLists() throws {
        let skeleton = try PackageSkeleton()
        let text = SessionFixture.transcript(try session(skeleton), "new-borough Hackney --from-dataset")
        #expect(text.hasPrefix("Added borough module Hackney (id 'hackney'):"), Comment(rawValue: text))
        #expect(text.contains("8 libraries in April 2010"), Comment(rawValue: text))
        let package = try skeleton.text("Package.swift")
        #expect(package.contains("    \"Enfield\",\n    \"Hackney\",\n    \"Merton\","), Comment(rawValue: package))
        #expect(try skeleton.text("Sources/WorkbenchCatalog/Catalog.swift").contains("            HackneyModule(),\n"))
        #expect(try skeleton.text("Plugins/Hackney/Sources/HackneyProfile.swift").contains("libraries2010: Sourced(8"))
        #expect(skeleton.exists("Tests/HackneyTests/HackneyModuleTests.swift"))
    }

    @Test func badNamesAreRefusedAndNothingIsWritten() throws {
        let skeleton = try PackageSkeleton()
        let session = try session(skeleton)
        let packageBefore = try skeleton.data("Package.swift")
        #expect(SessionFixture.transcript(session, "new-borough hackney").hasPrefix("error: The name 'hackney' is not a valid module name."))
        #expect(SessionFixture.transcript(session, "new-borough Bromley").hasPrefix("error: A module named 'Bromley' already exists"))
        #expect(SessionFixture.transcript(session, "new-borough WorkbenchCore").hasPrefix("error: The name 'WorkbenchCore' clashes"))
        #expect(SessionFixture.transcript(session, "new-borough Atlantis --from-dataset").hasPrefix("error: The workspace's data has no authority with the id 'atlantis'"))
        #expect(try skeleton.data("Package.swift") == packageBefore)
        #expect(!skeleton.exists("Plugins/Atlantis"))
    }

    @Test func aFailedScaffoldLeavesNothingHalfWritten() throws {
        let skeleton = try PackageSkeleton()
        let session = try session(skeleton)
        let catalog = skeleton.root.appendingPathComponent("Sources/WorkbenchCatalog/Catalog.swift")
        try "// the list was removed\n".write(to: catalog, atomically: true, encoding: .utf8)
        let packageBefore = try skeleton.data("Package.swift")
        let text = SessionFixture.transcript(session, "new-borough Hackney")
        #expect(text.contains("Catalog.swift has no line containing"), Comment(rawValue: text))
        #expect(try skeleton.data("Package.swift") == packageBefore)
        #expect(!skeleton.exists("Plugins/Hackney"))
        #expect(!skeleton.exists("Tests/HackneyTests"))
        #expect(try skeleton.hiddenItems(in: "Plugins") == [])
    }

    @Test func newBoroughNeedsTheSourceTree() throws {
        let session = try SessionFixture.session()
        defer { try? FileManager.default.removeItem(at: session.context.workspace.folder.deletingLastPathComponent()) }
        #expect(SessionFixture.transcript(session, "new-borough Hackney").hasPrefix(
            "error: new-borough needs the workbench's source tree, and this workspace is not inside one."))
    }

    /// A scaffold killed after its intent was written and Package.swift was replaced, but before the catalog was.
    private struct Killed: Error {}

    private func crash(_ skeleton: PackageSkeleton, before label: String) throws {
        let template = BoroughTemplate(name: "Hackney", id: "hackney", statistics: nil, libraries: [])
        let scaffold = BoroughScaffold(root: skeleton.root, template: template, beforeStep: { step in
            if step.description == label { throw Killed() }
        })
        #expect(throws: Killed.self) { _ = try scaffold.apply() }
    }

    @Test func theNextStartCompletesAScaffoldKilledBetweenItsRenames() throws {
        let skeleton = try PackageSkeleton()
        try crash(skeleton, before: "move Sources/WorkbenchCatalog/Catalog.swift into place")
        // Half-applied, as the issue saw it: the folders and Package.swift changed, the catalog not.
        #expect(skeleton.exists("Plugins/Hackney"))
        #expect(try !skeleton.text("Sources/WorkbenchCatalog/Catalog.swift").contains("HackneyModule()"))
        let session = try session(skeleton)
        #expect(session.scaffoldRecovery.count == 1)
        #expect(session.scaffoldRecovery.first?.hasPrefix("Completed the interrupted new-borough Hackney") == true)
        #expect(try skeleton.text("Sources/WorkbenchCatalog/Catalog.swift").contains("            HackneyModule(),\n"))
        #expect(try skeleton.text("Package.swift").contains("    \"Hackney\",\n"))
        #expect(try skeleton.hiddenItems(in: ".").isEmpty)
    }

    @Test func aRetryAfterAKillBeforeTheIntentSucceeds() throws {
        let skeleton = try PackageSkeleton()
        // The shell is already open when another process's scaffold is killed: new-borough itself clears the
        // leftover (no new start in between), then adds the module.
        let shell = try session(skeleton)
        let packageBefore = try skeleton.data("Package.swift")
        try crash(skeleton, before: "write the intent")
        #expect(try skeleton.hiddenItems(in: ".").count == 1)
        #expect(try skeleton.data("Package.swift") == packageBefore)
        let text = SessionFixture.transcript(shell, "new-borough Hackney")
        #expect(text.contains("Added borough module Hackney (id 'hackney'):"), Comment(rawValue: text))
        #expect(try skeleton.hiddenItems(in: ".").isEmpty)
        #expect(try skeleton.text("Sources/WorkbenchCatalog/Catalog.swift").contains("            HackneyModule(),\n"))
    }

    @Test(arguments: ["Toolkit", "Self", "Any", "String", "Type", "Protocol", "Class"])
    func namesThatBreakTheBuildAreRefusedWithTheReason(_ name: String) throws {
        let skeleton = try PackageSkeleton()
        let text = SessionFixture.transcript(try session(skeleton), "new-borough \(name)")
        #expect(text.hasPrefix("error: The name '\(name)' "), Comment(rawValue: text))
        #expect(text.contains("keyword") || text.contains("standard-library") || text.contains("workbench's own"), Comment(rawValue: text))
        #expect(!skeleton.exists("Plugins/\(name)"))
    }
}
