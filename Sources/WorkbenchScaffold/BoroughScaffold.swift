public import Foundation
public import WorkbenchCore
import WorkbenchWorkspace

/// Adds a borough module to the package: writes `Plugins/<Name>/Sources` and `Tests/<Name>Tests`, adds the name to `Package.swift`'s borough list and
/// to the catalog. All or nothing: the new files are written in a temporary folder and moved into place, then the two
/// lists are replaced atomically; if any step fails, what was done is undone.
public struct BoroughScaffold {
    /// The package root.
    public let root: URL
    /// The new module's files.
    public let template: BoroughTemplate

    /// Makes a scaffold that adds `template`'s module to the package at `root`.
    public init(root: URL, template: BoroughTemplate) {
        self.root = root
        self.template = template
    }

    /// Names the package's own targets use; a borough may not take them.
    static let reservedNames: Set<String> = [
        "WorkbenchCore", "WorkbenchToolkit", "WorkbenchAnalysis", "WorkbenchWorkspace", "WorkbenchReports",
        "WorkbenchShell", "WorkbenchCatalog", "WorkbenchTestSupport", "Workbench", "workbench", "Foundation", "XCTest",
        "Testing", "Dispatch", "Synchronization", "Swift", "PackageDescription", "Glibc", "Darwin",
    ]

    /// Checks a module name: a Swift identifier in UpperCamelCase, not reserved, not already a module.
    public static func validate(name: String, root: URL) throws {
        let valid = name.first.map { $0.isUppercase && $0.isASCII } == true
            && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } && name.count <= 40
        guard valid else {
            throw WorkbenchError(
                .invalidArgument, "The name '\(name)' is not a valid module name.",
                hint: "Use a Swift identifier in UpperCamelCase of ASCII letters and digits, such as WalthamForest.",
                location: .init(argument: "<Name>"))
        }
        if reservedNames.contains(name) || name.hasPrefix("Workbench") || name.hasSuffix("Tests") {
            throw WorkbenchError(
                .invalidArgument, "The name '\(name)' clashes with one of the package's own targets.",
                hint: "Choose the borough's own name, such as Hackney.", location: .init(argument: "<Name>"))
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
    }

    /// Writes everything, or nothing. Returns the files written or changed, relative to the root.
    public func apply() throws -> [String] {
        let name = template.name
        let manager = FileManager.default
        let packageFile = root.appendingPathComponent("Package.swift")
        let catalogFile = root.appendingPathComponent("Sources/WorkbenchCatalog/Catalog.swift")
        let oldPackage = try read(packageFile)
        let oldCatalog = try read(catalogFile)
        let newPackage = try Self.addingBorough(name, toPackage: oldPackage)
        let newCatalog = try Self.addingBorough(name, moduleID: template.id, toCatalog: oldCatalog)

        let staging = root.appendingPathComponent("Plugins/.\(name).staging-\(UUID().uuidString)")
        let testStaging = root.appendingPathComponent("Tests/.\(name)Tests.staging-\(UUID().uuidString)")
        let target = root.appendingPathComponent("Plugins/\(name)")
        let testTarget = root.appendingPathComponent("Tests/\(name)Tests")
        do {
            try manager.createDirectory(at: staging.appendingPathComponent("Sources"), withIntermediateDirectories: true)
            try manager.createDirectory(at: testStaging, withIntermediateDirectories: true)
            try AtomicFile.write(template.moduleSource, to: staging.appendingPathComponent("Sources/\(name)Module.swift"))
            try AtomicFile.write(template.profileSource, to: staging.appendingPathComponent("Sources/\(name)Profile.swift"))
            try AtomicFile.write(template.testSource, to: testStaging.appendingPathComponent("\(name)ModuleTests.swift"))
            try manager.moveItem(at: staging, to: target)
            do {
                try manager.moveItem(at: testStaging, to: testTarget)
            } catch {
                try? manager.removeItem(at: target)
                throw error
            }
        } catch {
            try? manager.removeItem(at: staging)
            try? manager.removeItem(at: testStaging)
            throw WorkbenchError(
                .writeFailed, "Could not write Plugins/\(name)/: \(error.localizedDescription). Nothing was changed.",
                cause: "\(error)")
        }
        do {
            try AtomicFile.write(newPackage, to: packageFile)
        } catch {
            try? manager.removeItem(at: target)
            try? manager.removeItem(at: testTarget)
            throw error
        }
        do {
            try AtomicFile.write(newCatalog, to: catalogFile)
        } catch {
            try? AtomicFile.write(oldPackage, to: packageFile)
            try? manager.removeItem(at: target)
            try? manager.removeItem(at: testTarget)
            throw error
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
