// swift-tools-version:6.1
// The London Library Change Programme workbench: a core host, a standard toolkit, one module per borough under
// Plugins/, and a shell. No third-party packages: the toolchain's own libraries only.
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

var targets: [Target] = [
    .target(name: "WorkbenchCore", swiftSettings: strictSettings),
    .target(name: "WorkbenchToolkit", dependencies: ["WorkbenchCore"], swiftSettings: strictSettings),
    .target(name: "WorkbenchAnalysis", dependencies: ["WorkbenchCore"], swiftSettings: strictSettings),
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
            "WorkbenchScaffold",
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
        name: "WorkbenchToolkitTests",
        dependencies: ["WorkbenchCore", "WorkbenchToolkit", "WorkbenchTestSupport"],
        swiftSettings: strictSettings
    ),
    .testTarget(name: "WorkbenchAnalysisTests", dependencies: ["WorkbenchCore", "WorkbenchAnalysis"], swiftSettings: strictSettings),
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
