import Foundation
import Testing
import WorkbenchTestSupport

/// The shell's rooms (issue 13): commands leave every file to the workspace, and the shell reaches the toolkit
/// through at most two files.
@Suite struct ShellHygieneTests {
    /// The Swift files under a folder of the package, with their text, by path relative to the package.
    static func swiftFiles(under folder: String) throws -> [(path: String, text: String)] {
        let root = SessionFixture.packageRoot
        let base = root.appendingPathComponent(folder)
        let enumerator = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil)
        var files: [(String, String)] = []
        while let url = enumerator?.nextObject() as? URL {
            guard url.pathExtension == "swift" else { continue }
            let relative = folder + "/" + url.path.dropFirst(base.path.count + 1)
            files.append((relative, try String(contentsOf: url, encoding: .utf8)))
        }
        return files.sorted { $0.0 < $1.0 }
    }

    /// The file APIs a command must not call: the workspace (and `OutputPath` for named files) does.
    static let fileAPIs = [
        "FileManager", "Data(contentsOf", "String(contentsOf", "contentsOfFile", "FileHandle", "fopen(", "InputStream",
        "appendingPathComponent", "AtomicFile", ".write(to:", "\"inputs/", "\"runs/", "\"analyses/",
    ]

    /// The words of a file that name a forbidden file API, with their line numbers (comments skipped).
    static func fileAPIUses(in text: String) -> [String] {
        var uses: [String] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let code = line.trimmingCharacters(in: .whitespaces)
            if code.hasPrefix("//") { continue }
            for api in fileAPIs where code.contains(api) { uses.append("line \(number + 1): \(api)") }
        }
        return uses
    }

    @Test func theCheckerFindsFileAPIs() {
        #expect(Self.fileAPIUses(in: "let d = try Data(contentsOf: url)\n// FileManager in a comment").count == 1)
        #expect(Self.fileAPIUses(in: "let url = folder.appendingPathComponent(\"inputs/x.csv\")").count == 2)
        #expect(Self.fileAPIUses(in: "let x = context.workspace.englandAuthorities()").isEmpty)
    }

    @Test func noCommandOpensAFile() throws {
        let files = try Self.swiftFiles(under: "Sources/WorkbenchShell/Commands")
        #expect(files.count > 30)
        for file in files {
            let uses = Self.fileAPIUses(in: file.text)
            #expect(uses.isEmpty, "\(file.path) uses file APIs (\(uses.joined(separator: "; "))); move the file work into WorkbenchWorkspace")
        }
    }

    @Test func atMostTwoShellFilesImportTheToolkit() throws {
        let files = try Self.swiftFiles(under: "Sources/WorkbenchShell")
        #expect(files.count > 30)
        let importing = files.filter { file in
            file.text.split(separator: "\n").contains { line in
                let words = line.split(separator: " ")
                guard let index = words.firstIndex(of: "import"), index + 1 < words.count else { return false }
                return words[index + 1] == "WorkbenchToolkit"
            }
        }.map(\.path)
        #expect(importing.count <= 2, "WorkbenchShell files importing WorkbenchToolkit: \(importing.joined(separator: ", "))")
    }
}
