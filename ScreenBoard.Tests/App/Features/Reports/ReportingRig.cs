using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using ScreenBoard.App;
using Microsoft.Extensions.Options;
using ScreenBoard.App.Features.Boards.Live;
using ScreenBoard.App.Features.Reports;
using ScreenBoard.App.Features.Reports.Evidence;
using ScreenBoard.App.Options;
using ScreenBoard.App.Setup;
using ScreenBoard.Domain.Auditing;
using ScreenBoard.Domain.Reports;
using ScreenBoard.Tests.TestSupport;

namespace ScreenBoard.Tests.App.Features.Reports;

/// <summary>
/// A list for reporting: T1 led by LEAD (co-unit CO, milestone 节点一), T2 led by OTHER; the evidence store in the
/// test's folder; the commands on the test clock (2026-11-25 10:00 in Shanghai).
/// </summary>
public sealed class ReportingRig : IDisposable
{
    public static readonly DateOnly Today = new(2026, 11, 25);

    private readonly TestDatabase _database = new();

    public ReportingRig()
    {
        var b = new ListBuilder(_database);
        var t1 = b.Task("T1", "LEAD", new DateOnly(2026, 3, 1), new DateOnly(2026, 12, 20));
        t1.AddCoUnit(b.Unit("CO"));
        t1.AddMilestone("节点一", new DateOnly(2026, 6, 30), 0.5m);
        b.Task("T2", "OTHER", new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));
        b.Unit("LEAD").AssignReviewingUnit(b.Unit("REV"));
        b.Save();
        using var db = _database.CreateDbContext();
        T1 = db.Tasks.Single(t => t.Code == "T1").Id;
        T2 = db.Tasks.Single(t => t.Code == "T2").Id;
        Milestone = db.Milestones.Single().Id;
        int UnitId(string code) => db.Units.Single(u => u.Code == code).Id;
        Lead = new Actor("lead-reporter", ActorRole.Reporter, UnitId("LEAD"), "127.0.0.1");
        Co = new Actor("co-reporter", ActorRole.Reporter, UnitId("CO"), "127.0.0.1");
        Other = new Actor("other-reporter", ActorRole.Reporter, UnitId("OTHER"), "127.0.0.1");
        Reviewer = new Actor("reviewer", ActorRole.Reviewer, UnitId("REV"), "127.0.0.1");
        Services = new TestServices(_database);
        Store = new EvidenceStore(Path.Combine(_database.Folder, "evidence"));
        Clock = new OfficeClock(Services.Clock, Options.Create(new ScoringOptions()));
        Commands = new ReportSubmissionCommands(Services.Writes, Store, Clock);
        Services.Notifier.Subscribe(batch =>
        {
            Batches.Add(batch);
            return Task.CompletedTask;
        });
    }

    public TestServices Services { get; }

    public TestDatabase Database => _database;

    public EvidenceStore Store { get; }

    public OfficeClock Clock { get; }

    public ReportSubmissionCommands Commands { get; }

    public List<BoardChangeBatch> Batches { get; } = [];

    public int T1 { get; }

    public int T2 { get; }

    public int Milestone { get; }

    public Actor Lead { get; }

    public Actor Co { get; }

    public Actor Other { get; }

    public Actor Reviewer { get; }

    /// <summary>The app's messages in Chinese (as a person sees them).</summary>
    public static IStringLocalizer Chinese()
    {
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = new CultureInfo("zh-CN");
        var factory = new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance);
        return new StringLocalizer<SharedResource>(factory);
    }

    /// <summary>A tiny valid PNG (1×1, red).</summary>
    public static byte[] Png => Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC");

    public static EvidenceUpload File(string name, byte[] content) => new(name, _ => new MemoryStream(content));

    public static EvidenceUpload Photo(string name = "现场照片.png") => File(name, Png);

    public ReportDraft Draft(int? task = null, DateOnly? date = null, int percent = 60, string narrative = "已完成主体施工", int? milestone = null) =>
        new(task ?? T1, date, percent, narrative, milestone);

    /// <summary>Every file under the evidence folder (placed or temporary).</summary>
    public string[] FilesOnDisk() => Directory.Exists(Store.Root) ? Directory.GetFiles(Store.Root, "*", SearchOption.AllDirectories) : [];

    public (int Reports, int Evidence, int Audit, int Extensions) Counts()
    {
        using var db = _database.CreateDbContext();
        return (db.Reports.Count(), db.Evidence.Count(), db.AuditEntries.Count(), db.Extensions.Count());
    }

    public ProgressReport Report(int id)
    {
        using var db = _database.CreateDbContext();
        return db.Reports.Include(r => r.Evidence).Single(r => r.Id == id);
    }

    /// <summary>Walks a report back to the unit (the office returns it with a reason).</summary>
    public async Task<ProgressReport> ReturnAsync(int id, string reason = "材料不全")
    {
        var report = Report(id);
        var result = await new ReportCommands(Services.Writes).ReturnAsync(id, report.Version, TestActors.Office, reason);
        Assert.True(result.Succeeded, result.MessageKey);
        return Report(id);
    }

    public void Dispose() => _database.Dispose();
}
