import Foundation
import WorkbenchCore
import WorkbenchReports
import WorkbenchScaffold
import WorkbenchWorkspace

/// `new-borough <Name> [--from-dataset]`: scaffolds a borough module under `Plugins/`, adds it to `Package.swift` and
/// the catalog, and says what to edit next.
struct NewBoroughCommand: ShellCommand {
    static let spec = CommandSpec(
        name: "new-borough", abstract: "Add a borough module under Plugins/ from a template (then 'rebuild').",
        discussion: """
            Writes Plugins/<Name>/Sources (a module and a profile) and Tests/<Name>Tests (a test that runs the module checker), adds the name to
            Package.swift's borough list and to the catalog. All or nothing: a failure leaves no half-written files.
            With --from-dataset the profile's statistics (population, area, deprivation, libraries in 2010 and 2016,
            hours) and its branch list come from the workspace's data (the London comparators, or the England data
            after 'import authorities' and 'import libraries'), each figure sourced [S71][S72].
            """,
        category: "Modules",
        arguments: [ArgumentSpec("Name", "the module name in UpperCamelCase, such as Hackney or WalthamForest")],
        options: [fromDatasetFlag.spec],
        examples: ["new-borough Hackney --from-dataset", "rebuild"], effects: .package)

    static var changesWorkspace: Bool { true }

    /// `--from-dataset`.
    static let fromDatasetFlag = Flag("--from-dataset", "pre-fill the profile from the workspace's datasets")

    let name: String
    let fromDataset: Bool
    let root: URL
    /// What recovery of interrupted scaffolds did before this one, one sentence each.
    let recovered: [String]

    init(parsing invocation: Invocation, context: CommandContext) throws {
        name = invocation.arguments[0]
        fromDataset = invocation.flag(Self.fromDatasetFlag)
        guard let root = context.environment.packageRoot else {
            throw WorkbenchError(
                .notFound, "new-borough needs the workbench's source tree, and this workspace is not inside one.",
                hint: "Open a workspace inside the package (or pass --workspace from the package folder).")
        }
        self.root = root
        // A scaffold a crash interrupted is finished or undone first, so that a retry of the same name succeeds.
        recovered = context.workspace.ifUnlocked(command: "recover new-borough") { BoroughScaffold.recover(root: root) } ?? []
        try BoroughScaffold.validate(name: name, root: root)
    }

    func run(in context: CommandContext) throws -> Reply {
        let id = BoroughID.slug(Self.spacedWords(name))
        var statistics: AuthorityStatistics?
        var branches: [LibraryBranch] = []
        if fromDataset {
            let pool = (try? context.englandAuthorities()) ?? []
            let london = try context.workspace.comparators()
            statistics = london.first { $0.id == id } ?? pool.first { $0.id == id }
            guard statistics != nil else {
                throw WorkbenchError(
                    .notFound, "The workspace's data has no authority with the id '\(id)' (from the name '\(name)').",
                    hint: "Import the England authorities with 'import authorities <file>', or drop --from-dataset.",
                    location: .init(argument: "<Name>"))
            }
            branches = try context.workspace.importedBranches(for: id)
        }
        // Under the workspace lock now: recover again (another process may have crashed since parsing) and check again.
        let recoveredNow = recovered + BoroughScaffold.recover(root: root)
        try BoroughScaffold.validate(name: name, root: root)
        let template = BoroughTemplate(name: name, id: id, statistics: statistics, libraries: branches)
        let written = try BoroughScaffold(root: root, template: template).apply()
        var lines = recoveredNow + ["Added borough module \(name) (id '\(id)'):"] + written.map { "  " + $0 }
        lines += [
            "",
            "Next: edit Plugins/\(name)/Sources/\(name)Profile.swift (figures marked TO FILL IN need a value and a source tag),",
            "then type 'rebuild' to compile it into this shell, and 'rerun' to refresh the comparative analyses.",
        ]
        if fromDataset {
            lines.insert(
                "Pre-filled from the workspace's data: population, area, deprivation, \(statistics?.libraries2010.map { "\($0.value) libraries in April 2010" } ?? "no library count")"
                    + (branches.isEmpty ? "; no branch list (import libraries <file> to add one)." : ", \(branches.count) branches."),
                at: 1)
        }
        return Reply(
            blocks: [.text(lines.joined(separator: "\n"))],
            data: [("module", .string(name)), ("id", .string(id.rawValue)), ("files", .array(written.map(JSONValue.string)))])
    }

    /// `WalthamForest` → `Waltham Forest`, so the id becomes `waltham-forest`.
    static func spacedWords(_ name: String) -> String {
        var out = ""
        for character in name {
            if character.isUppercase, let last = out.last, last.isLowercase || last.isNumber { out.append(" ") }
            out.append(character)
        }
        return out
    }
}
