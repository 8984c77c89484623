// swift-tools-version:6.1
// The London Library Change Programme workbench: a core host, a standard toolkit, one module per borough under
// Plugins/, and a shell. No third-party packages: the toolchain's own libraries only.
import Foundation
import PackageDescription

/// The borough modules compiled into the workbench, one folder each under `Plugins/<Name>/Sources`, with their tests
/// in `Tests/<Name>Tests`.
/// `new-borough` adds a name here (keep one quoted name per line, sorted); the catalog lists the same names.
let boroughs: [String] = [
    "Bexley",
    "Bromley",
    "Camden",
    "Enfield",
    "Merton",
]

/// Swift 6 with the upcoming features the style guide asks of every target.
let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

/// The samplers' hot loops compiled a second time for AVX2 (`WorkbenchSamplingAVX2`), on x86-64 hosts only: the
/// package's other targets stay on the platform's baseline, and a run takes the AVX2 loops only when the processor
/// reports AVX2 (`VectorInstructions`). SwiftPM has no setting for a target's instruction set, hence the flag, which
/// a root package may use; it adds AVX2 alone (no fused multiply-add), so the results are the baseline's to the bit.
/// The module is optimised in debug builds too (`-O` after SwiftPM's `-Onone`): it exists to inline the loops, and
/// unoptimised it would only call the baseline ones, so the tests that compare the two builds would compare one.
///
/// The manifest sees the host's architecture, not the target's: to cross-compile, set `WORKBENCH_BASELINE_ONLY=1`,
/// which builds the second module for the baseline and leaves `WORKBENCH_AVX2_LOOPS` undefined, so a run never
/// chooses it (`VectorInstructions.available`).
#if arch(x86_64)
let buildsAVX2Loops = ProcessInfo.processInfo.environment["WORKBENCH_BASELINE_ONLY"] == nil
#else
let buildsAVX2Loops = false
#endif
/// Defined in both sampling modules when the second one is built for AVX2.
let avx2Marker: [SwiftSetting] = buildsAVX2Loops ? [.define("WORKBENCH_AVX2_LOOPS")] : []
let avx2Settings: [SwiftSetting] = strictSettings + avx2Marker
    + [.unsafeFlags(buildsAVX2Loops ? ["-Xcc", "-mavx2", "-O"] : ["-O"])]

var targets: [Target] = [
    .target(name: "WorkbenchCore", swiftSettings: strictSettings),
    .target(name: "WorkbenchToolkit", dependencies: ["WorkbenchCore"], swiftSettings: strictSettings),
    // Random streams and the vector samplers: numerics alone, no domain.
    .target(name: "WorkbenchSampling", swiftSettings: strictSettings + avx2Marker),
    // The same samplers' hot loops compiled for AVX2, chosen at run time.
    .target(name: "WorkbenchSamplingAVX2", dependencies: ["WorkbenchSampling"], swiftSettings: avx2Settings),
    .target(
        name: "WorkbenchAnalysis", dependencies: ["WorkbenchCore", "WorkbenchSampling", "WorkbenchSamplingAVX2"],
        swiftSettings: strictSettings
    ),
    .target(name: "WorkbenchWorkspace", dependencies: ["WorkbenchCore"], swiftSettings: strictSettings),
    .target(name: "WorkbenchReports", dependencies: ["WorkbenchCore"], swiftSettings: strictSettings),
    // The terminal line editor: raw mode, keys, history, completion display, width. Depends on nothing of ours.
    .target(name: "WorkbenchLineEditor", swiftSettings: strictSettings),
    // Adding a borough module to the package and building it.
    .target(name: "WorkbenchScaffold", dependencies: ["WorkbenchCore", "WorkbenchWorkspace"], swiftSettings: strictSettings),
    .target(
        name: "WorkbenchShell",
        dependencies: [
            "WorkbenchCore", "WorkbenchToolkit", "WorkbenchAnalysis", "WorkbenchWorkspace", "WorkbenchReports",
            "WorkbenchScaffold", "WorkbenchSampling",
        ],
        swiftSettings: strictSettings
    ),
    .target(
        name: "WorkbenchCatalog",
        dependencies: ["WorkbenchCore", "WorkbenchToolkit"] + boroughs.map { .target(name: $0) },
        swiftSettings: strictSettings
    ),
    .executableTarget(
        name: "workbench",
        dependencies: ["WorkbenchShell", "WorkbenchLineEditor", "WorkbenchCatalog", "WorkbenchCore", "WorkbenchWorkspace"],
        swiftSettings: strictSettings
    ),
    .target(
        name: "WorkbenchTestSupport",
        dependencies: [
            "WorkbenchCore", "WorkbenchToolkit", "WorkbenchWorkspace", "WorkbenchShell", "WorkbenchCatalog", "WorkbenchReports",
        ],
        path: "Tests/WorkbenchTestSupport",
        swiftSettings: strictSettings
    ),
    .testTarget(name: "WorkbenchCoreTests", dependencies: ["WorkbenchCore"], swiftSettings: strictSettings),
    .testTarget(
        name: "WorkbenchSamplingTests", dependencies: ["WorkbenchSampling", "WorkbenchSamplingAVX2"],
        swiftSettings: strictSettings
    ),
    .testTarget(
        name: "WorkbenchToolkitTests",
        dependencies: ["WorkbenchCore", "WorkbenchToolkit", "WorkbenchTestSupport"],
        swiftSettings: strictSettings
    ),
    .testTarget(
        name: "WorkbenchAnalysisTests",
        dependencies: ["WorkbenchCore", "WorkbenchAnalysis", "WorkbenchSampling"],
        swiftSettings: strictSettings
    ),
    .testTarget(
        name: "WorkbenchWorkspaceTests", dependencies: ["WorkbenchCore", "WorkbenchWorkspace"], swiftSettings: strictSettings
    ),
    .testTarget(name: "WorkbenchReportsTests", dependencies: ["WorkbenchCore", "WorkbenchReports", "WorkbenchTestSupport"], swiftSettings: strictSettings),
    .testTarget(name: "WorkbenchLineEditorTests", dependencies: ["WorkbenchLineEditor"], swiftSettings: strictSettings),
    .testTarget(
        name: "WorkbenchScaffoldTests",
        dependencies: ["WorkbenchCore", "WorkbenchWorkspace", "WorkbenchScaffold", "WorkbenchTestSupport"],
        swiftSettings: strictSettings
    ),
    .testTarget(
        name: "WorkbenchShellTests",
        dependencies: [
            "WorkbenchCore", "WorkbenchAnalysis", "WorkbenchReports", "WorkbenchWorkspace", "WorkbenchShell",
            "WorkbenchCatalog", "WorkbenchTestSupport",
        ],
        swiftSettings: strictSettings
    ),
    .testTarget(
        name: "WorkbenchEndToEndTests",
        dependencies: ["WorkbenchTestSupport", "WorkbenchReports"],
        swiftSettings: strictSettings
    ),
]

for borough in boroughs {
    targets.append(.target(
        name: borough,
        dependencies: ["WorkbenchCore"],
        path: "Plugins/\(borough)/Sources",
        swiftSettings: strictSettings
    ))
    targets.append(.testTarget(
        name: "\(borough)Tests",
        dependencies: [.target(name: borough), "WorkbenchCore", "WorkbenchTestSupport"],
        swiftSettings: strictSettings
    ))
}

let package = Package(
    name: "LibraryWorkbench",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "workbench", targets: ["workbench"]),
    ],
    targets: targets,
    swiftLanguageModes: [.v6]
)
