public import WorkbenchCore
import WorkbenchToolkit
import Bexley
import Bromley
import Camden
import Enfield
import Merton

/// The one list of compiled-in modules: the toolkit and every borough under `Plugins/`. `new-borough` adds a line
/// to each list below (keep one entry per line, sorted); a test checks they agree with `Package.swift` and `Plugins/`.
public enum Catalog {
    /// The borough module names, as in `Package.swift`'s borough list.
    public static let boroughNames: [String] = [
        "Bexley",
        "Bromley",
        "Camden",
        "Enfield",
        "Merton",
    ]

    /// Every module, toolkit first, then the boroughs in name order.
    public static var modules: [any WorkbenchModule] {
        [
            ToolkitModule(),
            BexleyModule(),
            BromleyModule(),
            CamdenModule(),
            EnfieldModule(),
            MertonModule(),
        ]
    }
}
