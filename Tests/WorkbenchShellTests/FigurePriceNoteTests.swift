import Foundation
import Testing
import WorkbenchCore
import WorkbenchReports
import WorkbenchShell
import WorkbenchTestSupport
import WorkbenchWorkspace

/// `figure set` says what the resolver will make of money of another year than the price base: the amount every
/// command will use, restated with HM Treasury's GDP deflator [S82], or that the deflator lacks the year.
@Suite("Entered money and the price base")
struct FigurePriceNoteTests {
    @Test("£5m for 2012/13 is used as £4.81m in 2010/11 prices (hand: 5,000,000 × 68.8561 ÷ 71.5454 = 4,812,056)")
    func restatedAmountIsSaid() throws {
        let session = try SessionFixture.session()
        defer { try? FileManager.default.removeItem(at: session.context.workspace.folder.deletingLastPathComponent()) }
        let reply = ReplyRenderer.text(session.execute("figure set merton library-budget 5000000 --year 2012/13 --source test"))
        #expect(reply.contains("commands use it as £4.81m in 2010/11 prices (HM Treasury's GDP deflator [S82])"), "\(reply)")
        let budget = try #require(try session.context.profile("merton").figure(.libraryBudget))
        #expect(abs(budget.value - 5_000_000 * 68.8561 / 71.5454) < 1e-6)
        #expect(budget.provenance.kind == .entered)
        let note = ReplyRenderer.text(session.execute("savings shared-whole-service merton"))
        #expect(note.contains("Merton's library budget £5.00m (2012/13, test, used as £4.81m in 2010/11 prices)"), "\(note)")
    }

    @Test("a year the deflator lacks is entered as it is, and the reply says it will not be converted")
    func unconvertibleYearIsSaid() throws {
        let session = try SessionFixture.session()
        defer { try? FileManager.default.removeItem(at: session.context.workspace.folder.deletingLastPathComponent()) }
        let reply = ReplyRenderer.text(session.execute("figure set merton library-budget 5000000 --year 1995/96 --source test"))
        #expect(reply.contains("not converted from 1995/96 to 2010/11 prices"), "\(reply)")
        #expect(reply.contains("so commands use it as entered and say so"), "\(reply)")
        #expect(try session.context.profile("merton").figure(.libraryBudget)?.value == 5_000_000)
        // The base year itself and counts need no word about prices.
        #expect(!ReplyRenderer.text(session.execute("figure set merton library-budget 5000000 --year 2010/11")).contains("prices"))
        #expect(!ReplyRenderer.text(session.execute("figure set merton back-office-posts 12 --year 2012/13")).contains("prices"))
    }
}
