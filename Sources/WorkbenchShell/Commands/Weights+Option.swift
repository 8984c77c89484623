import WorkbenchAnalysis
import WorkbenchCore

extension Weights {
    /// A `--weights w1,w2,…` option: numbers separated by commas, read by `Weights.parse` as parsing reads the line
    /// (whether there is one per criterion is checked against the criteria when they are known).
    static func option(_ name: String, _ help: String) -> Option<[Double]> {
        Option(name, value: "w1,w2,…", help, accepts: nil) { try Weights.parse($0, argument: name) }
    }
}
