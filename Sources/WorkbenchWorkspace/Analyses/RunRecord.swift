public import Foundation

/// The stored result of one run of a saved analysis, with the fingerprints of the inputs it read.
public struct RunRecord: Codable, Sendable, Equatable {
    /// The analysis's name.
    public var analysis: String
    /// The command line run.
    public var command: String
    /// When it ran (ISO 8601, UTC).
    public var ranAt: String
    /// `ok` or `error`.
    public var status: String
    /// Fingerprints of the inputs (`workspace.json`, each file in `inputs/`, `modules`) by name.
    public var inputs: [String: String]
    /// The reply as one line of JSON.
    public var reply: String

    /// Makes a record.
    public init(analysis: String, command: String, ranAt: String, status: String, inputs: [String: String], reply: String) {
        self.analysis = analysis
        self.command = command
        self.ranAt = ranAt
        self.status = status
        self.inputs = inputs
        self.reply = reply
    }
}

/// Fingerprints of a workspace's inputs, so a rerun can say why a figure changed.
public enum InputFingerprint {
    /// FNV-1a 64-bit hash of bytes as 16 hex digits (a change detector, not a security measure).
    public static func hash(_ data: Data) -> String {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in data {
            value ^= UInt64(byte)
            value = value &* 0x100_0000_01b3
        }
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// The fingerprints of `workspace.json`, every file in `inputs/`, and the modules loaded (ids and versions).
    public static func of(workspace folder: URL, modules: [String]) -> [String: String] {
        var out: [String: String] = [:]
        if let data = try? Data(contentsOf: folder.appendingPathComponent("workspace.json")) { out["workspace.json"] = hash(data) }
        let inputs = folder.appendingPathComponent("inputs")
        for name in ((try? FileManager.default.contentsOfDirectory(atPath: inputs.path)) ?? []).sorted() where !name.hasPrefix(".") {
            if let data = try? Data(contentsOf: inputs.appendingPathComponent(name)) { out["inputs/\(name)"] = hash(data) }
        }
        out["modules"] = modules.sorted().joined(separator: ",")
        return out
    }
}
