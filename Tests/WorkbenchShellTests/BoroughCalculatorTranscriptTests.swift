import Foundation
import Testing
import WorkbenchShell
import WorkbenchTestSupport

/// A borough's own calculator in the shell: Camden's `camden-community-libraries`, registered by the Camden module,
/// is listed by `calculators` and `modules`, costed by `savings` and appraised, and its errors name Camden.
struct BoroughCalculatorTranscriptTests {
    let session: Session

    init() throws { session = try SessionFixture.session() }

    private func run(_ line: String) -> String { SessionFixture.transcript(session, line) }

    @Test func calculatorsListsCamdensCalculator() {
        let text = run("calculators")
        // Listed in id order: the toolkit's `book-fund` comes first, then Camden's own calculator.
        #expect(text.hasPrefix("book-fund (toolkit): Book fund."))
        #expect(text.contains("\ncamden-community-libraries (camden): Camden's community libraries (Library savings programme 2011)."))
        let one = run("calculators camden-community-libraries")
        #expect(one.contains("--branches-handed-over"))
        #expect(one.contains("--running-cost-per-library"))
        #expect(run("modules").contains("profile, 1 calculators"))
    }

    @Test func savingsCostsCamdensBranches() {
        let text = run("savings camden-community-libraries camden")
        #expect(text.contains("note: Full-year saving £382k a year (range £294k–£382k)."), "\(text)")
        #expect(text.contains("Transition funding, year 1: Camden"))
    }

    @Test func errorsNameCamden() {
        #expect(
            run("savings camden-community-libraries bexley").hasPrefix(
                "error: [camden] The subject 'bexley' has no Camden branch list, from which the "
                    + "'camden-community-libraries' calculator counts the branches handed to community groups.\n"
                    + "Name camden or a group with it, or pass --branches-handed-over"))
        #expect(
            run("savings camden-community-libraries camden --transition-funding-years 9").hasPrefix(
                "error: [camden] The value '9' is invalid for '--transition-funding-years': expected a whole number from 0 to 5."))
        #expect(
            run("savings shared-service bexley --years -2").hasPrefix(
                "error: [toolkit] The value '-2' is invalid for '--years': expected a whole number from 1 to 60."))
    }

    @Test func appraiseTakesCamdensCalculator() {
        #expect(run("appraise camden-community-libraries camden").contains("camden"))
    }
}
