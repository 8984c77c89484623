import Foundation
import Testing
import WorkbenchCore
import WorkbenchScaffold
import WorkbenchTestSupport
import WorkbenchWorkspace

/// `BoroughScaffold` on a throwaway package skeleton (Package.swift, Plugins/, the catalog and the default
/// workspace copied from this package): the module and both lists written, bad names refused, and a failure that
/// leaves nothing half-written. The `new-borough` command's replies are tested in WorkbenchShellTests.
struct ScaffoldTests {
    /// Hackney's template, pre-filled from the skeleton workspace's London comparators as `new-borough
    /// --from-dataset` does.
    private func hackney(_ skeleton: PackageSkeleton) throws -> BoroughTemplate {
        let statistics = try #require(try Workspace(folder: skeleton.workspace).comparators().first { $0.id == "hackney" })
        return BoroughTemplate(name: "Hackney", id: "hackney", statistics: statistics, libraries: [])
    }

    /// The message of the `WorkbenchError` that `body` throws, or `nil` when it throws none.
    private func message(_ body: () throws -> Void) -> String? {
        do {
            try body()
            return nil
        } catch let error as WorkbenchError {
            return error.message
        } catch {
            return "\(error)"
        }
    }

    @Test func newBoroughWritesTheModuleAndBothLists() throws {
        let skeleton = try PackageSkeleton()
        let written = try BoroughScaffold(root: skeleton.root, template: try hackney(skeleton)).apply()
        #expect(written == [
            "Plugins/Hackney/Sources/HackneyModule.swift", "Plugins/Hackney/Sources/HackneyProfile.swift",
            "Tests/HackneyTests/HackneyModuleTests.swift", "Package.swift", "Sources/WorkbenchCatalog/Catalog.swift",
        ])
        let package = try skeleton.text("Package.swift")
        #expect(package.contains("    \"Enfield\",\n    \"Hackney\",\n    \"Merton\","), Comment(rawValue: package))
        let catalog = try skeleton.text("Sources/WorkbenchCatalog/Catalog.swift")
        #expect(catalog.contains("import Hackney\n"))
        #expect(catalog.contains("        \"Hackney\",\n"))
        #expect(catalog.contains("            HackneyModule(),\n"))
        let profile = try skeleton.text("Plugins/Hackney/Sources/HackneyProfile.swift")
        #expect(profile.contains("population: Sourced(269009"), Comment(rawValue: profile))
        #expect(profile.contains("libraries2010: Sourced(8"), Comment(rawValue: profile))
        #expect(skeleton.exists("Tests/HackneyTests/HackneyModuleTests.swift"))
    }

    @Test func badNamesAreRefusedAndNothingIsWritten() throws {
        let skeleton = try PackageSkeleton()
        let packageBefore = try skeleton.data("Package.swift")
        #expect(message { try BoroughScaffold.validate(name: "hackney", root: skeleton.root) } == "The name 'hackney' is not a valid module name.")
        #expect(message { try BoroughScaffold.validate(name: "Bromley", root: skeleton.root) }?.hasPrefix("A module named 'Bromley' already exists") == true)
        #expect(message { try BoroughScaffold.validate(name: "WorkbenchCore", root: skeleton.root) }?.hasPrefix("The name 'WorkbenchCore' clashes") == true)
        #expect(message { try BoroughScaffold.validate(name: "Atlantis", root: skeleton.root) } == nil)
        #expect(try skeleton.data("Package.swift") == packageBefore)
        #expect(!skeleton.exists("Plugins/Atlantis"))
    }

    @Test func aFailedScaffoldLeavesNothingHalfWritten() throws {
        let skeleton = try PackageSkeleton()
        let catalog = skeleton.root.appendingPathComponent("Sources/WorkbenchCatalog/Catalog.swift")
        try "// the list was removed\n".write(to: catalog, atomically: true, encoding: .utf8)
        let packageBefore = try skeleton.data("Package.swift")
        let template = BoroughTemplate(name: "Hackney", id: "hackney", statistics: nil, libraries: [])
        let text = message { _ = try BoroughScaffold(root: skeleton.root, template: template).apply() } ?? ""
        #expect(text.contains("Catalog.swift has no line containing"), Comment(rawValue: text))
        #expect(try skeleton.data("Package.swift") == packageBefore)
        #expect(!skeleton.exists("Plugins/Hackney"))
        #expect(!skeleton.exists("Tests/HackneyTests"))
        #expect(try skeleton.hiddenItems(in: "Plugins") == [])
        #expect(try skeleton.hiddenItems(in: "Tests") == [])
    }
}
