import Foundation
import Testing
import WorkbenchCore
import WorkbenchShell
import WorkbenchTestSupport
import WorkbenchWorkspace

/// Issue 16 from the analyst's side: two shells on one workspace, imports that fail, saved analyses of the same name,
/// a missing comparators file and a journal that is not a file.
@Suite struct WorkspaceSharingTranscriptTests {
    /// The shared data folder beside the package.
    static let data = SessionFixture.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data")

    @Test func aSecondShellsSetIsNotLostWhenTheFirstSavesLater() throws {
        let first = try SessionFixture.session()
        let folder = first.context.workspace.folder
        let second = try SessionFixture.session(workspace: try Workspace(folder: folder), packageRoot: nil)
        #expect(second.execute("set horizon 20").status == .ok)
        #expect(first.execute("set discount-rate 4%").status == .ok)
        let saved = try Workspace(folder: folder).manifest.assumptions
        #expect(saved.horizonYears == 20)
        #expect(saved.discountRate.fraction == 0.04)
        #expect(first.context.assumptions.horizonYears == 20, "the first shell shows what is on disk")
        let journal = SessionJournal.read(first.journal.file)
        #expect(journal.map(\.sequence) == [1, 1, 2, 2], "one begun and one finished record per command, numbered in turn")
    }

    @Test func aFailedImportLeavesThePreviousDataByteForByte() throws {
        let session = try SessionFixture.session()
        let folder = session.context.workspace.folder
        let real = Self.data.appendingPathComponent("libraries_raw.csv")
        try #require(FileManager.default.fileExists(atPath: real.path), "the shared libraries dataset")
        #expect(session.execute("import libraries \(real.path)").status == .ok)
        let target = folder.appendingPathComponent(LibrariesFile.path)
        let before = try Data(contentsOf: target)
        let bad = folder.appendingPathComponent("bad.csv")
        try "Bexley,Only two columns\n".write(to: bad, atomically: true, encoding: .utf8)
        let reply = session.execute("import libraries bad.csv")
        #expect(reply.status == .error)
        #expect(reply.error?.location?.file == "bad.csv")
        #expect(reply.error?.location?.line == 1)
        #expect(reply.error?.message.contains("inputs/england-libraries.csv is unchanged") == true)
        #expect(try Data(contentsOf: target) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: target.deletingLastPathComponent().path)
            .filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func anOversizedImportIsRefusedBeforeItIsRead() throws {
        let session = try SessionFixture.session()
        let big = session.context.workspace.folder.appendingPathComponent("big.csv")
        #expect(FileManager.default.createFile(atPath: big.path, contents: nil))
        let handle = try FileHandle(forWritingTo: big)
        try handle.truncate(atOffset: 200 * 1024 * 1024)  // sparse: 200 MB that take no memory or disk
        try handle.close()
        let reply = session.execute("import libraries big.csv")
        #expect(reply.status == .error)
        #expect(reply.error?.message == "The file is 209715200 bytes, more than the 16777216 (16 MB) the workbench reads; it was not read.")
        #expect(!FileManager.default.fileExists(atPath: session.context.workspace.folder.appendingPathComponent(LibrariesFile.path).path))
    }

    @Test func saveAnalysisRefusesToReplaceWithoutAsking() throws {
        let session = try SessionFixture.session()
        #expect(session.execute("save-analysis e compare").status == .ok)
        let refused = session.execute("save-analysis e 'compare --by hours'")
        #expect(refused.status == .error)
        #expect(ReplyRenderer.text(refused).contains("An analysis named 'e' already exists: compare. It was not replaced."))
        #expect(session.execute("save-analysis e 'compare --by hours' --replace").status == .ok)
        #expect(AnalysisStore(folder: session.context.workspace.folder).analyses().analyses.first { $0.name == "e" }?.command == "compare --by hours")
    }

    @Test func aMissingComparatorsFileIsNotASilentlyShorterComparison() throws {
        let session = try SessionFixture.session()
        let folder = session.context.workspace.folder
        try FileManager.default.removeItem(at: folder.appendingPathComponent(Workspace.comparatorsPath))
        let fresh = try SessionFixture.session(workspace: try Workspace(folder: folder), packageRoot: nil)
        let compare = fresh.execute("compare --all")
        #expect(compare.status == .error)
        #expect(compare.error?.message.contains("has no inputs/london-authorities.csv") == true)
        let check = fresh.execute("check")
        #expect(check.status == .error)
        #expect(ReplyRenderer.text(check).contains("inputs/london-authorities.csv"))
    }

    @Test func aJournalThatIsASymbolicLinkStopsTheCommandBeforeItChangesAnything() throws {
        let session = try SessionFixture.session()
        let workspace = session.context.workspace
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("outside-\(UUID().uuidString).jsonl")
        try FileManager.default.createDirectory(at: workspace.stateFolder, withIntermediateDirectories: true)
        try? FileManager.default.removeItem(at: session.journal.file)
        try FileManager.default.createSymbolicLink(at: session.journal.file, withDestinationURL: outside)
        let reply = session.execute("set horizon 20")
        #expect(reply.status == .error)
        #expect(reply.error?.message.contains("symbolic link") == true)
        #expect(try Workspace(folder: workspace.folder).manifest.assumptions.horizonYears == 10)
        #expect(!FileManager.default.fileExists(atPath: outside.path))
    }
}
