public import Foundation
public import WorkbenchCore
import WorkbenchWorkspace

/// Adds a borough module to the package: writes `Plugins/<Name>/Sources` and `Tests/<Name>Tests`, adds the name to
/// `Package.swift`'s borough list and to the catalog. All or nothing, even across a crash: everything is staged in
/// `.workbench-scaffold-<UUID>/` at the package root, an intent file marks the staging complete, and the changes are
/// applied by renames in a fixed order (see `ScaffoldTransaction`). `recover(root:)`, run at the next start, by
/// `new-borough` and by `rebuild`, completes an interrupted scaffold or rolls it back.
public struct BoroughScaffold {
    /// The package root.
    public let root: URL
    /// The new module's files.
    public let template: BoroughTemplate
    /// Called before each file operation with its step; an error thrown here stops the scaffold at once with no
    /// clean-up, as a kill at that point would (tests inject crashes with it).
    public var beforeStep: ((ScaffoldStep) throws -> Void)?

    /// Makes a scaffold that adds `template`'s module to the package at `root`.
    public init(root: URL, template: BoroughTemplate, beforeStep: ((ScaffoldStep) throws -> Void)? = nil) {
        self.root = root
        self.template = template
        self.beforeStep = beforeStep
    }

    /// An error from `beforeStep`, carried past the clean-up.
    private struct Interrupted: Error {
        var error: any Error
    }

    /// Checks a module name: a Swift identifier in UpperCamelCase, not a keyword, a standard-library or Foundation
    /// name, or one of the workbench's own, and not already a module.
    public static func validate(name: String, root: URL) throws {
        let valid = name.first.map { $0.isUppercase && $0.isASCII } == true
            && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } && name.count <= 40
        guard valid else {
            throw WorkbenchError(
                .invalidArgument, "The name '\(name)' is not a valid module name.",
                hint: "Use a Swift identifier in UpperCamelCase of ASCII letters and digits, such as WalthamForest.",
                location: .init(argument: "<Name>"))
        }
        let folder = root.appendingPathComponent("Plugins").appendingPathComponent(name)
        if FileManager.default.fileExists(atPath: root.appendingPathComponent("Tests/\(name)Tests").path) {
            throw WorkbenchError(
                .invalidArgument, "A test folder Tests/\(name)Tests already exists.",
                hint: "Choose another name, or remove the folder.", location: .init(argument: "<Name>"))
        }
        let existing = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Plugins").path)) ?? []
        if FileManager.default.fileExists(atPath: folder.path) || existing.contains(where: { $0.lowercased() == name.lowercased() }) {
            throw WorkbenchError(
                .invalidArgument, "A module named '\(name)' already exists in Plugins/.",
                hint: "Edit Plugins/\(name)/ instead, or choose another name.", location: .init(argument: "<Name>"))
        }
        if let reason = ModuleNameRules.refusal(for: name, root: root) {
            throw WorkbenchError(
                .invalidArgument, reason,
                hint: "Choose the borough's own name, such as Hackney.", location: .init(argument: "<Name>"))
        }
    }

    /// Completes or rolls back every scaffold that a crash interrupted in the package at `root`. Call it only while
    /// no other `new-borough` can be running on this package (under the workspace lock).
    /// - Returns: one sentence per scaffold found, saying what was done.
    @discardableResult
    public static func recover(root: URL) -> [String] {
        // Another process's scaffold in progress holds the package lock: its folder is not abandoned.
        PackageLock.ifFree(root) { recoverLocked(root: root) } ?? []
    }

    private static func recoverLocked(root: URL) -> [String] {
        ScaffoldTransaction.pending(root: root).map { transaction in
            guard let intent = transaction.intent() else {
                try? FileManager.default.removeItem(at: transaction.folder)
                return "Removed the staging folder of a new-borough that stopped before changing anything (\(transaction.folder.lastPathComponent))."
            }
            let name = intent.name
            if transaction.canComplete(name) {
                do {
                    try transaction.complete(name, step: { _ in })
                    return "Completed the interrupted new-borough \(name): Plugins/\(name), Tests/\(name)Tests, Package.swift and the catalog are all in place."
                } catch {}
            }
            do {
                try transaction.rollBack(name)
                return "Rolled back the interrupted new-borough \(name): the package was changed since, so its files were removed and the lists restored."
            } catch {
                return "Could not finish or undo the interrupted new-borough \(name) in \(transaction.folder.lastPathComponent): \(error.localizedDescription)"
            }
        }
    }

    /// Writes everything, or nothing. Returns the files written or changed, relative to the root.
    public func apply() throws -> [String] {
        do {
            let written = try PackageLock.ifFree(root) { try applyOrThrow() }
            guard let written else {
                throw WorkbenchError(
                    .writeFailed, "Another new-borough is changing this package now, so \(template.name) was not added. Nothing was changed.",
                    hint: "Wait for it to finish, then try again.", location: .init(argument: "<Name>"))
            }
            return written
        } catch let interrupted as Interrupted {
            throw interrupted.error
        }
    }

    private func applyOrThrow() throws -> [String] {
        let name = template.name
        let manager = FileManager.default
        let packageFile = root.appendingPathComponent("Package.swift")
        let catalogFile = root.appendingPathComponent("Sources/WorkbenchCatalog/Catalog.swift")
        let oldPackage = try read(packageFile)
        let oldCatalog = try read(catalogFile)
        let newPackage = try Self.addingBorough(name, toPackage: oldPackage)
        let newCatalog = try Self.addingBorough(name, moduleID: template.id, toCatalog: oldCatalog)

        var index = 0
        func step(_ label: String) throws {
            defer { index += 1 }
            do {
                try beforeStep?(ScaffoldStep(index: index, description: label))
            } catch {
                throw Interrupted(error: error)
            }
        }
        let transaction = ScaffoldTransaction(
            root: root, folder: root.appendingPathComponent(ScaffoldTransaction.prefix + UUID().uuidString))
        let plugin = "Plugins/\(name)", tests = "Tests/\(name)Tests"
        let staged: [(URL, String, String)] = [
            (transaction.payload("\(plugin)/Sources/\(name)Module.swift"), template.moduleSource, "stage the module source"),
            (transaction.payload("\(plugin)/Sources/\(name)Profile.swift"), template.profileSource, "stage the profile source"),
            (transaction.payload("\(tests)/\(name)ModuleTests.swift"), template.testSource, "stage the module test"),
            (transaction.staged("Package.swift.old"), oldPackage, "keep the old Package.swift"),
            (transaction.staged("Package.swift.expected"), newPackage, "keep the new Package.swift"),
            (transaction.staged("Catalog.swift.old"), oldCatalog, "keep the old catalog"),
            (transaction.staged("Catalog.swift.expected"), newCatalog, "keep the new catalog"),
            (transaction.staged("Package.swift.new"), newPackage, "stage the new Package.swift"),
            (transaction.staged("Catalog.swift.new"), newCatalog, "stage the new catalog"),
        ]
        do {
            try step("create the staging folders")
            try manager.createDirectory(at: transaction.payload("\(plugin)/Sources"), withIntermediateDirectories: true)
            try manager.createDirectory(at: transaction.payload(tests), withIntermediateDirectories: true)
            for (url, text, label) in staged {
                try step(label)
                try AtomicFile.write(text, to: url)
            }
            let intent = try JSONEncoder().encode(ScaffoldTransaction.Intent(name: name))
            try step("write the intent")
            try AtomicFile.write(intent, to: transaction.intentFile)
        } catch let interrupted as Interrupted {
            throw interrupted
        } catch {
            try? manager.removeItem(at: transaction.folder)
            throw WorkbenchError(
                .writeFailed, "Could not stage Plugins/\(name)/: \(error.localizedDescription). Nothing was changed.",
                cause: "\(error)")
        }
        do {
            try transaction.complete(name, step: step)
        } catch let interrupted as Interrupted {
            throw interrupted
        } catch {
            try? transaction.rollBack(name)
            throw WorkbenchError(
                .writeFailed, "Could not add \(name) to the package: \(error.localizedDescription). Nothing was changed.",
                cause: "\(error)")
        }
        return [
            "Plugins/\(name)/Sources/\(name)Module.swift", "Plugins/\(name)/Sources/\(name)Profile.swift",
            "Tests/\(name)Tests/\(name)ModuleTests.swift", "Package.swift", "Sources/WorkbenchCatalog/Catalog.swift",
        ]
    }

    private func read(_ url: URL) throws -> String {
        do {
            return try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw WorkbenchError(.invalidFile, "Could not read '\(url.path)'.", location: .init(file: url.path))
        }
    }

    /// Package.swift with the name added to `let boroughs: [String] = [ … ]`, one quoted name a line, sorted.
    public static func addingBorough(_ name: String, toPackage text: String) throws -> String {
        try insertingSorted("    \"\(name)\",", intoListAfter: "let boroughs: [String] = [", in: text, file: "Package.swift", indent: "    ")
    }

    /// Catalog.swift with an import, a name and a module instance added.
    public static func addingBorough(_ name: String, moduleID: BoroughID, toCatalog text: String) throws -> String {
        var out = text
        out = try insertingSorted("        \"\(name)\",", intoListAfter: "public static let boroughNames: [String] = [", in: out, file: "Catalog.swift", indent: "        ")
        out = try insertingSorted("            \(name)Module(),", intoListAfter: "ToolkitModule(),", in: out, file: "Catalog.swift", indent: "            ", closing: "]")
        var lines = out.components(separatedBy: "\n")
        let imports = lines.indices.filter { lines[$0].hasPrefix("import ") && !lines[$0].hasPrefix("import Workbench") }
        let position = imports.first { lines[$0] > "import \(name)" } ?? ((imports.last ?? 0) + 1)
        lines.insert("import \(name)", at: position)
        out = lines.joined(separator: "\n")
        return out
    }

    /// Inserts a line into a list of one entry per line that starts after `marker`, keeping entries sorted.
    private static func insertingSorted(
        _ entry: String, intoListAfter marker: String, in text: String, file: String, indent: String, closing: String = "]"
    ) throws -> String {
        var lines = text.components(separatedBy: "\n")
        guard let start = lines.firstIndex(where: { $0.contains(marker) }) else {
            throw WorkbenchError(
                .invalidFile, "\(file) has no line containing '\(marker)', so the borough cannot be added.",
                hint: "Restore the list's first line as it was, then try again.", location: .init(file: file))
        }
        var index = start + 1
        while index < lines.count, !lines[index].trimmingCharacters(in: .whitespaces).hasPrefix(closing) {
            if lines[index].trimmingCharacters(in: .whitespaces) > entry.trimmingCharacters(in: .whitespaces) { break }
            index += 1
        }
        guard index < lines.count else {
            throw WorkbenchError(.invalidFile, "\(file)'s list after '\(marker)' is never closed.", location: .init(file: file))
        }
        lines.insert(entry, at: index)
        return lines.joined(separator: "\n")
    }
}
