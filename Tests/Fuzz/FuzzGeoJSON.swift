// libFuzzer target for the GeoJSON boundaries reader (Sources/WorkbenchWorkspace/Import/GeoJSONReader.swift and its
// JSONScanner) and the workspace file written from what it reads (BoundariesFile). Built by Tests/Fuzz/run-fuzz.sh;
// not a SwiftPM target. Any trap is a finding.
//
// Checks, besides "no crash, no hang, bounded memory": every failure is a `WorkbenchError` naming the file, with a
// line no later than the input's last; every skipped feature names a line in the file; what is read renders to a
// workspace file that reads back to the same boundaries (up to the six-decimal rounding, so it is read twice).
import WorkbenchCore
import WorkbenchWorkspace

let fileName = "fuzz.geojson"

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGeoJSON(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: start, count: count))
    let lines = 1 + bytes.filter { $0 == 0x0A }.count
    do {
        let result = try GeoJSONReader.read(bytes, file: fileName)
        for issue in result.skipped { check(issue.line >= 1 && issue.line <= lines, "skipped line \(issue.line) of \(lines)") }
        let once = BoundariesFile.render(result.records)
        let back = try GeoJSONReader.read(Array(once.utf8), file: BoundariesFile.path)
        check(back.skipped.isEmpty, "the rendered file does not read back whole: \(back.skipped)")
        check(back.records.map(\.id) == result.records.map(\.id), "the rendered file reads back other authorities")
        let twice = BoundariesFile.render(back.records)
        check(twice == once, "rendering is not stable after one round trip")
    } catch let error as WorkbenchError {
        check(error.location?.file == fileName || error.location?.file == BoundariesFile.path, "the error does not name the file: \(error)")
        if let line = error.location?.line { check(line >= 1 && line <= lines, "line \(line) is outside the file's \(lines) lines: \(error)") }
    } catch {
        fail("a non-WorkbenchError escaped: \(error)")
    }
    return 0
}

/// Like `precondition`, but prints its message in an optimised build too (libFuzzer saves the input).
func check(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError(message()) }
}

/// Stops with a message.
func fail(_ message: String) -> Never { fatalError(message) }
