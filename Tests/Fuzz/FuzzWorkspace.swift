// libFuzzer target for the workspace decoder: `Workspace(folder:)` reading a hostile `workspace.json`, and the
// session journal reader on the same bytes. Built by Tests/Fuzz/run-fuzz.sh; not a SwiftPM target. Any trap is a
// finding.
//
// Checks, besides "no crash, no hang, bounded memory": every failure is a `WorkbenchError` with code `invalid-file`
// naming workspace.json; a manifest that opens saves and reopens to the same value.
import Foundation
import WorkbenchCore
import WorkbenchWorkspace

let folder: URL = {
    let url = URL(fileURLWithPath: "/dev/shm/workbench-fuzz-workspace-\(getpid())")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}()
let manifestFile = folder.appendingPathComponent("workspace.json")
let journalFile = folder.appendingPathComponent("journal.jsonl")

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzWorkspace(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let data = count == 0 ? Data() : Data(bytes: start!, count: count)
    try! data.write(to: manifestFile)
    do {
        let workspace = try Workspace(folder: folder)
        let saved = try WorkspaceManifest.encoded(workspace.manifest)
        try saved.write(to: manifestFile)
        let reopened = try Workspace(folder: folder)
        check(reopened.manifest == workspace.manifest, "the manifest does not survive a save")
    } catch let error as WorkbenchError {
        check(error.code == .invalidFile, "unexpected error code \(error.code): \(error)")
        check(error.location?.file?.hasSuffix("workspace.json") == true, "the error does not name the file: \(error)")
    } catch {
        fail("a non-WorkbenchError escaped: \(error)")
    }
    try! data.write(to: journalFile)
    _ = SessionJournal.read(journalFile)
    return 0
}

/// Like `precondition`, but prints its message in an optimised build too (libFuzzer saves the input).
func check(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError(message()) }
}

/// Stops with a message.
func fail(_ message: String) -> Never { fatalError(message) }
