public import WorkbenchCore

extension LibraryRecord {
    /// The record as a branch of a borough profile: the 2016 type split into its operation code and the `+` of a
    /// shared space (a closure code `XL`/`XLT` wins over the type), hours for 2016, and the change in a few words.
    public var branch: LibraryBranch {
        var type = type2016.uppercased()
        let shared = type.hasSuffix("+")
        if shared { type.removeLast() }
        let closure = closed.uppercased()
        let operation: LibraryBranch.Operation?
        if closure.hasPrefix("XLT") {
            operation = .temporarilyClosed
        } else if closure.hasPrefix("XL") {
            operation = .closed
        } else {
            operation = LibraryBranch.Operation(rawValue: type)
        }
        var change: [String] = []
        if !yearClosed.isEmpty { change.append("closed \(yearClosed)") }
        if !yearOpened.isEmpty { change.append("opened \(yearOpened)") }
        if !replaces.isEmpty { change.append("replaced \(replaces)") }
        return LibraryBranch(
            name: name, postcode: postcode, statutory2010: statutory2010, statutory2016: statutory2016,
            operation2016: operation, sharedSpace2016: shared, weeklyHours: weeklyHours2016, hoursYear: 2016,
            change: change.isEmpty ? nil : change.joined(separator: "; "))
    }
}
