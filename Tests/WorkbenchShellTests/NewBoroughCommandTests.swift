import Foundation
import Testing
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
}
