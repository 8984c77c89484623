import WorkbenchCore

extension CaseLibrary {
    /// Lewisham's closure of five libraries and transfer of three to a social enterprise, 2010–2011 (domain
    /// reference 2.2 E and 5.4). No reported savings were found: the case evaluates without them.
    static let lewishamAssetTransfer = CaseStudy(
        id: "lewisham-asset-transfer",
        title: "Lewisham: library closures and asset transfer to a social enterprise",
        kind: .community,
        partners: ["lewisham"],
        decided: 2011,
        started: 2011,
        changes: [
            "July 2010 proposal: save £830,000, about £80k by restructuring the Home Library Service and the rest by closing five libraries (Sydenham, Blackheath, Crofton Park, Grove Park, New Cross) [S31].",
            "In May 2011 Eco Computer Systems was to run Crofton Park, Grove Park and Sydenham, on leases then said likely to be for 25 years, with mixed paid and volunteer staff and 52 opening hours a week proposed [S33] (plans reported then, not outcomes).",
            "By July 2016 all five were community libraries with council support (Blackheath Village, Crofton Park, Grove Park, New Cross, Sydenham) [S71].",
        ],
        planned: [
            CaseFigure(
                CaseFigure.Measure.annualSaving, 830_000, year: 2010, .published("S31", period: "July 2010"),
                note: "the July 2010 proposal: about £80k from the Home Library Service, the rest from closing five libraries"),
            CaseFigure(
                CaseFigure.Measure.annualSaving, 1_000_000, year: 2011, .published("S32", period: "April 2011"),
                note: "'The closures will save the Council just under £1 million': recorded at £1m, an upper bound"),
            CaseFigure(
                CaseFigure.Measure.avoidedCost, 680_000, year: 2011,
                .derived("S32", period: "April 2011", method: "repair backlogs of Crofton Park £200k + Grove Park £230k + Sydenham £250k"),
                note: "repair backlogs the council no longer carries"),
        ],
        measures: [
            ServiceMeasure(
                "Libraries open of the five proposed for closure", before: 5, after: 5,
                .derived("S31", "S71", period: "July 2016", method: "the five named in the proposal [S31], each a community library with council support in July 2016 [S71]"),
                beforeYear: 2010, afterYear: 2016),
            ServiceMeasure(
                "Weekly opening hours proposed at each library run by Eco Computer Systems", before: nil, after: 52,
                .estimate("S33", period: "May 2011", method: "the hours proposed in May 2011 [S33], not hours observed after the transfer"),
                afterYear: 2011, note: "proposed, not observed; hours before the transfer were not found"),
        ],
        lessons: [
            "Three buildings were to pass to a community operator, on leases then said likely to be for 25 years, with mixed paid and volunteer staff [S33].",
            "Closing buildings also shed their repair backlogs: £200k at Crofton Park, £230k at Grove Park, £250k at Sydenham [S32].",
            "The saving grew between proposal and decision, from £830,000 [S31] to 'just under £1 million' [S32].",
        ],
        datesProvenance: .published("S31", "S33"),
        startedOn: EvidenceDate(2011, month: 5),
        scale: [
            CaseFigure(
                CaseFigure.Measure.libraries, 12, year: 2010,
                .derived("S71", period: "April 2010", method: "rows statutory in April 2010, counted"),
                note: "the whole borough's libraries, of which the case changed five [S31]"),
        ],
        notes: [
            "No reported (outturn) savings were found; both savings figures are forecasts.",
            "Scaled to another borough by its whole library network (Lewisham 12 in April 2010 [S71]), the case stands for changing the same share of the network (5 of 12), not five libraries.",
            "The running cost per opening hour quoted in April 2011 ('£73.12 per opening hour … compared to £1.29 for Manor Park') has inconsistent units as printed and is not used [S32].",
        ],
        sources: ["S31", "S32", "S33", "S71"]
    )
}
