import Foundation

extension Workspace {
    /// The calculator parameter overrides in `inputs/parameters.json`, or nil when the workspace has no such file.
    /// - Throws: an `invalidFile` error naming the file, line and field when the file is not an object of objects
    ///   of numbers.
    public func parameterOverrides() throws -> ParameterOverrides? {
        guard let data = try? Data(contentsOf: folder.appendingPathComponent(ParameterOverrides.path)) else {
            return nil
        }
        let all = try JSONFileDecoder.decode([String: [String: Double]].self, from: data, file: ParameterOverrides.path)
        return ParameterOverrides(byCalculator: all)
    }
}
