// libFuzzer target for the CSV reader (Sources/WorkbenchWorkspace/CSV/CSVReader.swift) and the readers built on
// it: the comparators file, the MCDA matrix files, the libraries importer, and the library locations and catchments
// importers with their workspace files. Built by Tests/Fuzz/run-fuzz.sh; not a SwiftPM target. Any trap is a finding.
//
// Checks, besides "no crash, no hang, bounded memory": every failure is a `WorkbenchError` naming the file; a
// reader failure also names a line no later than the input's last line.
import WorkbenchCore
import WorkbenchWorkspace

let fileName = "fuzz.csv"

func expectWorkbenchError(_ body: () throws -> Void, lines: Int, needsLine: Bool) {
    do {
        try body()
    } catch let error as WorkbenchError {
        check(error.location?.file == fileName, "the error does not name the file: \(error)")
        if needsLine {
            guard let line = error.location?.line else { fail("the error has no line: \(error)") }
            check(line >= 1 && line <= lines, "line \(line) is outside the file's \(lines) lines: \(error)")
        }
    } catch {
        fail("a non-WorkbenchError escaped: \(error)")
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: start, count: count)
    let text = String(decoding: bytes, as: UTF8.self)
    // Lines as an editor counts them: CRLF, CR and LF each end one line.
    var lines = 1
    var previous: UInt8 = 0
    for byte in text.utf8 {
        if byte == 0x0A && previous != 0x0D { lines += 1 }
        if byte == 0x0D { lines += 1 }
        previous = byte
    }
    expectWorkbenchError({
        let table = try CSVReader.parse(text, file: fileName, hasHeader: false)
        for row in table.rows { check(row.line >= 1 && row.line <= lines, "row line \(row.line) of \(lines)") }
    }, lines: lines, needsLine: true)
    expectWorkbenchError({ _ = try CSVReader.parse(text, file: fileName, hasHeader: true) }, lines: lines, needsLine: true)
    expectWorkbenchError({ _ = try ComparatorsFile.parse(text, file: fileName) }, lines: lines, needsLine: false)
    expectWorkbenchError({ _ = try MatrixFile.decision(csv: text, file: fileName) }, lines: lines, needsLine: false)
    expectWorkbenchError({ _ = try MatrixFile.pairwise(csv: text, file: fileName) }, lines: lines, needsLine: false)
    expectWorkbenchError({ _ = try LibrariesImporter.read(text, file: fileName) }, lines: lines, needsLine: false)
    // The library locations and catchments importers, their workspace files and the authority numbers, which read
    // the same bytes one record at a time: every issue names a line of the input.
    let raw = Array(bytes)
    expectWorkbenchError({
        let result = try LocationsImporter.read(raw, file: fileName, authorities: [1: (BoroughID(rawValue: "a"), "A")])
        for issue in result.skipped + result.warnings { check(issue.line >= 1 && issue.line <= lines, "issue line \(issue.line) of \(lines)") }
    }, lines: lines, needsLine: false)
    expectWorkbenchError({
        let result = try CatchmentsImporter.read(raw, file: fileName).result
        for issue in result.skipped { check(issue.line >= 1 && issue.line <= lines, "issue line \(issue.line) of \(lines)") }
    }, lines: lines, needsLine: false)
    expectWorkbenchError({ _ = try LocationsFile.parse(raw, file: fileName) }, lines: lines, needsLine: false)
    expectWorkbenchError({ _ = try CatchmentsFile.parse(raw, file: fileName) }, lines: lines, needsLine: false)
    expectWorkbenchError({ _ = try AuthorityNumbers.read(raw, file: fileName) }, lines: lines, needsLine: false)
    return 0
}

/// Like `precondition`, but prints its message in an optimised build too (libFuzzer saves the input).
func check(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError(message()) }
}

/// Stops with a message.
func fail(_ message: String) -> Never { fatalError(message) }
