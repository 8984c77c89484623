public import Foundation
import WorkbenchCore

/// Where a report or export may be written, checked before anything is written.
///
/// - A relative path resolves inside the workspace's `reports/` folder and may not leave it: a `..` component is
///   refused, and so is a path whose existing folders lead outside `reports/` through a symbolic link.
/// - An absolute path is allowed as the analyst named it (writing outside the workspace is then deliberate).
/// - `~` is not expanded: the shell is not a Unix shell, so a path starting with `~` is refused with a hint.
/// - An existing file is never replaced unless `force` is given; a folder is never replaced.
/// - The file's extension must be one the command writes.
/// Writing itself goes through `AtomicFile`, so a reader never sees a half-written file.
public struct OutputPath: Sendable, Equatable {
    /// The file to write.
    public let url: URL
    /// The path as the analyst typed it.
    public let typed: String
    /// The extension, lower-cased (`html`, `csv`).
    public var fileExtension: String { url.pathExtension.lowercased() }

    /// Checks a typed path.
    /// - Parameters:
    ///   - typed: the path as typed after `--to`.
    ///   - workspace: the workspace folder; relative paths go under its `reports/`.
    ///   - extensions: the extensions allowed, lower-case without dots.
    ///   - force: whether an existing file may be replaced.
    ///   - argument: the option's name, for errors.
    /// - Throws: `invalidArgument` for an empty path, `~`, `..`, a bad extension, an escape through a link, or a
    ///   folder; `writeFailed` for an existing file without `force`.
    public init(_ typed: String, workspace: URL, extensions: [String], force: Bool, argument: String = "--to") throws {
        self.typed = typed
        func refuse(_ message: String, _ hint: String, code: WorkbenchError.Code = .invalidArgument) -> WorkbenchError {
            WorkbenchError(code, message, hint: hint, location: .init(argument: argument))
        }
        guard !typed.isEmpty, !typed.contains("\0") else {
            throw refuse("The output path '\(typed)' is empty or not a path.", "Name a file such as 'compare.html'.")
        }
        if typed.hasPrefix("~") {
            throw refuse(
                "The output path '\(typed)' starts with '~', which the workbench does not expand.",
                "Write the absolute path (/home/…), or a path relative to the workspace's reports/ folder.")
        }
        let components = typed.split(separator: "/", omittingEmptySubsequences: true)
        if components.contains("..") {
            throw refuse(
                "The output path '\(typed)' contains '..'; relative paths stay inside the workspace's reports/ folder.",
                "Name a file inside reports/ (such as 'board/compare.html'), or give an absolute path to write elsewhere.")
        }
        let reports = workspace.appendingPathComponent("reports").standardizedFileURL
        let url: URL
        if typed.hasPrefix("/") {
            url = URL(fileURLWithPath: typed).standardizedFileURL
        } else {
            url = reports.appendingPathComponent(typed).standardizedFileURL
            let root = reports.resolvingSymlinksInPath().path
            var existing = url.deletingLastPathComponent()
            while !FileManager.default.fileExists(atPath: existing.path), existing.path.count > reports.path.count {
                existing = existing.deletingLastPathComponent()
            }
            let resolved = existing.resolvingSymlinksInPath().path
            if resolved != root, !resolved.hasPrefix(root + "/") {
                throw refuse(
                    "The output path '\(typed)' leads outside the workspace's reports/ folder through a link.",
                    "Name a file inside reports/, or give an absolute path to write elsewhere.")
            }
        }
        guard extensions.contains(url.pathExtension.lowercased()) else {
            let allowed = extensions.map { "." + $0 }.joined(separator: " or ")
            throw refuse(
                "The output path '\(typed)' does not end in \(allowed).",
                "Name the file with its format's extension, such as 'report.\(extensions.first ?? "html")'.")
        }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) {
            if isFolder.boolValue {
                throw refuse("The output path '\(typed)' is a folder.", "Name a file inside it.")
            }
            if !force {
                throw refuse(
                    "The file '\(typed)' exists already; it was not overwritten.",
                    "Add --force to replace it, or choose another name.", code: .writeFailed)
            }
        }
        self.url = url
    }

    /// Writes text atomically (temporary file, then rename) to the checked path.
    public func write(_ text: String) throws {
        try AtomicFile.write(text, to: url)
    }

    /// Writes bytes atomically (temporary file, then rename) to the checked path.
    public func write(_ data: Data) throws {
        try AtomicFile.write(data, to: url)
    }
}
