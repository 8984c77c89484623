public import WorkbenchCore

/// The LibrariesHacked datasets number their authorities (`authority_id`); `authorities.csv` [S72] names each
/// number. This reads that key so that the library locations can be joined to the workbench's authority ids (the
/// name in kebab case, as every other file uses).
public enum AuthorityNumbers {
    /// Reads `authority_id` and `name` from the authorities statistics.
    /// - Parameters:
    ///   - bytes: the file's bytes.
    ///   - file: the name used in messages.
    /// - Throws: `invalidFile` when the file is not CSV, lacks either column or has no authority that can be read.
    public static func read(_ bytes: [UInt8], file: String) throws -> [Int: (id: BoroughID, name: String)] {
        var columns: (number: Int, name: Int)?
        var out: [Int: (id: BoroughID, name: String)] = [:]
        try CSVReader.forEachRow(bytes, file: file) { row in
            guard let (number, name) = columns else {
                let header = row.fields.map { $0.trimmingWhitespace().lowercased() }
                guard let number = header.firstIndex(of: "authority_id"), let name = header.firstIndex(of: "name") else {
                    throw WorkbenchError(
                        .invalidFile, "The authorities file '\(file)' has no 'authority_id' and 'name' columns.",
                        hint: "Give authorities.csv from the same dataset, with --authorities <file>.",
                        location: .init(file: file, line: row.line))
                }
                columns = (number, name)
                return
            }
            guard max(number, name) < row.fields.count, let key = Int(row.fields[number].trimmingWhitespace()) else { return }
            let text = MojibakeRepair.repair(row.fields[name]).0.trimmingWhitespace()
            let id = BoroughID.slug(text)
            if BoroughID.isValid(id.rawValue), out[key] == nil { out[key] = (id, text) }
        }
        guard !out.isEmpty else {
            throw WorkbenchError(
                .invalidFile, "No authority could be read from '\(file)'.",
                hint: "Give authorities.csv from the same dataset, with --authorities <file>.", location: .init(file: file))
        }
        return out
    }
}
