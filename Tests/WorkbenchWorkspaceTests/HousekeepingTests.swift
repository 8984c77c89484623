import Foundation
import Testing
import WorkbenchCore
import WorkbenchWorkspace

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Start-up housekeeping at its edges: temporaries are left alone while another process holds the lock (its save
/// may be in progress), only regular files with `AtomicFile`'s names are removed, in every folder it writes to; and
/// a manifest that is not a regular file is refused at once, never read (a FIFO would block, a device never ends).
struct HousekeepingTests {
    private func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tidy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try WorkspaceManifest.encoded(WorkspaceManifest(name: "t")).write(to: folder.appendingPathComponent("workspace.json"))
        return folder
    }

    private func stale(_ url: URL) throws {
        #expect(FileManager.default.createFile(atPath: url.path, contents: Data("x".utf8)))
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -7200)], ofItemAtPath: url.path)
    }

    @Test func temporariesAreKeptWhileAnotherWriterHoldsTheLock() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let writer = try Workspace(folder: folder)
        let starting = try Workspace(folder: folder)
        let temporary = folder.appendingPathComponent(".workspace.json.\(UUID().uuidString).tmp")
        try stale(temporary)
        let removedWhileLocked = try writer.withLock(command: "set horizon 20") { starting.removeStaleTemporaryFiles() }
        #expect(removedWhileLocked == [])
        #expect(FileManager.default.fileExists(atPath: temporary.path))
        #expect(starting.removeStaleTemporaryFiles() == [temporary.lastPathComponent])
        #expect(!FileManager.default.fileExists(atPath: temporary.path))
    }

    @Test func everyFolderAtomicFileWritesIsTidiedAndNothingElse() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let workspace = try Workspace(folder: folder)
        var expected: [String] = []
        for relative in ["inputs", "analyses", "runs", "reports", ".workbench"] {
            let directory = folder.appendingPathComponent(relative)
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let name = ".file.\(UUID().uuidString).tmp"
            try stale(directory.appendingPathComponent(name))
            expected.append("\(relative)/\(name)")
        }
        // Named like a temporary but a folder, a symbolic link, or in a folder AtomicFile never writes to: kept.
        let folderLike = folder.appendingPathComponent("reports/.x.\(UUID().uuidString).tmp")
        try FileManager.default.createDirectory(at: folderLike, withIntermediateDirectories: true)
        let target = folder.appendingPathComponent("keep.txt")
        try stale(target)
        let link = folder.appendingPathComponent("inputs/.y.\(UUID().uuidString).tmp")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
        let elsewhere = folder.appendingPathComponent("notes")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        let outside = elsewhere.appendingPathComponent(".z.\(UUID().uuidString).tmp")
        try stale(outside)
        #expect(workspace.removeStaleTemporaryFiles() == expected.sorted())
        for kept in [folderLike, link, target, outside] {
            #expect(FileManager.default.fileExists(atPath: kept.path), "\(kept.lastPathComponent) was removed")
        }
    }

    @Test(arguments: ["fifo", "/dev/urandom", "/dev/zero", "folder"])
    func aManifestThatIsNotARegularFileIsRefusedWithoutReadingIt(_ kind: String) throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let manifest = folder.appendingPathComponent("workspace.json")
        try FileManager.default.removeItem(at: manifest)
        switch kind {
        case "fifo": #expect(mkfifo(manifest.path, 0o644) == 0)
        case "folder": try FileManager.default.createDirectory(at: manifest, withIntermediateDirectories: false)
        default: try FileManager.default.createSymbolicLink(atPath: manifest.path, withDestinationPath: kind)
        }
        let error = #expect(throws: WorkbenchError.self) { try Workspace(folder: folder) }
        let message = error?.message ?? ""
        #expect(!message.contains("permission"), "\(message)")
        if kind != "folder" {
            #expect(message.contains("is not a regular file"), "\(message)")
            #expect(message.contains(kind == "fifo" ? "FIFO" : "character device"), "\(message)")
        }
    }
}
