import Foundation
import Testing
import WorkbenchCore
import WorkbenchWorkspace

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Two writers on one workspace: the lock, the re-read under it, and what a writer that cannot get it is told.
@Suite struct WorkspaceLockingTests {
    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lock-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try WorkspaceManifest.encoded(WorkspaceManifest(name: "l")).write(to: folder.appendingPathComponent("workspace.json"))
        return folder
    }

    @Test func aStaleWriterKeepsTheOtherWritersChange() throws {
        let folder = try Self.folder()
        let shell = try Workspace(folder: folder)  // opened first, as a long-running shell
        let script = try Workspace(folder: folder)
        try script.update { $0.assumptions.horizonYears = 20 }
        try shell.update { $0.assumptions.discountRate = Rate(fraction: 0.04) }
        let saved = try Workspace(folder: folder).manifest.assumptions
        #expect(saved.horizonYears == 20, "the other writer's change is not lost")
        #expect(saved.discountRate.fraction == 0.04)
        #expect(shell.manifest.assumptions.horizonYears == 20, "the shell's memory holds what it re-read")
    }

    @Test func aShellSeesAnotherWritersSaveBeforeItsNextCommand() throws {
        let folder = try Self.folder()
        let shell = try Workspace(folder: folder)
        #expect(!shell.refreshIfChanged())
        try Workspace(folder: folder).update { $0.assumptions.horizonYears = 33 }
        #expect(shell.refreshIfChanged())
        #expect(shell.manifest.assumptions.horizonYears == 33)
    }

    @Test func aWriterThatCannotGetTheLockIsToldWhoHasItAndChangesNothing() throws {
        let folder = try Self.folder()
        let holder = try Workspace(folder: folder)
        let waiter = try Workspace(folder: folder)
        waiter.lockTimeout = .milliseconds(50)
        let before = try Data(contentsOf: waiter.manifestFile)
        try holder.withLock(command: "import libraries big.csv") {
            let error = #expect(throws: WorkbenchError.self) { try waiter.update { $0.assumptions.horizonYears = 20 } }
            #expect(error?.code == .locked)
            #expect(error?.message.contains("pid \(getpid())") == true, "\(error?.message ?? "")")
            #expect(error?.message.contains("import libraries big.csv") == true)
            #expect(error?.message.contains("Nothing was changed") == true)
        }
        #expect(try Data(contentsOf: waiter.manifestFile) == before)
        #expect(waiter.manifest.assumptions.horizonYears == 10)
        try waiter.update { $0.assumptions.horizonYears = 20 }  // free again
        #expect(try Workspace(folder: folder).manifest.assumptions.horizonYears == 20)
    }

    @Test func theLockIsReentrantWithinOneWorkspace() throws {
        let workspace = try Workspace(folder: try Self.folder())
        try workspace.withLock(command: "outer") {
            try workspace.update { $0.assumptions.horizonYears = 15 }
        }
        #expect(workspace.manifest.assumptions.horizonYears == 15)
    }

    @Test func aFIFOOrDeviceAsTheManifestIsNotARegularFile() throws {
        let folder = try Self.folder()
        let manifest = folder.appendingPathComponent("workspace.json")
        try FileManager.default.removeItem(at: manifest)
        #expect(mkfifo(manifest.path, 0o644) == 0)
        let fifo = #expect(throws: WorkbenchError.self) { try Workspace(folder: folder) }
        #expect(fifo?.message.contains("not a regular file: it is a FIFO") == true, "\(fifo?.message ?? "")")
        try FileManager.default.removeItem(at: manifest)
        try FileManager.default.createSymbolicLink(atPath: manifest.path, withDestinationPath: "/dev/urandom")
        let device = #expect(throws: WorkbenchError.self) { try Workspace(folder: folder) }
        #expect(device?.message.contains("not a regular file: it is a character device") == true)
    }

    @Test func anOversizedFileIsRefusedBeforeItIsRead() throws {
        let file = try Self.folder().appendingPathComponent("big.csv")
        #expect(FileManager.default.createFile(atPath: file.path, contents: nil))
        let handle = try FileHandle(forWritingTo: file)
        try handle.truncate(atOffset: UInt64(InputLimits.csvBytes + 1))  // sparse: no memory, no disk
        try handle.close()
        let error = #expect(throws: WorkbenchError.self) { try RegularFile.read(file, limit: InputLimits.csvBytes, name: "big.csv") }
        #expect(error?.message == "The file is 16777217 bytes, more than the 16777216 (16 MB) the workbench reads; it was not read.")
        #expect(error?.location?.file == "big.csv")
    }

    @Test func staleTemporariesAreRemovedAndFreshOnesKept() throws {
        let folder = try Self.folder()
        let workspace = try Workspace(folder: folder)
        let analyses = folder.appendingPathComponent("analyses")
        try FileManager.default.createDirectory(at: analyses, withIntermediateDirectories: true)
        let old = folder.appendingPathComponent(".workspace.json.\(UUID().uuidString).tmp")
        let fresh = analyses.appendingPathComponent(".e.json.\(UUID().uuidString).tmp")
        let notOurs = analyses.appendingPathComponent(".notes.tmp")
        for file in [old, fresh, notOurs] { #expect(FileManager.default.createFile(atPath: file.path, contents: Data("x".utf8))) }
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -7200)], ofItemAtPath: old.path)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -7200)], ofItemAtPath: notOurs.path)
        #expect(workspace.removeStaleTemporaryFiles() == [old.lastPathComponent])
        #expect(FileManager.default.fileExists(atPath: fresh.path), "a save in progress keeps its temporary")
        #expect(FileManager.default.fileExists(atPath: notOurs.path), "only AtomicFile's own names are removed")
    }

    @Test func aMissingComparatorsFileIsAnErrorAndACheckFinding() throws {
        let workspace = try Workspace(folder: try Self.folder())
        let error = #expect(throws: WorkbenchError.self) { try workspace.comparators() }
        #expect(error?.code == .notFound)
        #expect(error?.location?.file == Workspace.comparatorsPath)
        #expect(workspace.requiredFileProblems().count == 1)
    }

    @Test func aFailedCheckLeavesTheTargetByteForByte() throws {
        let workspace = try Workspace(folder: try Self.folder())
        let target = workspace.folder.appendingPathComponent("inputs/data.csv")
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("a,b\n1,2\n".utf8).write(to: target)
        var transaction = InputTransaction(workspace: workspace)
        #expect(throws: WorkbenchError.self) {
            try transaction.stage("a,b\n", at: "inputs/data.csv") { _ in
                throw WorkbenchError(.invalidFile, "bad", location: .init(file: "inputs/data.csv", line: 1))
            }
        }
        #expect(try Data(contentsOf: target) == Data("a,b\n1,2\n".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: target.deletingLastPathComponent().path) == ["data.csv"])
        try transaction.stage("a,b\n3,4\n", at: "inputs/data.csv") { _ in }
        try transaction.commit()
        #expect(try Data(contentsOf: target) == Data("a,b\n3,4\n".utf8))
    }

    @Test func anAnalysisOfTheSameNameIsReplacedOnlyWhenAsked() throws {
        let store = AnalysisStore(folder: try Self.folder())
        try store.save(SavedAnalysis(name: "e", command: "compare"))
        let error = #expect(throws: WorkbenchError.self) { try store.save(SavedAnalysis(name: "e", command: "compare --by hours")) }
        #expect(error?.message.contains("already exists") == true)
        #expect(store.analyses().analyses.map(\.command) == ["compare"])
        try store.save(SavedAnalysis(name: "e", command: "compare --by hours"), replace: true)
        #expect(store.analyses().analyses.map(\.command) == ["compare --by hours"])
    }
}
