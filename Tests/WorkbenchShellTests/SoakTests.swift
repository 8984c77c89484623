import Foundation
import WorkbenchCore
import WorkbenchShell
import WorkbenchTestSupport
import WorkbenchWorkspace
import XCTest

/// A randomised soak of the shell engine: many random command lines, valid and invalid, through `Session.execute`
/// on a temporary copy of the default workspace. Every line must give a reply (no crash, no trap, no `internal`
/// error), and memory must stay flat over the second half of the run.
///
/// 10,000 lines by default; 100,000 when `WORKBENCH_SOAK=full` (as `.ci/run` sets it). The generator leaves out the
/// commands that write a lot or run long (`rebuild`, `new-borough`, `bench`, `simulate`) and `history` (it lists every
/// line so far: quadratic), and never makes a word that
/// starts with `/`, so every path a command writes resolves inside the temporary workspace.
final class SoakTests: XCTestCase {
    /// Commands the generator never names: they build the package, write modules, or run for seconds each; and
    /// `history`, which lists every line so far, so that rendering it would make the soak quadratic.
    static let excluded: Set<String> = ["rebuild", "new-borough", "bench", "simulate", "history"]

    func testRandomCommandLinesNeverCrashAndMemoryStaysFlat() throws {
        let total = ProcessInfo.processInfo.environment["WORKBENCH_SOAK"] == "full" ? 100_000 : 10_000
        let session = try SessionFixture.session()
        defer { try? FileManager.default.removeItem(at: session.context.workspace.folder.deletingLastPathComponent()) }
        let names = session.context.commands.names.filter { !Self.excluded.contains($0) }
        XCTAssertGreaterThan(names.count, 20, "the command table should list the shell's commands")
        var generator = SoakLineGenerator(seed: 2010, commands: names)

        var statuses: [String: Int] = [:]
        var rssAtHalf = 0
        for index in 0..<total {
            if index == total / 2 { rssAtHalf = Self.residentKilobytes() }
            let line = generator.line()
            let reply = session.execute(line)
            if let error = reply.error {
                XCTAssertNotEqual(error.code, .internal, "line \(index): \(line.debugDescription) gave an internal error: \(error)")
                statuses[error.code.name, default: 0] += 1
            } else {
                statuses["ok", default: 0] += 1
            }
            // Rendering is part of what the analyst sees; it must not trap either.
            _ = reply.wantsJSON ? ReplyRenderer.json(reply) : ReplyRenderer.text(reply)
        }
        let growth = Self.residentKilobytes() - rssAtHalf
        print("soak: \(total) lines, resident memory \(rssAtHalf) kB at half-way, growth \(growth) kB; replies \(statuses.sorted { $0.key < $1.key })")
        // A resource bound, not a timing: the second half of the run may not keep memory it does not need.
        XCTAssertLessThan(growth, 64 * 1024, "resident memory grew by \(growth) kB over the second \(total / 2) lines")
        // The generator makes both kinds of line: some succeed and many fail in several ways.
        XCTAssertGreaterThan(statuses["ok", default: 0], total / 50, "\(statuses)")
        XCTAssertGreaterThanOrEqual(statuses.count, 4, "\(statuses)")
    }

    func testGeneratorIsReproducible() {
        var first = SoakLineGenerator(seed: 7, commands: ["npv", "compare"])
        var second = SoakLineGenerator(seed: 7, commands: ["npv", "compare"])
        for _ in 0..<200 { XCTAssertEqual(first.line(), second.line()) }
    }

    /// VmRSS from /proc/self/status, in kB (0 where /proc does not exist).
    static func residentKilobytes() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmRSS:") {
            return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
        }
        return 0
    }
}

/// A seeded generator of command lines: real command names, ids, options and numbers mixed with quotes, unicode,
/// very long words and control characters. SplitMix64, so a seed gives the same lines on every platform.
struct SoakLineGenerator {
    private var state: UInt64
    private let commands: [String]

    init(seed: UInt64, commands: [String]) {
        state = seed
        self.commands = commands
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
    mutating func pick(_ items: [String]) -> String { items[below(items.count)] }

    static let ids = [
        "bexley", "bromley", "camden", "enfield", "merton", "barnet", "croydon", "city-of-london", "westminster",
        "bexley+bromley", "camden+enfield+merton", "bromley+bromley", "+", "nowhere", "Bromley", "BEXLEY",
        "shared-service", "rfid-self-service", "trust-or-provider", "community-managed", "co-location",
        "shortlist", "preferred", "tri-borough-libraries", "lewisham-asset-transfer", "solihull-rfid", "standard",
        "discount-rate", "horizon", "optimism-bias", "seed", "iterations", "mitigated:0.5", "upper-bound",
        "wsm", "topsis", "promethee", "weights", "saaty1980", "donegan-dodd", "hours", "libraries", "population",
        "pilot-comparison", "london-comparison", "neighbours-bromley", "soak-analysis", "inputs/london-authorities.csv",
        "inputs/options.csv", "workspace.json", "compare.csv", "soak/out.html", "out.md", "../escape.csv", "~/x.csv",
        "back-office-cost", "staff", "london", "england",
    ]
    static let options = [
        "--json", "--k", "--by", "--all", "--years", "--rate", "--to", "--weights", "--cost", "--detail",
        "--apply-to", "--driver", "--evaluator", "--random-index", "--declining", "--discounted", "--force",
        "--no-optimism-bias", "--within", "--swing", "--preference", "--appraise", "--kiosk-cost", "--rate-relief",
        "--iterations", "--seed", "--", "-", "--=", "--unknown-option", "-k",
    ]
    static let numbers = [
        "0", "1", "-1", "3.5%", "0.035", "10", "30", "300", "301", "-180000", "36000x10", "167000x10", "1e308",
        "-1e308", "1e-320", "nan", "NaN", "inf", "-inf", "Infinity", "9223372036854775807", "9223372036854775808",
        "-9223372036854775808", "0x10", "1/3", "1/0", "0.4,0.3,0.3", "2,1,1", "1,,", "100%", "-0", "5x0", "0x5",
        "1e6x1e6", "99999999999999999999x99999999999999999999", "1_000", "£1,000", "٣", "½",
    ]
    static let odd = [
        "'quoted words'", "\"double quoted\"", "'unterminated", "\"also unterminated", "\\", "a\\ b", "#comment",
        "''", "\"\"", "'it'\\''s'", "£", "é", "e\u{301}", "\u{301}", "\u{200D}", "👩‍👩‍👧", "\u{202E}gnirts", "中文",
        "\u{FEFF}", "\0", "\u{1B}[31m", "\u{7}", "\t", "\r", "\u{7F}", "\u{FFFD}", "\u{10FFFF}", "\u{2028}",
        "%s%n%x", "$(rm -rf x)", "`x`", ";", "|", "&&", ">", "<", "*", "?", "{}", "[]", "null", "true",
    ]

    mutating func word() -> String {
        switch below(100) {
        case 0..<30: return pick(Self.ids)
        case 30..<50: return pick(Self.options)
        case 50..<70: return pick(Self.numbers)
        case 70..<85: return pick(Self.odd)
        case 85..<88: return pick(commands)
        case 88..<90:
            // A very long word, from a hundred to several thousand characters.
            let piece = pick(["a", "é", "9", "x,", "🙂", "'", "-"])
            return String(repeating: piece, count: 100 + below(5_000))
        default:
            // Random printable and unprintable scalars, never starting with '/', so no absolute paths.
            var scalars = String.UnicodeScalarView()
            for _ in 0..<(1 + below(12)) {
                let value = below(4) == 0 ? UInt32(below(0x3000)) : UInt32(32 + below(95))
                if let scalar = Unicode.Scalar(value), !(scalars.isEmpty && scalar == "/") { scalars.append(scalar) }
            }
            return String(scalars)
        }
    }

    mutating func line() -> String {
        var words: [String] = []
        switch below(20) {
        case 0: words.append(word())
        case 1: return ""
        default: words.append(pick(commands))
        }
        for _ in 0..<below(7) { words.append(word()) }
        return words.joined(separator: below(10) == 0 ? "  " : " ")
    }
}
