/// Tables of Saaty's random index RI(n): the mean consistency index of random reciprocal matrices of order n, used
/// for the consistency ratio CR = CI / RI. Each table names its source; RI is 0 for n = 1 and 2 in all of them.
public enum RandomIndexTable: String, Hashable, Sendable, Codable, CaseIterable {
    /// Saaty (1980), *The Analytic Hierarchy Process*, McGraw-Hill: n = 1…10, 0, 0, 0.58, 0.90, 1.12, 1.24,
    /// 1.32, 1.41, 1.45, 1.49. The workbench's default.
    case saaty1980
    /// Saaty (2005), *Theory and Applications of the Analytic Network Process*, RWS Publications, p. 31:
    /// n = 1…15, 0, 0, 0.52, 0.89, 1.11, 1.25, 1.35, 1.40, 1.45, 1.49, 1.52, 1.54, 1.56, 1.58, 1.59.
    /// The book itself was not read: the values are as reproduced, with that citation, by the AHPy package
    /// (github.com/PhilipGriffith/AHPy, `compute_consistency_ratio`); the same n = 3…10 values appear in many
    /// other implementations citing Saaty.
    case saaty2005
    /// Donegan & Dodd (1991), "A note on Saaty's random indexes", *Mathematical and Computer Modelling* 15(10),
    /// 135–137: n = 3…20, 0.4914, 0.8286, 1.0591, 1.1797, 1.2519, 1.3171, 1.3733, 1.4055, 1.4213, 1.4497, 1.4643,
    /// 1.4822, 1.4969, 1.5078, 1.5153, 1.5262, 1.5313, 1.5371. The paper itself was not read: the values are as
    /// reproduced, with that citation, by AHPy; its larger orders (25…100) are left out because one of them
    /// (n = 90) breaks the otherwise rising sequence and could not be checked.
    case doneganDodd = "donegan-dodd"
    /// Alonso & Lamata (2006), "Consistency in the analytic hierarchy process: a new approach", *International
    /// Journal of Uncertainty, Fuzziness and Knowledge-Based Systems* 14(4), 445–459 (100,000 matrices per order):
    /// n = 3…15, 0.5245, 0.8815, 1.1086, 1.2479, 1.3417, 1.4056, 1.4499, 1.4854, 1.5141, 1.5365, 1.5551, 1.5713,
    /// 1.5838. Values as reproduced by several public implementations citing the paper; the paper's table itself
    /// was not read.
    case alonsoLamata = "alonso-lamata"

    /// RI for n = 1, 2, 3, … in order.
    public var values: [Double] {
        switch self {
        case .saaty1980: [0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49]
        case .saaty2005: [0, 0, 0.52, 0.89, 1.11, 1.25, 1.35, 1.40, 1.45, 1.49, 1.52, 1.54, 1.56, 1.58, 1.59]
        case .doneganDodd:
            [0, 0, 0.4914, 0.8286, 1.0591, 1.1797, 1.2519, 1.3171, 1.3733, 1.4055, 1.4213, 1.4497, 1.4643, 1.4822,
             1.4969, 1.5078, 1.5153, 1.5262, 1.5313, 1.5371]
        case .alonsoLamata:
            [0, 0, 0.5245, 0.8815, 1.1086, 1.2479, 1.3417, 1.4056, 1.4499, 1.4854, 1.5141, 1.5365, 1.5551, 1.5713,
             1.5838]
        }
    }

    /// RI for a matrix of order n, or nil where the table stops short of n.
    public func randomIndex(order n: Int) -> Double? {
        n >= 1 && n <= values.count ? values[n - 1] : nil
    }

    /// The largest order the table covers.
    public var maxOrder: Int { values.count }

    /// A short citation for replies.
    public var citation: String {
        switch self {
        case .saaty1980: "Saaty (1980)"
        case .saaty2005: "Saaty (2005), as reproduced by AHPy"
        case .doneganDodd: "Donegan & Dodd (1991), as reproduced by AHPy"
        case .alonsoLamata: "Alonso & Lamata (2006)"
        }
    }
}
