public import Foundation

/// A throwaway copy of the parts of this package that `new-borough` changes: `Package.swift`, `Plugins/`, the
/// catalog, and the default workspace (without session state), in a temporary folder removed when the value ends.
public final class PackageSkeleton {
    /// The skeleton's root folder.
    public let root: URL

    /// Copies the parts into a new temporary folder.
    public init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("pkg-\(UUID().uuidString)")
        let source = SessionFixture.packageRoot
        let manager = FileManager.default
        try manager.createDirectory(at: root.appendingPathComponent("Sources/WorkbenchCatalog"), withIntermediateDirectories: true)
        try manager.createDirectory(at: root.appendingPathComponent("Workspaces"), withIntermediateDirectories: true)
        try manager.copyItem(at: source.appendingPathComponent("Package.swift"), to: root.appendingPathComponent("Package.swift"))
        try manager.copyItem(at: source.appendingPathComponent("Plugins"), to: root.appendingPathComponent("Plugins"))
        try manager.copyItem(
            at: source.appendingPathComponent("Sources/WorkbenchCatalog/Catalog.swift"),
            to: root.appendingPathComponent("Sources/WorkbenchCatalog/Catalog.swift"))
        try manager.copyItem(at: SessionFixture.defaultWorkspace, to: workspace)
        try? manager.removeItem(at: workspace.appendingPathComponent(".workbench"))
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    /// The copy of the default workspace, `Workspaces/london-2010`.
    public var workspace: URL { root.appendingPathComponent("Workspaces/london-2010") }

    /// The text of a file, by its path relative to the root.
    public func text(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    /// The bytes of a file, by its path relative to the root.
    public func data(_ path: String) throws -> Data {
        try Data(contentsOf: root.appendingPathComponent(path))
    }

    /// Whether a file or folder exists, by its path relative to the root.
    public func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path)
    }

    /// The names starting with a dot in a folder (staging leftovers), by its path relative to the root; none when
    /// the folder does not exist.
    public func hiddenItems(in path: String) throws -> [String] {
        guard exists(path) else { return [] }
        return try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(path).path).filter { $0.hasPrefix(".") }
    }
}
