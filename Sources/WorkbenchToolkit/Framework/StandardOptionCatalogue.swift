import WorkbenchCore

/// The long list the standard framework starts from: the choices of the issue across the Green Book's five
/// dimensions [S57], scored against the five standard critical success factors [S57] from the evidence in the
/// domain reference. The scores are the toolkit's judgement (0 fails, 3 meets fully); each reason cites its sources.
enum StandardOptionCatalogue {
    typealias S = OptionTemplate.Score

    /// Scores for the five standard factors, in Box 18's order.
    static func csf(_ fit: S, _ vfm: S, _ supplier: S, _ afford: S, _ achieve: S) -> [String: S] {
        ["strategic-fit": fit, "value-for-money": vfm, "supplier-capacity": supplier, "affordability": afford,
         "achievability": achieve]
    }

    /// Scores for the attributes objectives map onto.
    static func attrs(saving: S, service: S, collaboration: S, community: S) -> [String: S] {
        ["saving": saving, "service": service, "collaboration": collaboration, "community": community]
    }

    /// Every solution, including those that build on an arrangement in place.
    static let solutions: [OptionTemplate] = [
        OptionTemplate(
            id: "shared-service", dimension: .solution, title: "Shared management and back office with a partner borough",
            factors: csf(
                S(2, "The LLCP aimed to 'reduce overheads … through shared services' [S3]; its first phases explored sharing back offices [S1]"),
                S(3, "Bexley and Bromley report about £400k and £370k a year from 71 posts becoming 36 [S14][S16]; the FLP puts back-room mergers at 5–10% of costs [S20]"),
                S(2, "Needs a partner borough able to host; no external market is involved"),
                S(2, "Redundancy and transition costs fall before the savings [S14]"),
                S(2, "Needs a willing partner and joint governance; Bexley and Bromley took six months from approval to start [S13][S14]")),
            attributes: attrs(
                saving: S(3, "The largest recurring saving among the back-office options [S14][S20]"),
                service: S(2, "Front-line branches and hours are untouched; Bexley and Bromley kept their libraries [S14]"),
                collaboration: S(3, "Collaboration between boroughs is the option itself [S1]"),
                community: S(1, "No direct role for communities")),
            ambition: 3, takenBy: .sharedService, calculators: ["shared-service"], collaborative: true,
            measuredBy: [.budgetShare]),
        OptionTemplate(
            id: "consortium-procurement", dimension: .solution, title: "Stock procurement consortium",
            factors: csf(
                S(2, "Shared stock and procurement was one of the LLCP's three priorities [S6][S7], but stock is about a tenth of spending [S77]"),
                S(2, "Joint buying may save 7–20% of stock spend [S49][S50]; Havering saved about £100k a year [S8]"),
                S(3, "The London Libraries Consortium exists and is growing: 14 boroughs in January 2011 [S9]"),
                S(3, "A small joining cost against an existing framework [S10]"),
                S(3, "Merton joined and went live with the stock element within months (May 2011) [S10]")),
            attributes: attrs(
                saving: S(1, "Modest: 7–20% of a stock budget that is about 10% of spending [S49][S77]"),
                service: S(2, "Faster supply and a shared catalogue of about 6 million items [S9]"),
                collaboration: S(2, "Joint buying with other boroughs [S8]"),
                community: S(0, "No role for communities")),
            ambition: 1, takenBy: .procurementConsortium, calculators: ["stock-consortium"], collaborative: true),
        OptionTemplate(
            id: "self-service-rfid", dimension: .solution, title: "RFID self-service issue and return",
            factors: csf(
                S(3, "Automated lending was one of the LLCP's three priorities [S7]"),
                S(2, "Solihull's business case paid back in just over 4 years [S44]"),
                S(3, "Established suppliers; Hertfordshire installed one site a week from 2009 [S46]"),
                S(1, "Capital of about £600,000 for 8 libraries in Solihull [S44] needs invest-to-save funding"),
                S(2, "UK RFID data standards were not yet in use in 2010 [S47b]; smaller libraries save little [S44]")),
            attributes: attrs(
                saving: S(2, "Staff time released at the counter: about £27k a library a year in Solihull [S44]"),
                service: S(3, "Self-service use above 95% expected, freeing staff for readers [S44]"),
                collaboration: S(1, "Can be bought jointly, though data models differed between boroughs [S47b]"),
                community: S(1, "Makes volunteer-supported opening easier")),
            ambition: 2, takenBy: .selfService, calculators: ["rfid-self-service"], measuredBy: [.libraries]),
        OptionTemplate(
            id: "co-location", dimension: .solution, title: "Co-location with other council services",
            factors: csf(
                S(2, "Service location and distribution is one of the FLP's four models of reform [S51]"),
                S(2, "Saves premises costs; buildings are about 14% of a service's costs (Brent) [S77]"),
                S(2, "Depends on other council services with space to share"),
                S(1, "Fit-out capital, of the order of Lewisham's £200k–£250k repair backlogs per building [S32]"),
                S(2, "Enfield later moved most branches into shared community spaces [S39][S71]")),
            attributes: attrs(
                saving: S(1, "Premises only: a share of each branch's running cost [S77]"),
                service: S(2, "Keeps a library presence, often with longer building hours"),
                collaboration: S(1, "Collaboration with other council services rather than boroughs"),
                community: S(2, "Brings the library into a community hub [S39]")),
            ambition: 2, takenBy: .coLocation, calculators: ["co-location"]),
        OptionTemplate(
            id: "community-managed", dimension: .solution, title: "Community-managed branches",
            factors: csf(
                S(2, "Empowering communities is one of the FLP's four models of reform [S51]"),
                S(2, "Saves a branch's running cost (£94k for West Barnes [S34]) less transition and residual support [S79]"),
                S(1, "Depends on willing groups; Chalk Farm's users needed about £130,000 a year [S25]"),
                S(3, "Small one-off transition support [S26][S79]"),
                S(1, "Contested: Camden's consultation ran January to April 2011 [S24]")),
            attributes: attrs(
                saving: S(2, "A branch's running cost each [S34]"),
                service: S(1, "Branches stay open but outside the statutory service, with volunteer staff [S33][S71]"),
                collaboration: S(0, "Not collaboration between boroughs"),
                community: S(3, "Communities run their own libraries [S24]")),
            ambition: 3, takenBy: .communityManaged, calculators: ["community-managed"],
            measuredBy: [.budgetShare, .volunteers]),
        OptionTemplate(
            id: "trust-or-provider", dimension: .solution, title: "Transfer to a trust or other provider",
            factors: csf(
                S(2, "New provider models are one of the FLP's four models of reform [S51]"),
                S(2, "A non-profit trust gets 80% relief from business rates [S15]"),
                S(2, "A small market in 2010: Hounslow's 15-year contract was the London precedent [S41]"),
                S(2, "Procurement and client-side costs [S41]"),
                S(1, "A long procurement with staff transfer; Ealing and Harrow moved only in 2013 [S42]")),
            attributes: attrs(
                saving: S(2, "Rate relief plus provider efficiency; Ealing and Harrow claimed £600k a year [S42]"),
                service: S(2, "Service specified by contract; Hounslow's ended early in 2017 [S41]"),
                collaboration: S(1, "Several boroughs can let one contract (Ealing, Harrow, Brent [S43])"),
                community: S(1, "A trust can involve the community in governance")),
            ambition: 4, takenBy: .trustOrProvider, calculators: ["trust-or-provider"], measuredBy: [.budgetShare]),
        OptionTemplate(
            id: "network-change", dimension: .solution, title: "Opening-hours and network changes",
            factors: csf(
                S(1, "Cuts the service rather than transforming it, against the LLCP's aim of better value [S3]"),
                S(2, "Bromley cut weekly hours from 605 to 527.5 [S36]; closing West Barnes could save £94k [S34]"),
                S(3, "In house: no supplier needed"),
                S(3, "Little one-off cost beyond redundancy"),
                S(2, "Public opposition: Merton cut hours instead of closing West Barnes [S35]")),
            attributes: attrs(
                saving: S(2, "A share of the staffing budget in proportion to hours [S3][S36]"),
                service: S(1, "Fewer hours or fewer libraries; not measured without the borough's hours and library figures"),
                collaboration: S(0, "No collaboration"),
                community: S(0, "No role for communities")),
            ambition: 1, takenBy: .networkChange, calculators: ["network-change"],
            measuredBy: [.budgetShare, .access]),
        // Choices that build on an arrangement already in place.
        OptionTemplate(
            id: "joint-stock-procurement", dimension: .solution, title: "Joint stock procurement across the shared service",
            factors: csf(
                S(3, "Extends the shared service to stock, an LLCP priority [S6][S7]"),
                S(2, "7–20% of the partners' stock spend [S49][S50]"),
                S(3, "The shared management team buys for both boroughs"),
                S(3, "Little one-off cost"),
                S(3, "The joint structure and back office already exist")),
            attributes: attrs(
                saving: S(1, "7–20% of stock spend [S49][S50]"),
                service: S(2, "One stock pool for the partners"),
                collaboration: S(3, "Deepens the partnership"),
                community: S(0, "No role for communities")),
            ambition: 2, buildsOn: .sharedService, calculators: ["stock-consortium"], collaborative: true),
        OptionTemplate(
            id: "shared-whole-service", dimension: .solution, title: "Extend the shared service to the whole service",
            factors: csf(
                S(3, "Sub-regional services were the RSE study's largest option, £13m over five years [S2]"),
                S(3, "The FLP puts merging all services at 10–25% of costs [S20]"),
                S(2, "The partners' joint management can run it"),
                S(2, "Further transition costs"),
                S(2, "Tri-borough phased it over four stages [S22]")),
            attributes: attrs(
                saving: S(3, "10–25% of the partners' budgets [S20]"),
                service: S(2, "Branches kept; services aligned across the partners [S21]"),
                collaboration: S(3, "A single service across boroughs"),
                community: S(1, "No direct role for communities")),
            ambition: 4, buildsOn: .sharedService, calculators: ["shared-whole-service"], collaborative: true,
            measuredBy: [.budgetShare]),
        OptionTemplate(
            id: "consortium-shared-back-office", dimension: .solution,
            title: "Share back-office stock processing with consortium partners",
            factors: csf(
                S(3, "Builds on consortium membership; the MLA proposed regional back-office collaboration [S47][S48]"),
                S(2, "Standardised servicing cut Havering's cost of adding a book eightfold [S8]"),
                S(2, "Depends on a consortium partner able to host"),
                S(2, "Transition costs for the staff who move"),
                S(2, "Partners already share a catalogue and systems [S9][S10]")),
            attributes: attrs(
                saving: S(2, "Back-office posts shared [S14][S16]"),
                service: S(2, "No change at the front line"),
                collaboration: S(3, "Deepens the consortium"),
                community: S(0, "No role for communities")),
            ambition: 3, buildsOn: .procurementConsortium, calculators: ["shared-service"], collaborative: true),
        OptionTemplate(
            id: "self-service-staffing-redesign", dimension: .solution, title: "Redesign staffing and hours around self-service",
            factors: csf(
                S(3, "Builds on self-service in place; Hertfordshire removed staffed counters [S46]"),
                S(2, "Releases the counter staff time self-service frees [S44]"),
                S(3, "In house"),
                S(3, "Little one-off cost"),
                S(2, "Staff consultation needed")),
            attributes: attrs(
                saving: S(2, "Staffing share of the budget [S3]"),
                service: S(2, "Hours kept or extended with fewer staff"),
                collaboration: S(0, "No collaboration"),
                community: S(1, "Volunteers can support self-service hours")),
            ambition: 2, buildsOn: .selfService, calculators: ["network-change", "rfid-self-service"]),
        OptionTemplate(
            id: "community-hubs", dimension: .solution, title: "Extend community management to further branches",
            factors: csf(
                S(3, "Builds on community-run libraries in place [S71]"),
                S(2, "A branch's running cost each [S34]"),
                S(2, "Existing groups can advise new ones"),
                S(3, "Small transition support [S79]"),
                S(2, "A tested model, still contested [S24]")),
            attributes: attrs(
                saving: S(2, "A branch's running cost each [S34]"),
                service: S(1, "Outside the statutory service [S71]"),
                collaboration: S(0, "Not collaboration between boroughs"),
                community: S(3, "More communities run their libraries")),
            ambition: 3, buildsOn: .communityManaged, calculators: ["community-managed"],
            measuredBy: [.budgetShare, .volunteers]),
        OptionTemplate(
            id: "further-co-location", dimension: .solution, title: "Co-locate further branches",
            factors: csf(
                S(3, "Builds on co-location in place"),
                S(2, "Premises savings [S77]"),
                S(2, "Depends on council buildings"),
                S(1, "Fit-out capital [S32]"),
                S(3, "A tested model in the borough")),
            attributes: attrs(
                saving: S(1, "Premises only [S77]"),
                service: S(2, "A library presence kept"),
                collaboration: S(1, "With other council services"),
                community: S(2, "Community hubs [S39]")),
            ambition: 2, buildsOn: .coLocation, calculators: ["co-location"]),
        OptionTemplate(
            id: "contract-review", dimension: .solution, title: "Re-specify the provider's contract",
            factors: csf(
                S(3, "Builds on the contract in place"),
                S(2, "Efficiency on the management fee [S42]"),
                S(2, "The incumbent or the market [S41][S42]"),
                S(2, "Re-letting costs"),
                S(2, "Contract terms limit change [S41]")),
            attributes: attrs(
                saving: S(2, "Fee efficiency [S42]"),
                service: S(2, "Service specified anew"),
                collaboration: S(1, "Joint contracts possible [S43]"),
                community: S(1, "Through the specification")),
            ambition: 3, buildsOn: .trustOrProvider, calculators: ["trust-or-provider"]),
    ]

    /// The scope, delivery, implementation and funding choices, each naming the solutions it suits.
    static let others: [OptionTemplate] = [
        // Scope
        OptionTemplate(
            id: "back-office", dimension: .scope, title: "Management and back office",
            factors: csf(
                S(3, "The LLCP's first phases explored sharing back-office functions [S1]"),
                S(3, "Back-room mergers may save 5–10% of costs [S20]"),
                S(2, "Partner boroughs can host"), S(2, "Transition costs"), S(3, "No change at the front line [S14]")),
            suits: ["shared-service", "consortium-shared-back-office"]),
        OptionTemplate(
            id: "stock", dimension: .scope, title: "Stock and its procurement",
            factors: csf(
                S(2, "An LLCP priority [S7]"), S(2, "7–20% of stock spend [S49][S50]"),
                S(3, "An existing consortium [S9]"), S(3, "Small costs"), S(3, "Tested by Merton in 2011 [S10]")),
            suits: ["consortium-procurement", "joint-stock-procurement", "consortium-shared-back-office"]),
        OptionTemplate(
            id: "management", dimension: .scope, title: "Management only (joint management posts)",
            factors: csf(
                S(2, "Joint management posts: £5m over five years London-wide in the RSE study [S2]"),
                S(2, "Management layers ranged from 2 to 9 [S3]"), S(2, "A partner's managers"),
                S(3, "Few posts involved"), S(3, "A small change")),
            suits: ["shared-service"]),
        OptionTemplate(
            id: "front-line", dimension: .scope, title: "Front-line service (branches, counters, hours)",
            factors: csf(
                S(2, "Over half the cost is staffing [S3]"), S(2, "Counter staff and buildings"),
                S(2, "Suppliers for kiosks, partners for buildings"), S(2, "Capital for some options"),
                S(2, "Visible to the public")),
            suits: ["self-service-rfid", "co-location", "community-managed", "network-change",
                    "self-service-staffing-redesign", "community-hubs", "further-co-location"]),
        OptionTemplate(
            id: "whole-service", dimension: .scope, title: "Whole service",
            factors: csf(
                S(2, "Sub-regional services: £13m over five years in the RSE study [S2]"),
                S(3, "Merging all services may save 10–25% [S20]"), S(2, "A partner or provider must take it all"),
                S(2, "Larger transition"), S(1, "The largest change")),
            suits: ["shared-whole-service", "trust-or-provider", "contract-review"]),
        // Delivery
        OptionTemplate(
            id: "in-house", dimension: .delivery, title: "In house",
            factors: csf(
                S(2, "The council keeps control"), S(1, "No partner's scale"), S(3, "No supplier needed"),
                S(3, "No procurement"), S(3, "Within the service's own ability to change")),
            suits: ["network-change", "self-service-rfid", "co-location", "self-service-staffing-redesign",
                    "further-co-location", "consortium-procurement"]),
        OptionTemplate(
            id: "partner-host", dimension: .delivery, title: "A partner borough as host",
            factors: csf(
                S(3, "Boroughs sharing services, as the LLCP proposed [S1]"),
                S(3, "Bexley and Bromley ran their joint back office from Foots Cray [S15]"),
                S(2, "Havering hosted the consortium [S8][S11]"), S(2, "Hosting costs recharged"),
                S(2, "Needs an inter-authority agreement")),
            suits: ["shared-service", "shared-whole-service", "joint-stock-procurement", "consortium-shared-back-office",
                    "consortium-procurement"]),
        OptionTemplate(
            id: "joint-committee", dimension: .delivery, title: "Joint committee",
            factors: csf(
                S(2, "Shared governance for a shared service"), S(2, "Governance costs"),
                S(2, "The partners' own staff"), S(2, "Set-up costs"), S(1, "Slow to set up")),
            suits: ["shared-whole-service", "shared-service"]),
        OptionTemplate(
            id: "trust-or-mutual", dimension: .delivery, title: "Trust or mutual",
            factors: csf(
                S(2, "A new provider model [S51]"), S(3, "80% relief from business rates [S15]"),
                S(1, "Few library trusts in London in 2010"), S(2, "Set-up costs"), S(1, "Staff transfer and a new body")),
            suits: ["trust-or-provider", "contract-review"]),
        OptionTemplate(
            id: "private-provider", dimension: .delivery, title: "Private provider",
            factors: csf(
                S(1, "Contested locally"), S(2, "Hounslow's £5.1m a year contract for 11 libraries [S41]"),
                S(2, "John Laing Integrated Services ran Hounslow [S41]"), S(2, "Procurement and client costs"),
                S(1, "Contract risk: Hounslow's ended early [S41]")),
            suits: ["trust-or-provider", "contract-review"]),
        OptionTemplate(
            id: "community-group", dimension: .delivery, title: "Community group",
            factors: csf(
                S(2, "Empowering communities [S51]"), S(2, "Low running cost to the council [S79]"),
                S(1, "Depends on willing groups [S25]"), S(3, "Small grants [S79]"), S(1, "Volunteers must be found")),
            suits: ["community-managed", "community-hubs"]),
        // Implementation
        OptionTemplate(
            id: "big-bang", dimension: .implementation, title: "Big bang",
            factors: csf(
                S(2, "Savings sooner"), S(2, "No double running"), S(2, "All suppliers at once"),
                S(2, "Costs fall in one year"), S(1, "All risk at once; Bexley and Bromley merged on one date [S13]")),
            suits: ["shared-service", "network-change", "trust-or-provider", "contract-review"]),
        OptionTemplate(
            id: "phased", dimension: .implementation, title: "Phased",
            factors: csf(
                S(2, "Tri-borough planned four phases [S22]"), S(2, "Savings build up"),
                S(3, "Suppliers can keep pace: one site a week in Hertfordshire [S46]"), S(3, "Costs spread"),
                S(3, "Lessons carried between phases")),
            suits: ["self-service-rfid", "co-location", "shared-whole-service", "consortium-procurement",
                    "further-co-location", "joint-stock-procurement", "consortium-shared-back-office"]),
        OptionTemplate(
            id: "pilot-first", dimension: .implementation, title: "Pilot first",
            factors: csf(
                S(2, "Tests the model before committing"), S(1, "Savings delayed"), S(3, "A small first order"),
                S(3, "Small first costs"), S(3, "Lowest risk")),
            suits: ["community-managed", "co-location", "self-service-staffing-redesign", "community-hubs"]),
        // Funding
        OptionTemplate(
            id: "revenue-budget", dimension: .funding, title: "Revenue budget",
            factors: csf(
                S(2, "Within the service's own budget"), S(2, "No borrowing cost"), S(3, "No funder needed"),
                S(2, "Competes with running costs"), S(3, "No approval beyond the budget")),
            suits: ["shared-service", "network-change", "consortium-procurement", "joint-stock-procurement",
                    "trust-or-provider", "contract-review", "self-service-staffing-redesign"]),
        OptionTemplate(
            id: "invest-to-save", dimension: .funding, title: "Invest to save",
            factors: csf(
                S(3, "Funds change from the savings it brings"), S(3, "Repaid from savings (Solihull: just over 4 years [S44])"),
                S(3, "Council reserves"), S(2, "Needs reserves up front"), S(2, "Needs a business case")),
            suits: ["self-service-rfid", "shared-service", "shared-whole-service", "consortium-shared-back-office"]),
        OptionTemplate(
            id: "capital-receipts", dimension: .funding, title: "Capital receipts",
            factors: csf(
                S(2, "Buildings fund the change"), S(2, "Enfield later expected up to £3.25m from 8 buildings [S37]"),
                S(2, "The property market"), S(2, "Only once buildings are sold"), S(1, "Sales take time")),
            suits: ["co-location", "network-change", "further-co-location"]),
        OptionTemplate(
            id: "external-grant", dimension: .funding, title: "External grant",
            factors: csf(
                S(2, "Capital Ambition funded the LLCP and its support for boroughs [S1][S3]"),
                S(3, "Costs met outside the council"),
                S(1, "Targeted support went to a few high-savings projects with the boroughs' own funds"),
                S(3, "Low cost to the council"), S(1, "Competitive and uncertain")),
            suits: ["shared-service", "shared-whole-service", "consortium-procurement", "community-managed"]),
    ]
}
