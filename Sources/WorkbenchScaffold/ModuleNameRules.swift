public import Foundation

/// The names a new borough module may not take, each with the reason: Swift keywords, standard-library and
/// Foundation type names, and the package's own modules, targets and products. A module named `String` or
/// `Toolkit` compiles in its own folder but breaks every file that imports it (or the catalog, which declares
/// `ToolkitModule()` already), so the name is refused before anything is written.
public enum ModuleNameRules {
    /// Swift keywords and contextual keywords that cannot name a type or module, or that read as one.
    static let keywords: Set<String> = [
        "Self", "Type", "Protocol", "Any", "AnyObject", "Class", "Actor", "Some", "Sendable", "Never", "Optional",
        "Void", "True", "False", "Nil", "Super", "Init", "Deinit", "Subscript", "Operator", "Associatedtype",
        "Typealias", "Extension", "Struct", "Enum", "Func", "Let", "Var", "Import", "Inout", "Static", "Public",
        "Private", "Internal", "Open", "Package", "Async", "Await", "Throws", "Rethrows", "Where", "Is", "As", "In",
    ]

    /// Standard-library, Foundation, Dispatch and concurrency type and module names that the package's files use.
    static let libraryNames: Set<String> = [
        "Swift", "Foundation", "FoundationEssentials", "FoundationNetworking", "Dispatch", "Synchronization",
        "Glibc", "Darwin", "Musl", "WinSDK", "XCTest", "Testing", "PackageDescription", "Observation", "RegexBuilder",
        "String", "Substring", "Character", "Unicode", "Int", "Int8", "Int16", "Int32", "Int64", "Int128", "UInt",
        "UInt8", "UInt16", "UInt32", "UInt64", "UInt128", "Double", "Float", "Float16", "Float80", "Bool", "Array",
        "ArraySlice", "ContiguousArray", "Dictionary", "Set", "Range", "ClosedRange", "Sequence", "Collection",
        "Result", "Error", "Equatable", "Hashable", "Comparable", "Codable", "Encodable", "Decodable", "Identifiable",
        "CustomStringConvertible", "Task", "MainActor", "AnyHashable", "Mirror", "Duration", "Clock",
        "ContinuousClock", "SuspendingClock", "StaticString", "Numeric", "Regex", "Span", "Atomic", "Mutex",
        "Data", "URL", "URLRequest", "Date", "DateComponents", "Calendar", "Locale", "TimeZone", "UUID", "Decimal",
        "NSNumber", "NSString", "NSObject", "NSError", "Measurement", "Unit", "FileManager", "FileHandle", "Bundle",
        "Process", "ProcessInfo", "Thread", "Timer", "RunLoop", "Notification", "NotificationCenter", "JSONEncoder",
        "JSONDecoder", "PropertyListEncoder", "PropertyListDecoder", "Formatter", "NumberFormatter", "DateFormatter",
        "IndexSet", "IndexPath", "CharacterSet", "Scanner", "Pipe", "OperationQueue", "Operation", "NSLock",
        "DispatchQueue", "AttributedString", "Progress", "Host", "Stream", "InputStream", "OutputStream",
        "Cancellation",
    ]

    /// The workbench's own module names besides its targets: the toolkit's module type is `ToolkitModule`.
    static let workbenchNames: Set<String> = ["Toolkit", "Workbench", "LibraryWorkbench", "Catalog", "Scaffold"]

    /// The message saying why `name` may not name a new borough module in the package at `root`, or nil when it may.
    public static func refusal(for name: String, root: URL) -> String? {
        let lowered = name.lowercased()
        if keywords.contains(where: { $0.lowercased() == lowered }) {
            return "The name '\(name)' is a Swift keyword, so a module or type of that name would not compile or would be misread."
        }
        if libraryNames.contains(name) {
            return "The name '\(name)' is a Swift standard-library or Foundation name; a module of that name would hide it in every file that imports the module."
        }
        if name.hasPrefix("Workbench") {
            return "The name '\(name)' clashes with one of the package's own targets."
        }
        if workbenchNames.contains(name) {
            return "The name '\(name)' clashes with one of the workbench's own module names (its catalog already has \(name)Module or the package is called so)."
        }
        if name.hasSuffix("Tests") || name.hasSuffix("Module") || name.hasSuffix("Profile") {
            return "The name '\(name)' ends in Tests, Module or Profile, which the scaffold appends to make the module's own names."
        }
        if packageNames(root: root).contains(where: { $0.lowercased() == lowered || $0.lowercased() == lowered + "tests" }) {
            return "The name '\(name)' clashes with one of the package's own targets."
        }
        return nil
    }

    /// The names of every target and product declared in Package.swift (`name: "…"`), every borough in its list,
    /// and every folder under Sources/ and Plugins/.
    static func packageNames(root: URL) -> Set<String> {
        var names: Set<String> = []
        if let text = try? String(contentsOf: root.appendingPathComponent("Package.swift"), encoding: .utf8) {
            for line in text.split(separator: "\n") {
                var rest = Substring(line)
                while let marker = rest.range(of: "name: \"") {
                    let after = rest[marker.upperBound...]
                    guard let close = after.firstIndex(of: "\"") else { break }
                    names.insert(String(after[..<close]))
                    rest = after[after.index(after: close)...]
                }
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if trimmed.hasPrefix("\""), trimmed.hasSuffix("\","), !trimmed.contains("\\(") {
                    names.insert(String(trimmed.dropFirst().dropLast(2)))
                }
            }
        }
        for folder in ["Sources", "Plugins"] {
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)) ?? []
            names.formUnion(entries.filter { !$0.hasPrefix(".") })
        }
        return names
    }
}
