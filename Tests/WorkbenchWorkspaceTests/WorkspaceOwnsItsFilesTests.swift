import Foundation
import Testing
import WorkbenchCore
import WorkbenchWorkspace

/// The workspace reads and writes its own files (issue 13): parameter overrides, the imported datasets and the
/// validation `check` renders.
@Suite struct WorkspaceOwnsItsFilesTests {
    /// A fresh workspace in a temporary folder, with `files` (path → text) written into it.
    static func workspace(_ files: [String: String] = [:]) throws -> Workspace {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("workbench-owns-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("inputs"), withIntermediateDirectories: true)
        let manifest = """
            {"assumptions": {"decliningSchedule": true, "discountRate": 0.035, "horizonYears": 10, "iterations": 10000,
             "optimismBias": "upper-bound", "priceBaseYear": "2010/11", "randomSeed": 2010},
             "description": "Test.", "formatVersion": 1, "modules": [], "name": "owns", "objectives": [], "successFactors": []}
            """
        try Data(manifest.utf8).write(to: folder.appendingPathComponent(Workspace.manifestName))
        for (path, text) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return try Workspace(folder: folder)
    }

    @Test func parameterOverridesAreNilWithoutTheFileAndReadWithIt() throws {
        #expect(try Self.workspace().parameterOverrides() == nil)
        let workspace = try Self.workspace([
            ParameterOverrides.path: #"{"all": {"shared-service": {"cost-per-post": 25000}}, "merton": {"shared-service": {"cost-per-post": 30000}}}"#
        ])
        let overrides = try #require(try workspace.parameterOverrides())
        #expect(overrides.entries(for: "shared-service", subject: "bromley").map(\.value) == [25_000])
        #expect(overrides.entries(for: "shared-service", subject: "merton").map(\.value) == [30_000])
        #expect(overrides.entries(for: "shared-service", subject: "merton+sutton").map(\.value) == [25_000])
        #expect(overrides.entries(for: "stock-consortium", subject: "merton").isEmpty)
    }

    @Test func aBadParametersFileNamesItself() throws {
        let workspace = try Self.workspace([ParameterOverrides.path: #"{"all": {"shared-service": {"cost-per-post": "lots"}}}"#])
        let error = try #require(throws: WorkbenchError.self) { try workspace.parameterOverrides() }
        #expect(error.location?.file == ParameterOverrides.path)
        #expect(error.location?.field == "all.shared-service.cost-per-post")
    }

    @Test func theUnscopedFormGetsAMigrationMessage() throws {
        let workspace = try Self.workspace([ParameterOverrides.path: #"{"shared-service": {"cost-per-post": 25000}}"#])
        let error = try #require(throws: WorkbenchError.self) { try workspace.parameterOverrides() }
        #expect(error.location?.file == ParameterOverrides.path)
        #expect(error.location?.line == 1)
        #expect(error.location?.field == "shared-service")
        #expect(error.hint?.contains(#"{"all": {"shared-service": {"cost-per-post": 25000}}}"#) == true)
    }

    @Test func datasetsAreAbsentUntilImported() throws {
        let workspace = try Self.workspace()
        #expect(try workspace.englandAuthorities() == nil)
        #expect(try workspace.importedBranches(for: "bromley").isEmpty)
    }

    @Test func importingAuthoritiesWritesTheFileTheWorkspaceReadsBack() throws {
        let workspace = try Self.workspace()
        let source = workspace.folder.appendingPathComponent("authorities.csv")
        try Data(ImportAuthoritiesTests.fixture.utf8).write(to: source)
        let done = try workspace.importAuthorities(from: source, typed: "authorities.csv")
        #expect(done.written == Workspace.englandAuthoritiesPath)
        #expect(done.joined == 0)
        #expect(done.notes == ["No libraries imported yet: library counts and hours are left missing. Run 'import libraries <file>' to add them."])
        let back = try #require(try workspace.englandAuthorities())
        #expect(back.map(\.id.rawValue) == ["barking-and-dagenham", "rutland"])
    }

    @Test func anUnreadableDatasetIsNotFound() throws {
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("no-such-\(UUID().uuidString).csv")
        let error = try #require(throws: WorkbenchError.self) { try DatasetFile.checkReadable(missing, typed: "no-such.csv") }
        #expect(error.message == "The file 'no-such.csv' does not exist or cannot be read.")
    }

    @Test func validateReportsEveryProblemInOrder() throws {
        let workspace = try Self.workspace([
            "inputs/broken.json": "{\"a\": ",
            "inputs/fine.csv": "a,b\n1,2\n",
            "runs/old.json": "not a run record",
        ])
        let registry = try ModuleRegistry(modules: [])
        var asked: [String] = []
        let report = workspace.validate(registry: registry) { command in
            asked.append(command)
            return .parses
        }
        #expect(asked.isEmpty)
        #expect(report.checked == 4)
        #expect(!report.isValid)
        #expect(report.problems.map(\.file) == ["inputs/london-authorities.csv", "inputs/broken.json", "runs/old.json"])
        #expect(report.problems.last?.message == "The run record cannot be read; 'rerun' will replace it.")
    }

    @Test func aWorkspaceMissingOnlyItsComparatorsReportsJustThat() throws {
        let report = try Self.workspace(["inputs/fine.csv": "a,b\n1,2\n"]).validate(registry: try ModuleRegistry(modules: [])) { _ in .parses }
        #expect(report.problems.map(\.file) == ["inputs/london-authorities.csv"])
        #expect(report.checked == 2)
    }
}
