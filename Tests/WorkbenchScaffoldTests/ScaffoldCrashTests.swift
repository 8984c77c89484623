import Foundation
import Testing
import WorkbenchCore
import WorkbenchScaffold
import WorkbenchTestSupport

/// `new-borough` interrupted at each of its file operations: a hook throws before step k, as a kill there would stop
/// it (no clean-up runs), then recovery runs as the next start does. Every time the package is either exactly as
/// before or exactly as a scaffold that was never interrupted leaves it (every file and folder, byte for byte,
/// including Package.swift and the catalog), no staging folder is left, and a retry succeeds.
struct ScaffoldCrashTests {
    /// The crash the hook injects.
    struct SimulatedCrash: Error {}

    /// Every file and folder under the skeleton's root, by relative path: a file's bytes, a folder's marker.
    private func tree(_ skeleton: PackageSkeleton) throws -> [String: Data] {
        let root = skeleton.root.resolvingSymlinksInPath().path
        var out: [String: Data] = [:]
        let manager = FileManager.default
        guard let walker = manager.enumerator(atPath: root) else { return out }
        while let relative = walker.nextObject() as? String {
            var isFolder: ObjCBool = false
            _ = manager.fileExists(atPath: root + "/" + relative, isDirectory: &isFolder)
            out[relative] = isFolder.boolValue ? Data("<folder>".utf8) : try Data(contentsOf: URL(fileURLWithPath: root + "/" + relative))
        }
        return out
    }

    private func template() -> BoroughTemplate {
        BoroughTemplate(name: "Hackney", id: "hackney", statistics: nil, libraries: [])
    }

    /// The steps of an uninterrupted scaffold, and the tree it leaves.
    private func reference() throws -> (steps: [ScaffoldStep], tree: [String: Data]) {
        let skeleton = try PackageSkeleton()
        var steps: [ScaffoldStep] = []
        _ = try BoroughScaffold(root: skeleton.root, template: template(), beforeStep: { steps.append($0) }).apply()
        return (steps, try tree(skeleton))
    }

    @Test func theStepsAreTheStagingTheIntentAndTheRenamesInAFixedOrder() throws {
        let steps = try reference().steps.map(\.description)
        let intent = try #require(steps.firstIndex(of: "write the intent"))
        #expect(Array(steps[(intent + 1)...]) == [
            "move Plugins/Hackney into place", "move Tests/HackneyTests into place", "move Package.swift into place",
            "move Sources/WorkbenchCatalog/Catalog.swift into place", "remove the scaffold's intent",
            "remove the staging folder",
        ])
        #expect(steps.first == "create the staging folders")
    }

    @Test func aCrashAtAnyStepIsCompletedOrRolledBackAndARetrySucceeds() throws {
        let (steps, scaffolded) = try reference()
        #expect(steps.count >= 16)
        let intent = try #require(steps.firstIndex { $0.description == "write the intent" })
        var completed = 0
        var rolledBack = 0
        for crash in steps.indices {
            let skeleton = try PackageSkeleton()
            let before = try tree(skeleton)
            let scaffold = BoroughScaffold(root: skeleton.root, template: template(), beforeStep: { step in
                if step.index == crash { throw SimulatedCrash() }
            })
            #expect(throws: SimulatedCrash.self) { _ = try scaffold.apply() }
            let report = BoroughScaffold.recover(root: skeleton.root)
            #expect(report.count == (crash == 0 ? 0 : 1), "step \(crash): \(report)")
            let after = try tree(skeleton)
            if crash > intent {
                // Past the commit point: the scaffold is finished.
                #expect(after == scaffolded, "crash before step \(crash) (\(steps[crash])) was not completed")
                completed += 1
            } else {
                #expect(after == before, "crash before step \(crash) (\(steps[crash])) was not rolled back")
                rolledBack += 1
                _ = try BoroughScaffold(root: skeleton.root, template: template()).apply()
                #expect(try tree(skeleton) == scaffolded, "the retry after a crash before step \(crash) differs")
            }
            #expect(BoroughScaffold.recover(root: skeleton.root) == [])
        }
        #expect(completed == steps.count - intent - 1)
        #expect(rolledBack == intent + 1)
    }

    @Test func aPackageChangedAfterTheCrashIsRolledBackNotOverwritten() throws {
        let skeleton = try PackageSkeleton()
        let catalogBefore = try skeleton.data("Sources/WorkbenchCatalog/Catalog.swift")
        var crashAt: Int?
        let scaffold = BoroughScaffold(root: skeleton.root, template: template(), beforeStep: { step in
            if step.description == "move Sources/WorkbenchCatalog/Catalog.swift into place" { crashAt = step.index; throw SimulatedCrash() }
        })
        #expect(throws: SimulatedCrash.self) { _ = try scaffold.apply() }
        #expect(crashAt != nil)
        // Someone edits the catalog before the next start: the scaffold cannot be completed without losing that edit.
        let edited = catalogBefore + Data("// edited by hand\n".utf8)
        try edited.write(to: skeleton.root.appendingPathComponent("Sources/WorkbenchCatalog/Catalog.swift"))
        let packageBefore = try PackageSkeleton().data("Package.swift")
        let report = BoroughScaffold.recover(root: skeleton.root)
        #expect(report.count == 1 && report[0].hasPrefix("Rolled back the interrupted new-borough Hackney"), "\(report)")
        #expect(try skeleton.data("Sources/WorkbenchCatalog/Catalog.swift") == edited)
        #expect(try skeleton.data("Package.swift") == packageBefore)
        #expect(!skeleton.exists("Plugins/Hackney"))
        #expect(!skeleton.exists("Tests/HackneyTests"))
        #expect(try skeleton.hiddenItems(in: ".").isEmpty)
    }

    @Test func aScaffoldInProgressIsNeitherRecoveredNorJoinedByAnother() throws {
        let (_, scaffolded) = try reference()
        let skeleton = try PackageSkeleton()
        var recoveredMeanwhile: [String]?
        var secondError: String?
        let scaffold = BoroughScaffold(root: skeleton.root, template: template(), beforeStep: { step in
            guard step.description == "move Package.swift into place" else { return }
            // Another shell (another workspace of the same package) starts now, or runs new-borough.
            recoveredMeanwhile = BoroughScaffold.recover(root: skeleton.root)
            let other = BoroughTemplate(name: "Sutton", id: "sutton", statistics: nil, libraries: [])
            do {
                _ = try BoroughScaffold(root: skeleton.root, template: other).apply()
            } catch let error as WorkbenchError {
                secondError = error.message
            }
        })
        _ = try scaffold.apply()
        #expect(recoveredMeanwhile == [])
        #expect(secondError?.hasPrefix("Another new-borough is changing this package now") == true, "\(secondError ?? "nil")")
        #expect(try tree(skeleton) == scaffolded)
    }

    @Test(arguments: [
        "Toolkit", "Self", "Any", "String", "Type", "Protocol", "Class", "Int", "Array", "Data", "URL", "Date", "Void",
        "Foundation", "Testing", "WorkbenchCore", "WorkbenchExtra", "Workbench", "LibraryWorkbench", "Bromley",
        "Merton", "HackneyTests", "HackneyModule", "Never", "Optional", "Set", "Dictionary", "UUID",
    ])
    func namesThatWouldBreakTheBuildAreRefusedWithTheReason(_ name: String) throws {
        let skeleton = try PackageSkeleton()
        do {
            try BoroughScaffold.validate(name: name, root: skeleton.root)
            Issue.record("'\(name)' was accepted")
        } catch let error as WorkbenchError {
            #expect(error.code == .invalidArgument)
            let explained = error.message.contains("keyword") || error.message.contains("standard-library")
                || error.message.contains("workbench's own") || error.message.contains("package's own targets") || error.message.contains("already")
                || error.message.contains("ends in Tests")
            #expect(explained, "\(error.message)")
        }
    }

    @Test(arguments: ["Hackney", "WalthamForest", "Atlantis", "Sutton2"])
    func ordinaryBoroughNamesAreAccepted(_ name: String) throws {
        let skeleton = try PackageSkeleton()
        try BoroughScaffold.validate(name: name, root: skeleton.root)
    }
}
