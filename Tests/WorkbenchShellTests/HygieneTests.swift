import Foundation
import WorkbenchCatalog
import WorkbenchCore
import WorkbenchTestSupport
import XCTest

/// The house rules of architecture.md that CI enforces.
final class HygieneTests: XCTestCase {
    private let root = SessionFixture.packageRoot

    /// Borough modules import the core alone (and Foundation where data loading needs it).
    func testPluginsImportOnlyTheCore() throws {
        let plugins = root.appendingPathComponent("Plugins")
        let enumerator = FileManager.default.enumerator(at: plugins, includingPropertiesForKeys: nil)
        var checked = 0
        while let url = enumerator?.nextObject() as? URL {
            guard url.pathExtension == "swift" else { continue }
            checked += 1
            let text = try String(contentsOf: url, encoding: .utf8)
            for line in text.split(separator: "\n") {
                let words = line.split(separator: " ").map(String.init)
                guard let index = words.firstIndex(of: "import"), words[..<index].allSatisfy({ $0.hasPrefix("@") || ["public", "internal", "package"].contains($0) }),
                    index + 1 < words.count
                else { continue }
                let module = words[index + 1]
                XCTAssertTrue(["WorkbenchCore", "Foundation", "FoundationEssentials"].contains(module),
                              "\(url.lastPathComponent) imports \(module); a borough module may import only WorkbenchCore")
            }
        }
        XCTAssertGreaterThan(checked, 0)
    }

    /// The folders under Plugins/, the borough list in Package.swift and the catalog agree.
    func testPluginFoldersPackageListAndCatalogAgree() throws {
        let folders = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Plugins").path)
            .filter { !$0.hasPrefix(".") }.sorted()
        let manifest = try String(contentsOf: root.appendingPathComponent("Package.swift"), encoding: .utf8)
        guard let start = manifest.range(of: "let boroughs: [String] = ["),
            let end = manifest.range(of: "]", range: start.upperBound..<manifest.endIndex)
        else { return XCTFail("Package.swift has no borough list") }
        let listed = manifest[start.upperBound..<end.lowerBound].split(separator: "\n")
            .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " \",")) }.filter { !$0.isEmpty }.sorted()
        XCTAssertEqual(folders, listed, "Plugins/ folders and Package.swift's borough list differ")
        XCTAssertEqual(Catalog.boroughNames.sorted(), listed, "the catalog and Package.swift's borough list differ")
        let moduleIDs = Catalog.modules.filter { $0.descriptor.kind == .borough }.map { $0.descriptor.id.rawValue }.sorted()
        XCTAssertEqual(moduleIDs.count, listed.count, "the catalog's module list and its names differ")
        for name in listed {
            let tests = root.appendingPathComponent("Tests/\(name)Tests")
            XCTAssertTrue(FileManager.default.fileExists(atPath: tests.path), "\(name) has no test folder Tests/\(name)Tests")
        }
    }
}
