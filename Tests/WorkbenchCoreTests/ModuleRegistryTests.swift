import WorkbenchCore
import XCTest

private struct FailingModule: WorkbenchModule {
    static let descriptor = ModuleDescriptor(id: "failing")
    func register(in registrar: inout Registrar) throws {
        throw WorkbenchError(.missingFigure, "A figure is missing.")
    }
}

private struct SourcesModule: WorkbenchModule {
    static let descriptor = ModuleDescriptor(id: "sources", kind: .toolkit)
    func register(in registrar: inout Registrar) throws {
        registrar.register(sources: [SourceReference(tag: "S1", title: "London Councils")])
    }
}

final class ModuleRegistryTests: XCTestCase {
    func testAModuleThatThrowsIsReportedAsThatModulesError() {
        XCTAssertThrowsError(try ModuleRegistry(modules: [SourcesModule(), FailingModule()])) { error in
            XCTAssertEqual((error as? WorkbenchError)?.module, "failing")
        }
    }

    func testDuplicateModuleIDsAreRejected() {
        XCTAssertThrowsError(try ModuleRegistry(modules: [SourcesModule(), SourcesModule()])) { error in
            XCTAssertEqual((error as? WorkbenchError)?.code, .module)
        }
    }

    func testRegistrationIsRecordedPerModule() throws {
        let registry = try ModuleRegistry(modules: [SourcesModule()])
        XCTAssertEqual(registry.sources["S1"]?.title, "London Councils")
        XCTAssertEqual(registry.entries.first?.registrar.summary.first?.count, 1)
    }
}
