public import WorkbenchCore

/// The programme's sources list: every tag the domain reference cites (S1 to S81, with S47b, S59b and S78b), each
/// with a short title and the first address the reference gives, plus the workbench's own additions S53b (the Green
/// Book's current long-term discount rates table, with its reduced schedule for health and life values) and S82 (HM
/// Treasury's GDP deflator series, March 2026 release, the stated deflator for prices of other years; the reference
/// names the series but gives none of its values). Figures
/// anywhere in the workbench cite these tags.
public enum SourceList {
    /// Every source, in the reference's order.
    public static let all: [SourceReference] = [
        SourceReference(tag: "S1", title: "London Councils, \"London Library Change Programme\"", address: "https://www.londoncouncils.gov.uk/node/3496"),
        SourceReference(tag: "S2", title: "Voices for the Library, tag \"libraries\" (LLCP history and RSE options)", address: "http://www.voicesforthelibrary.org.uk/tag/libraries/"),
        SourceReference(tag: "S3", title: "D. Ruse, \"London Library Change Programme\", North West libraries conference, 28 June 2010 (slide copies)", address: "https://cdn.slideserve.com/zared/london-library-change-programme"),
        SourceReference(tag: "S4", title: "S. Thiedeman, \"London Cultural Improvement Programme: Transforming London's Public Library Services\"", address: "https://www.powershow.com/view1/156d7f-ZDc1Z/London_Cultural_Improvement_Programme_powerpoint_ppt_presentation"),
        SourceReference(tag: "S5", title: "The Leisure Review, \"The London Cultural Improvement Programme\" (2010)", address: "http://theleisurereview.co.uk/articles10/lcip.html"),
        SourceReference(tag: "S6", title: "Ottawa Public Librarian blog, \"London Library Change Program, Phase 3 Bulletin\" (25 Jan 2010)", address: "http://ottawapubliclibrarian.blogspot.com/2010/01/london-library-change-program-phase-3.html"),
        SourceReference(tag: "S7", title: "Same blog, \"London Libraries Change Program: Backlash\" (27 Jan 2010)", address: "http://ottawapubliclibrarian.blogspot.com/2010/01/london-libraries-change-program.html"),
        SourceReference(tag: "S8", title: "A. Rennie, \"A Better Library Service Costs Less: … the London Libraries Consortium\" (27 Oct 2007)", address: "http://lglibtech.wikispaces.com/Better+Library+Service+Costs+Less?responseToken=042d86eb4becf26cc6653c61ed7acc7e6"),
        SourceReference(tag: "S9", title: "Axiell press release, 25 Jan 2011", address: "https://librarytechnology.org/document/15388"),
        SourceReference(tag: "S10", title: "PR.com, \"London Libraries Consortium Now Numbers 15 London Boroughs … as Merton Joins\" (11 Sep 2011)", address: "https://pr.com/press-release/352445"),
        SourceReference(tag: "S11", title: "The Libraries Consortium, About us", address: "https://thelibrariesconsortium.org.uk/about-us/"),
        SourceReference(tag: "S12", title: "Sutton Council, \"Sutton-led Library Consortium goes from strength to strength\" (14 Aug 2020)", address: "https://www.sutton.gov.uk/-/sutton-led-library-consortium-goes-from-strength-to-strength"),
        SourceReference(tag: "S13", title: "Bexley Council news, \"Shared services library date brought forward\" (17 Oct 2011)", address: "http://www.bexley.gov.uk/index.aspx?articleid=12571"),
        SourceReference(tag: "S14", title: "gov.uk case study \"Bexley and Bromley working together\" (mirror)", address: "https://fly1.wordsworth.site/government/case-studies/bexley-and-bromley-working-together"),
        SourceReference(tag: "S15", title: "News Shopper, \"Bromley and Bexley to share library services\" (July 2011)", address: "https://newsshopper.co.uk/news/9155874.bromley-and-bexley-to-share-library-services"),
        SourceReference(tag: "S16", title: "Mumsnet thread quoting the Bromley report (22 Jul 2011)", address: "https://www.mumsnet.com/Talk/local/1264950-Saving-Bromley-Libraries"),
        SourceReference(tag: "S17", title: "Bromley Executive minute, libraries (2011)", address: "https://cds.bromley.gov.uk/mgAi.aspx?ID=12487"),
        SourceReference(tag: "S18", title: "Public Libraries News, \"One library authority for London – pros and cons\" (Apr 2012)", address: "https://www.publiclibrariesnews.com/2012/04/one-library-authority-for-london-pros-and-cons.html"),
        SourceReference(tag: "S19", title: "Public Libraries News, \"United we should stand\" (Oct 2012)", address: "https://www.publiclibrariesnews.com/2012/10/united-we-should-stand-merging-public-libraries.html"),
        SourceReference(tag: "S20", title: "Public Libraries News, \"Efficiencies: Sharing services\"", address: "https://www.publiclibrariesnews.com/campaigning/efficiencies-2/efficiencies-sharing-services"),
        SourceReference(tag: "S21", title: "The Guardian, \"Merging library services will save £1m\" (20 Jun 2011)", address: "https://www.theguardian.com/public-leaders-network/2011/jun/20/merging-library-services"),
        SourceReference(tag: "S22", title: "LBHF scrutiny minute, tri-borough library business case", address: "https://democracy.lbhf.gov.uk/mgAi.aspx?ID=6596"),
        SourceReference(tag: "S23", title: "Evening Standard, \"Three boroughs to merge libraries…\"", address: "http://www.standard.co.uk/news/three-boroughs-to-merge-libraries-in-an-attempt-to-stave-off-closures-6412317.html"),
        SourceReference(tag: "S24", title: "Camden consultation, \"Library savings programme 2011\"", address: "https://consultations.wearecamden.org/culture-environment/library-savings-programme-2011"),
        SourceReference(tag: "S25", title: "Camden New Journal, 9 Jun 2011", address: "http://thecnj.com/camden_review/comment/reply/10938"),
        SourceReference(tag: "S26", title: "Camden New Journal, 2 Jun 2011", address: "http://thecnj.com/camden_review/comment/reply/10825"),
        SourceReference(tag: "S27", title: "LB Camden, \"Strategy on provision of public library services 2011-14\" (draft)", address: "https://docslib.org/doc/5316709/london-borough-of-camden-strategy-on-provision-of-public-library-services-2011-14"),
        SourceReference(tag: "S28", title: "Camden New Journal, letter from Camden Assistant Director Culture (Aug 2008)", address: "http://thecnj.com/camden/2008/081408/letters081408_18.html"),
        SourceReference(tag: "S29", title: "Ham & High, \"£800,000 cuts threatening Camden libraries\"", address: "https://www.hamhigh.co.uk/news/have-your-say-on-800-000-cuts-threatening-camden-libraries-3498562"),
        SourceReference(tag: "S30", title: "CPLUG (Camden Public Libraries Users Group) page", address: "http://www.librarylondon.org/localgroups/camden/cplug.html"),
        SourceReference(tag: "S31", title: "EastLondonLines, \"Five Lewisham libraries to be axed…\" (Jul 2010)", address: "http://www.eastlondonlines.co.uk/2010/07/five-lewisham-libraries-to-be-axed-under-new-money-saving-proposals/"),
        SourceReference(tag: "S32", title: "EastLondonLines, \"Cuts week – Part one: Libraries\" (Apr 2011)", address: "https://www.eastlondonlines.co.uk/2011/04/cuts-week-part-one-libraries/"),
        SourceReference(tag: "S33", title: "Brockley Central, \"Fate of Lewisham's libraries decided\" (May 2011)", address: "https://brockleycentral.blogspot.com/2011/05/fate-of-lewishams-libraries-decided.html"),
        SourceReference(tag: "S34", title: "SW Londoner, \"Merton libraries face axe…\" (10 Dec 2010)", address: "https://swlondoner.co.uk/news/10122010-merton-libraries-face-axe-as-spending-cuts-bite"),
        SourceReference(tag: "S35", title: "Your Local Guardian, \"Library opening times cut to spare closures in West Barnes and Colliers Wood\"", address: "https://www.yourlocalguardian.co.uk/news/8799952.library-opening-times-cut-to-spare-closures-in-west-barnes-and-colliers-wood-for-now/"),
        SourceReference(tag: "S36", title: "Bromley committee minutes, 2014 (opening hours 605 to 527.5 and 111 FTE; RFID £275k; £300k and £340k)", address: "https://cds.bromley.gov.uk/mgAi.aspx?ID=31360"),
        SourceReference(tag: "S37", title: "Enfield Dispatch, \"Eight libraries earmarked for closure\" (2024)", address: "https://enfielddispatch.co.uk/eight-libraries-earmarked-for-closure-by-enfield-council/"),
        SourceReference(tag: "S38", title: "WhatDoTheyKnow, Enfield \"Library Closures\" FOI and response", address: "https://www.whatdotheyknow.com/cy/request/library_closures_4"),
        SourceReference(tag: "S39", title: "Palmers Green Community, \"Library changes in prospect\"", address: "https://pgweb.uk/news/117-council-services/621-library-changes-in-prospect-as-part-of-cost-cutting-measures"),
        SourceReference(tag: "S40", title: "Bexley libraries consultation 2020 (survey page)", address: "https://www.surveymonkey.co.uk/r/bexleylibrariesconsultation2020"),
        SourceReference(tag: "S41", title: "Building, \"Carillion loses library contract\" (2017)", address: "https://www.building.co.uk/news/carillion-loses-library-contract/5088821.article"),
        SourceReference(tag: "S42", title: "Public Libraries News, outsourced library authorities", address: "https://www.publiclibrariesnews.com/about-public-libraries-news/current-situation-by-authority"),
        SourceReference(tag: "S43", title: "The Guardian, \"Privatisation helps west London libraries…\" (28 Feb 2014)", address: "https://www.theguardian.com/public-leaders-network/2014/feb/28/privatisation-west-london-libraries"),
        SourceReference(tag: "S44", title: "LGLibTech, \"RFID Business case (From Solihull – 2008)\"", address: "https://lglibtech.com/rfid-business_case"),
        SourceReference(tag: "S45", title: "OnTheWight, \"RFID tagging would be 38p-40p per library book\"", address: "https://onthewight.com/rfid-tagging-would-be-38p-40p-per-library-book"),
        SourceReference(tag: "S46", title: "RFID Journal, \"In the U.K., Libraries Switch to Self-Serve\" (11 Feb 2010)", address: "https://www.rfidjournal.com/articles/view?7391"),
        SourceReference(tag: "S47", title: "LGC, \"Report shows a better way to buy books\" and \"Library purchasing plan could save councils £20m\"", address: "https://www.lgcplus.com/report-shows-a-better-way-to-buy-books/502188.article"),
        SourceReference(tag: "S47b", title: "\"RFID self-service – is now the right time?\" (18 Feb 2011)", address: "https://thoughtsofawannabelibrarian.wordpress.com/2011/02/18/rfid-self-service-is-now-the-right-time/"),
        SourceReference(tag: "S48", title: "MLA West Midlands news, \"Better Stock, Better Libraries\" (15 Aug 2006)", address: "https://mlawestmidlands.org.uk/news/latestnews/index.asp?id=1054,712,47,725"),
        SourceReference(tag: "S49", title: "PublicNet, \"Public libraries could have single agency to buy books\" (29 Jul 2005)", address: "http://www.publicnet.co.uk/news/2005/07/29/public-libraries-could-have-single-agency-to-buy-books/"),
        SourceReference(tag: "S50", title: "National Acquisitions Group, guidelines", address: "https://nag.org.uk/publications/guidelines-best-practice-for-libraries/"),
        SourceReference(tag: "S51", title: "LG Group/MLA, \"Future libraries: change, options and how to get there\" (2011)", address: "https://docslib.org/doc/225515/future-libraries-change-options-and-how-to-get-there"),
        SourceReference(tag: "S52", title: "Local Government Lawyer, \"By the book\" (Future Libraries Programme launch)", address: "https://localgovernmentlawyer.co.uk/governance/314-governance-a-risk-articles/5303-by-the-book"),
        SourceReference(tag: "S53", title: "Green Book 2003, Annex 6, Table 6.1 (text copy)", address: "https://ppponline.affinitext.com/public/book?id=1475&toc_id=508091"),
        SourceReference(tag: "S53b", title: "Green Book (2020 and 2022 editions), Annex A6 \"Discounting\", table of long-term discount rates. Years 0–30, 31–75, 76–125, 126–200, 201–300, 301+: standard rate 3.50%, 3.00%, 2.50%, 2.00%, 1.50%, 1.00%; reduced rate for health and life values 1.50%, 1.29%, 1.07%, 0.86%, 0.64%, 0.43%", address: "https://www.gov.uk/government/publications/the-green-book-appraisal-and-evaluation-in-central-government/the-green-book-2020#a6-discounting"),
        SourceReference(tag: "S54", title: "Guidance text quoting the Green Book discount rate and schedule", address: "https://ppponline.affinitext.com/public/book?id=1664&toc_id=449738"),
        SourceReference(tag: "S55", title: "Mott MacDonald / HMT optimism bias guidance, Table 2 and section 1.1.2", address: "https://ppponline.affinitext.com/public/book?id=1343&toc_id=444193"),
        SourceReference(tag: "S56", title: "gov.uk, \"Green Book supplementary guidance: optimism bias\"", address: "https://www.gov.uk/government/publications/green-book-supplementary-guidance-optimism-bias"),
        SourceReference(tag: "S57", title: "Green Book 2018 text (Box 17 options framework, Box 18 CSFs, A6.5–A6.8 STPR)", address: "https://ppponline.affinitext.com/public/book?id=5905&toc_id=875649"),
        SourceReference(tag: "S58", title: "Green Book 2003 edition (July 2011 update), contents", address: "https://vdocument.in/uk-appraisal-and-evaluation-in-central-government-greenbookcomplete.html"),
        SourceReference(tag: "S59", title: "HMT, \"Public Sector Business Cases using the Five Case Model\" (2013 update), with Flanagan & Nicholls templates", address: "https://pdfslide.net/documents/green-book-guidance-on-public-sector-business-cases-using-the-five-case-model.html"),
        SourceReference(tag: "S59b", title: "Green Book 2020, contents", address: "https://dokumen.tips/documents/the-green-book-govuk-2020-11-24-the-green-book-v-contents-list-of-boxes.html"),
        SourceReference(tag: "S60", title: "GB Partnerships, \"Business Case Club blog 6: option appraisal\"", address: "https://gbpartnerships.co.uk/post/business-case-club-blog-6-option-appraisal"),
        SourceReference(tag: "S61", title: "Hartlepool Council JSNA, \"Statistical Neighbours\" (CIPFA method)", address: "https://www.hartlepool.gov.uk/info/20015/social_care_and_health/946/jsna_living_well/4"),
        SourceReference(tag: "S62", title: "CIPFAstats Nearest Neighbours pages", address: "https://www.cipfastats.net/resources/nearestneighbours/default.asp?content_ref=5603"),
        SourceReference(tag: "S63", title: "CIPFA, Nearest Neighbours Model (England)", address: "https://www.cipfa.org/services/cipfastats/nearest-neighbour-model"),
        SourceReference(tag: "S64", title: "CIPFAstats Comparative Profile example (Central Bedfordshire, 2011-12 actuals) and CIPFA public library statistics description", address: "https://docslib.org/doc/705203/central-bedfordshire-council"),
        SourceReference(tag: "S65", title: "CIPFA Public Library Questionnaire 2010-11 (Surrey, via FOI)", address: "https://www.whatdotheyknow.com/request/106187/response/263871/attach/html/12/CIPFA%20Public%20Library%20Questionnaire%2010%2011.pdf.html"),
        SourceReference(tag: "S66", title: "LibrariesHacked blog posts on CIPFA statistics (2016, 2018) and the cipfa-librarydata README", address: "https://github.com/LibrariesHacked/librarieshacked.github.io"),
        SourceReference(tag: "S67", title: "Hansard, \"Local Authorities: Standards\" (19 Feb 2007)", address: "https://hansard.parliament.uk/Commons/2007-02-19/debates/0702197000015/LocalAuthoritiesStandards"),
        SourceReference(tag: "S68", title: "DCMS, Public Library Service Standards, 3rd revised edition (April 2008)", address: "https://www.slideshare.net/maolins/pulbiclibraryservicesapril08"),
        SourceReference(tag: "S69", title: "Hansard (Lords) written answer, 21 Dec 2004", address: "https://api.parliament.uk/historic-hansard/written-answers/2004/dec/21/public-libraries"),
        SourceReference(tag: "S70", title: "Hansard written answers, 9 Jun 2005 (libraries per London borough)", address: "https://publications.parliament.uk/pa/cm200506/cmhansrd/vo050609/text/50609w17.htm"),
        SourceReference(tag: "S71", title: "DCMS / Libraries Taskforce, \"Public libraries in England: basic dataset\", as kept in LibrariesHacked/england-librarydata, data/libraries/libraries_raw.csv (commit 6774ef37, 31 Mar 2017)", address: "https://www.gov.uk/government/publications/public-libraries-in-england-basic-dataset"),
        SourceReference(tag: "S72", title: "LibrariesHacked/england-librarydata, data/libraries/authorities.csv and data/ons/ukpopulation.csv (ONS mid-2015 populations, IMD 2015)", address: "https://github.com/LibrariesHacked/england-librarydata"),
        SourceReference(tag: "S73", title: "2011 Census first results (Bromley, Merton and Camden council pages; Enfield Independent; GLA summary)", address: "https://www.bromley.gov.uk/info/200088/statistics_and_census_information/322/census/5"),
        SourceReference(tag: "S74", title: "Upper Norwood Library Campaign, membership and cost comparison", address: "http://www.unlc.org.uk/a-model-library/membership/"),
        SourceReference(tag: "S75", title: "Independent Ramblings blog quoting the Good Library Blog (23 Jun 2010)", address: "http://independentramblings.blogspot.com/2010/06/should-we-close-down-libraries.html"),
        SourceReference(tag: "S76", title: "Evening Standard, \"Give Mayor control of all London libraries\" (5 Apr 2012)", address: "https://article-swipe.standard.co.uk/news/mayor/give-mayor-control-of-all-london-libraries-7446188.html"),
        SourceReference(tag: "S77", title: "\"Libraries latest\" blog (Brent costs via Tim Coates, 24 Mar 2011)", address: "http://i-spy-in-queenspark.blogspot.com/2011/03/libraries-latest-send-some-e-mails.html"),
        SourceReference(tag: "S78", title: "Cllr T. Godfrey, \"Protecting and Developing Croydon Libraries\" (22 Jun 2011)", address: "https://p.pdfkul.com/croydon-council-library-budget-combined-paper-pnpdf-_59d10d401723dd43ac1d14a7.html"),
        SourceReference(tag: "S78b", title: "Merton Council minute, library and heritage annual report", address: "https://democracy.merton.gov.uk/mgAi.aspx?ID=5229"),
        SourceReference(tag: "S79", title: "The Bookseller, \"Lincolnshire re-proposes original library cuts\"", address: "https://www.thebookseller.com/news/lincolnshire-re-proposes-original-library-cuts"),
        SourceReference(tag: "S80", title: "Research impact note (discount factor formula)", address: "http://www.research-impact.org/quantifying-long-term-costs-and-benefits-of-major-projects-and-events/"),
        SourceReference(tag: "S81", title: "PFI model guidance on optimism bias (as applied)", address: "https://ppponline.affinitext.com/public/book?id=3151&toc_id=369325"),
        SourceReference(tag: "S82", title: "HM Treasury, \"GDP deflators at market prices, and money GDP\", March 2026 (Quarterly National Accounts, 31 March 2026): the financial-year GDP deflator, 2024-25 = 100, outturn from ONS series L8GG (the workbench's addition; not in the domain reference)", address: "https://www.gov.uk/government/collections/gdp-deflators-at-market-prices-and-money-gdp"),
    ]

    /// The tags of `all`, for membership checks.
    public static let tags: Set<SourceTag> = Set(all.map(\.tag))

    /// The reference for a tag, if the list has it.
    public static func reference(for tag: SourceTag) -> SourceReference? {
        all.first { $0.tag == tag }
    }
}
