public import WorkbenchCore

/// Camden's own addition to the options framework, from its history: the "Library savings programme 2011",
/// consulted on from 10 January to 30 April 2011 and decided by Cabinet in June 2011, proposed that community groups
/// run Belsize, Chalk Farm and Heath libraries from April 2012 [S24], towards £2m of savings over three years from an
/// £8m budget [S27].
///
/// For Camden alone, as at 2010/11 (the consultation opened in January 2011) until the branches passed to community
/// groups in 2012, the rule makes community-managed branches the preferred solution and pilot-first the
/// implementation. For a group that includes Camden it carries the choice forward with the same reason.
public struct CamdenCommunityLibrariesRule: OptionsRule {
    /// Makes the rule.
    public init() {}

    /// `camden-community-libraries`.
    public static let descriptor = FrameworkDescriptor(
        id: "camden-community-libraries", title: "Camden's community libraries (Library savings programme 2011)",
        summary: "Prefers community-managed branches for Camden, as its 2011 programme proposed [S24][S27].")

    /// Marks the community-managed solution for Camden.
    public func apply(to longList: inout [OptionChoice], inputs: FrameworkInputs) throws {
        let asAt = inputs.subject.assumptions.priceBaseYear.startYear
        guard inputs.subject.subject.boroughs.contains("camden"), asAt >= 2010,
            let index = longList.firstIndex(where: { $0.id == "community-managed" }),
            longList[index].status != .alreadyHas
        else { return }
        let history = "Camden's Library savings programme 2011 (consulted 10 January to 30 April 2011) proposed that "
            + "community groups run Belsize, Chalk Farm and Heath [S24], towards £2m of savings from an £8m budget [S27]"
        let alone = inputs.subject.subject.boroughs == ["camden"]
        longList[index].status = alone ? .preferred : .carriedForward
        longList[index].reason = (alone ? "Preferred: " : "Carried forward: ") + history + "."
        longList[index].origin = "camden"
        if alone, let pilot = longList.firstIndex(where: { $0.id == "pilot-first" }), longList[pilot].status.isLive {
            longList[pilot].status = .preferred
            longList[pilot].reason = "Preferred: Camden proposed three branches first, with a year's transition funding [S24][S26]."
            longList[pilot].origin = "camden"
        }
    }
}
