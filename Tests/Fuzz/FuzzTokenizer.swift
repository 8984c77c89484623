// libFuzzer target for the shell's command-line tokenizer (Sources/WorkbenchShell/Engine/Tokenizer.swift).
// Built by Tests/Fuzz/run-fuzz.sh; not a SwiftPM target. Any trap is a finding.
//
// Checks, besides "no crash, no hang": a failure is a `WorkbenchError` with code `usage`; every word that `split`
// returns survives `quote` and `split` again unchanged (save-analysis stores command lines that way).
import WorkbenchCore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTokenizer(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: start, count: count)
    let line = String(decoding: bytes, as: UTF8.self)
    let words: [String]
    do {
        words = try Tokenizer.split(line)
    } catch let error as WorkbenchError {
        check(error.code == .usage, "unexpected error code \(error.code) for \(line.debugDescription)")
        return 0
    } catch {
        fail("a non-WorkbenchError escaped: \(error)")
    }
    for word in words {
        let quoted = Tokenizer.quote(word)
        let again = try? Tokenizer.split(quoted)
        check(again == [word], "quote does not round-trip \(word.debugDescription): \(quoted.debugDescription) splits as \(String(describing: again))")
    }
    let joined = words.map(Tokenizer.quote).joined(separator: " ")
    check((try? Tokenizer.split(joined)) == words, "a quoted line does not round-trip: \(joined.debugDescription)")
    return 0
}

/// Like `precondition`, but prints its message in an optimised build too (libFuzzer saves the input).
func check(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError(message()) }
}

/// Stops with a message.
func fail(_ message: String) -> Never { fatalError(message) }
