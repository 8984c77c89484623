public import Foundation

/// The temporary folder a transcript runs in: a fresh copy of the default workspace (without session state) and,
/// for `#! package`, a skeleton of the package around it. Removed by `remove()`.
public struct TranscriptSandbox {
    /// The temporary folder holding everything.
    public let root: URL
    /// The workspace the session opens.
    public let workspace: URL
    /// The package skeleton, for `#! package`; nil otherwise.
    public let packageRoot: URL?

    /// Makes the folder and copies what the directives ask for.
    /// - Parameter fixtures: the folder `#! copy` reads from.
    public init(directives: [TranscriptDirective], fixtures: URL) throws {
        let files = FileManager.default
        root = files.temporaryDirectory.appendingPathComponent("workbench-transcript-\(UUID().uuidString)")
        let source = SessionFixture.packageRoot
        if directives.contains(.package) {
            packageRoot = root
            workspace = root.appendingPathComponent("Workspaces/london-2010")
            try files.createDirectory(at: root.appendingPathComponent("Sources/WorkbenchCatalog"), withIntermediateDirectories: true)
            try files.createDirectory(at: root.appendingPathComponent("Workspaces"), withIntermediateDirectories: true)
            for path in ["Package.swift", "Plugins", "Sources/WorkbenchCatalog/Catalog.swift"] {
                try files.copyItem(at: source.appendingPathComponent(path), to: root.appendingPathComponent(path))
            }
        } else {
            packageRoot = nil
            workspace = root.appendingPathComponent("london-2010")
            try files.createDirectory(at: root, withIntermediateDirectories: true)
        }
        try files.copyItem(at: SessionFixture.defaultWorkspace, to: workspace)
        try? files.removeItem(at: workspace.appendingPathComponent(".workbench"))
        for case .copy(let fixture, let path) in directives {
            let target = workspace.appendingPathComponent(path)
            try files.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            if files.fileExists(atPath: target.path) { try files.removeItem(at: target) }
            try files.copyItem(at: fixtures.appendingPathComponent(fixture), to: target)
        }
    }

    /// The text with the sandbox's paths replaced by `<workspace>` and `<sandbox>`, so that replies naming files
    /// read the same on every run.
    public func normalisingPaths(_ text: String) -> String {
        var text = text
        for (url, name) in [(workspace, "<workspace>"), (root, "<sandbox>")] {
            for path in Set([url.path, url.resolvingSymlinksInPath().path]) {
                text = text.replacingOccurrences(of: path, with: name)
            }
        }
        return text
    }

    /// Deletes the folder.
    public func remove() {
        try? FileManager.default.removeItem(at: root)
    }
}
