using ScreenBoard.App.Features.Reports;
using ScreenBoard.Domain.Auditing;
using ScreenBoard.Domain.Reports;
using ScreenBoard.Tests.TestSupport;

namespace ScreenBoard.Tests.App.Features.Reports;

/// <summary>
/// Units and reports for the inboxes, in a real SQLite file: NYJ reviews QSZ and HXZ, JYJ reviews LSZ, FGW has no
/// competent department (its reports go straight to the office). One report in each state per town, and FGW's.
/// </summary>
public sealed class InboxScenario : IDisposable
{
    public static readonly DateOnly Start = new(2026, 1, 1);

    public InboxScenario(int extraFgwReviewed = 0)
    {
        var b = new ListBuilder(Database);
        b.Unit("QSZ").AssignReviewingUnit(b.Unit("NYJ"));
        b.Unit("HXZ").AssignReviewingUnit(b.Unit("NYJ"));
        b.Unit("LSZ").AssignReviewingUnit(b.Unit("JYJ"));
        var qsz = b.Task("T-QSZ", "QSZ", Start, new DateOnly(2026, 12, 31));
        var hxz = b.Task("T-HXZ", "HXZ", Start, new DateOnly(2026, 12, 31));
        var lsz = b.Task("T-LSZ", "LSZ", Start, new DateOnly(2026, 12, 31));
        var fgw = b.Task("T-FGW", "FGW", Start, new DateOnly(2026, 12, 31));
        b.Report(qsz, new DateOnly(2026, 3, 1), 20, ReportState.Submitted)
            .Report(qsz, new DateOnly(2026, 2, 1), 10, ReportState.Reviewed)
            .Report(qsz, new DateOnly(2026, 1, 20), 5, ReportState.Accepted)
            .Report(qsz, new DateOnly(2026, 1, 25), 5, ReportState.Returned)
            .Report(hxz, new DateOnly(2026, 3, 2), 30, ReportState.Submitted)
            .Report(lsz, new DateOnly(2026, 3, 3), 40, ReportState.Submitted)
            .Report(lsz, new DateOnly(2026, 2, 3), 35, ReportState.Reviewed)
            .Report(fgw, new DateOnly(2026, 3, 4), 50, ReportState.Submitted);
        for (var i = 0; i < extraFgwReviewed; i++)
        {
            b.Report(fgw, new DateOnly(2026, 4, 1).AddDays(i), 50, ReportState.Reviewed);
        }

        b.Save();
        using var db = Database.CreateDbContext();
        UnitIds = db.Units.ToDictionary(u => u.Code, u => u.Id);
        Services = new TestServices(Database);
        Inbox = new ReportInbox(Database);
        Commands = new ReportCommands(Services.Writes);
    }

    public TestDatabase Database { get; } = new();

    public TestServices Services { get; }

    public ReportInbox Inbox { get; }

    public ReportCommands Commands { get; }

    public IReadOnlyDictionary<string, int> UnitIds { get; }

    public static Actor Office => TestActors.Office;

    public Actor Reviewer(string unit) => new($"审核员{unit}", ActorRole.Reviewer, UnitIds[unit], "127.0.0.1");

    public Actor Reporter(string unit) => new($"填报员{unit}", ActorRole.Reporter, UnitIds[unit], "127.0.0.1");

    public static Actor Leader { get; } = new("市领导", ActorRole.Leader);

    public void Dispose() => Database.Dispose();
}
