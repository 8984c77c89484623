import Foundation
import Testing
import WorkbenchCatalog
import WorkbenchTestSupport

/// The house rules of architecture.md about targets: the folders under `Sources/` are the targets the table names,
/// each imports only what the table allows (the build's import check catches an import Package.swift does not
/// declare; this catches a dependency Package.swift declares but the architecture does not allow), each library
/// target has its own test folder, and the pure analysis target reads no clock.
struct HygieneTargetTests {
    private let root = SessionFixture.packageRoot

    /// What each target under `Sources/` may import of the package's own modules.
    static var allowedImports: [String: Set<String>] {
        [
            "WorkbenchCore": [],
            "WorkbenchToolkit": ["WorkbenchCore"],
            "WorkbenchSampling": [],
            "WorkbenchSamplingAVX2": ["WorkbenchSampling"],
            "WorkbenchAnalysis": ["WorkbenchCore", "WorkbenchSampling", "WorkbenchSamplingAVX2"],
            "WorkbenchWorkspace": ["WorkbenchCore"],
            "WorkbenchReports": ["WorkbenchCore"],
            "WorkbenchLineEditor": [],
            "WorkbenchScaffold": ["WorkbenchCore", "WorkbenchWorkspace"],
            "WorkbenchShell": [
                "WorkbenchCore", "WorkbenchToolkit", "WorkbenchAnalysis", "WorkbenchWorkspace", "WorkbenchReports",
                "WorkbenchScaffold", "WorkbenchSampling",
            ],
            "WorkbenchCatalog": Set(["WorkbenchCore", "WorkbenchToolkit"] + Catalog.boroughNames),
            "workbench": ["WorkbenchShell", "WorkbenchLineEditor", "WorkbenchCatalog", "WorkbenchCore", "WorkbenchWorkspace"],
        ]
    }

    /// The library targets that have a test target `Tests/<Name>Tests` of their own (`WorkbenchSamplingAVX2`, a
    /// second build of `WorkbenchSampling`'s loops, is tested against it in `WorkbenchSamplingTests`).
    static let testedTargets = [
        "WorkbenchCore", "WorkbenchSampling", "WorkbenchToolkit", "WorkbenchAnalysis", "WorkbenchWorkspace", "WorkbenchReports",
        "WorkbenchLineEditor", "WorkbenchScaffold", "WorkbenchShell",
    ]

    /// The modules a Swift file imports (any access level, attributes allowed), in order.
    static func imports(of text: String) -> [String] {
        text.split(separator: "\n").compactMap { line in
            let words = line.split(separator: " ").map(String.init)
            guard let index = words.firstIndex(of: "import"), index + 1 < words.count,
                words[..<index].allSatisfy({ $0.hasPrefix("@") || ["public", "internal", "package", "private", "fileprivate"].contains($0) })
            else { return nil }
            return words[index + 1]
        }
    }

    /// The Swift files under a folder, with their paths relative to the package root.
    private func swiftFiles(under folder: String) throws -> [(path: String, text: String)] {
        let base = root.appendingPathComponent(folder)
        guard let enumerator = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil) else { return [] }
        var files: [(String, String)] = []
        while let url = enumerator.nextObject() as? URL {
            guard url.pathExtension == "swift" else { continue }
            files.append((folder + "/" + url.path.dropFirst(base.path.count + 1), try String(contentsOf: url, encoding: .utf8)))
        }
        return files
    }

    @Test func theImportScannerReadsEveryForm() {
        #expect(Self.imports(of: "import Foundation\npublic import WorkbenchCore\n@preconcurrency internal import X\n// import Y\nlet a = 1")
            == ["Foundation", "WorkbenchCore", "X"])
    }

    @Test func sourceFoldersAreTheArchitecturesTargets() throws {
        let folders = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Sources").path)
            .filter { !$0.hasPrefix(".") }.sorted()
        #expect(folders == Self.allowedImports.keys.sorted())
        for target in Self.testedTargets {
            #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("Tests/\(target)Tests").path),
                    "\(target) has no test folder Tests/\(target)Tests")
        }
    }

    @Test(arguments: HygieneTargetTests.allowedImports.keys.sorted())
    func eachTargetImportsOnlyWhatTheArchitectureAllows(_ target: String) throws {
        let ours = Set(Self.allowedImports.keys).union(Catalog.boroughNames)
        let allowed = Self.allowedImports[target] ?? []
        let files = try swiftFiles(under: "Sources/\(target)")
        #expect(!files.isEmpty)
        for file in files {
            for module in Self.imports(of: file.text) where ours.contains(module) {
                #expect(allowed.contains(module), "\(file.path) imports \(module); \(target) may import only \(allowed.sorted())")
            }
        }
    }

    @Test func theAnalysisTargetReadsNoClock() throws {
        let clocks = ["ContinuousClock", "SuspendingClock", "Date()", "DispatchTime", "clock()", "gettimeofday"]
        let files = try swiftFiles(under: "Sources/WorkbenchAnalysis")
        #expect(!files.isEmpty)
        for file in files {
            for clock in clocks {
                #expect(!file.text.contains(clock), "\(file.path) uses \(clock); the analysis layer is pure: time it in the shell")
            }
        }
    }
}
