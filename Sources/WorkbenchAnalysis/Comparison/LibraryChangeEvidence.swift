public import WorkbenchCore

/// What an authority's own libraries show it has done between April 2010 and July 2016, read from the basic
/// dataset's branches [S71]: libraries that left statutory provision (closures), libraries handed to communities
/// (community-run or independent in 2016, statutory in 2010), and libraries commissioned from a provider.
public struct LibraryChangeEvidence: Sendable, Hashable {
    /// The kind of change, as a peer's project.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// Libraries statutory in April 2010 and not in July 2016.
        case closures
        /// Libraries statutory in 2010 run by a community in 2016 (CRL or ICL).
        case community
        /// Libraries statutory in 2010 commissioned from a provider in 2016 (CL).
        case commissioned

        /// The case-study kind a change is evidence of, if any (closures have none).
        public var caseKind: CaseStudyKind? {
            switch self {
            case .closures: nil
            case .community: .community
            case .commissioned: .outsourcing
            }
        }
    }

    /// The kind.
    public var kind: Kind
    /// How many libraries.
    public var libraries: Int

    /// Makes evidence.
    public init(kind: Kind, libraries: Int) {
        self.kind = kind
        self.libraries = libraries
    }

    /// The evidence in an authority's branches, one per kind with at least one library, in `Kind` order.
    public static func evidence(in branches: [LibraryBranch]) -> [LibraryChangeEvidence] {
        let from2010 = branches.filter(\.statutory2010)
        let counts: [Kind: Int] = [
            .closures: from2010.filter { !$0.statutory2016 }.count,
            .community: from2010.filter { $0.operation2016 == .communityRun || $0.operation2016 == .independentCommunity }.count,
            .commissioned: from2010.filter { $0.operation2016 == .commissioned }.count,
        ]
        return Kind.allCases.compactMap { kind in
            guard let count = counts[kind], count > 0 else { return nil }
            return LibraryChangeEvidence(kind: kind, libraries: count)
        }
    }

    /// `3 libraries left statutory provision 2010–2016 [S71]`.
    public var summary: String {
        let noun = libraries == 1 ? "library" : "libraries"
        switch kind {
        case .closures: return "\(libraries) \(noun) left statutory provision 2010–2016 [S71]"
        case .community: return "\(libraries) \(noun) community-run by 2016 [S71]"
        case .commissioned: return "\(libraries) \(noun) commissioned by 2016 [S71]"
        }
    }
}
