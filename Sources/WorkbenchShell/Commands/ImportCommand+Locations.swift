import WorkbenchCore
import WorkbenchReports
import WorkbenchWorkspace

extension ImportCommand {
    /// Reads the library locations one row at a time and only then replaces `inputs/library-locations.csv`
    /// (checked whole in a temporary file), so a failed import leaves the previous locations untouched.
    func importLocations(in context: CommandContext) throws -> Reply {
        let typedAuthorities = authoritiesTyped ?? Self.beside(typed, name: "authorities.csv")
        let done = try context.workspace.importLocations(
            from: file, typed: typed, authorities: context.resolveInputPath(typedAuthorities), typedAuthorities: typedAuthorities,
            onlyLondon: onlyLondon)
        let records = done.result.records
        let summary = Self.summary(
            title: "Import of library locations from \(typed)", result: done.result, written: done.written,
            extra: [
                ("Authorities", .integer(done.authorities)), ("Statutory in April 2010", .integer(records.filter(\.statutory2010).count)),
                ("Statutory in July 2016", .integer(records.filter(\.statutory2016).count)),
                ("Closed", .integer(records.filter { !$0.closed.isEmpty }.count)),
            ],
            notes: done.notes + ["Source: library locations and catchments as kept by LibrariesHacked (libraries_geo.csv) [S72]."])
        return Self.reply(summary, result: done.result, data: [
            ("libraries", .number(Double(records.count))), ("authorities", .number(Double(done.authorities))),
        ])
    }

    /// Reads the catchment distances of the workspace's libraries and only then replaces
    /// `inputs/library-catchments.csv` (checked whole in a temporary file).
    func importCatchments(in context: CommandContext) throws -> Reply {
        let (done, others) = try context.workspace.importCatchments(from: file, typed: typed)
        let records = done.result.records
        let people = records.reduce(0) { $0 + $1.total }
        let summary = Self.summary(
            title: "Import of catchments from \(typed)", result: done.result, written: done.written,
            extra: [
                ("Rows of other libraries (left out)", .integer(others)), ("Authorities", .integer(done.authorities)),
                ("People in the catchments", .integer(people)),
            ],
            notes: done.notes + ["Source: catchment populations by distance as kept by LibrariesHacked (libraries_distances.csv) [S72]; the catchments stop at each authority's boundary."])
        return Self.reply(summary, result: done.result, data: [
            ("catchments", .number(Double(records.count))), ("people", .number(Double(people))),
            ("other_library_rows", .number(Double(others))),
        ])
    }

    /// A file name in the same folder as a typed path (`../shared/data/libraries_geo.csv` → `../shared/data/<name>`).
    static func beside(_ typed: String, name: String) -> String {
        guard let slash = typed.lastIndex(of: "/") else { return name }
        return String(typed[...slash]) + name
    }
}
