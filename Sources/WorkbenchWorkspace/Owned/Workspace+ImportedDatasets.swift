import Foundation

extension Workspace {
    /// The England datasets the workspace holds from `import authorities`, `import libraries` and `import
    /// boundaries`, as each file's path in the workspace and its size in bytes, for those present. Only the sizes are
    /// read (for `bench startup`, which shows what a start-up did not have to load).
    public func importedDatasets() -> [(path: String, bytes: Int)] {
        [Workspace.englandAuthoritiesPath, LibrariesFile.path, BoundariesFile.path].compactMap { path in
            let url = folder.appendingPathComponent(path)
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path),
                let size = attributes[.size] as? NSNumber
            else { return nil }
            return (path, size.intValue)
        }
    }
}
