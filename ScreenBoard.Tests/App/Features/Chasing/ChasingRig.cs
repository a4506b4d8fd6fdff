using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ScreenBoard.App;
using ScreenBoard.App.Features.Chasing;
using ScreenBoard.App.Options;
using ScreenBoard.App.Setup;
using ScreenBoard.Domain.Chasing;
using ScreenBoard.Domain.Reports;
using ScreenBoard.Domain.Tasks;
using ScreenBoard.Tests.TestSupport;

namespace ScreenBoard.Tests.App.Features.Chasing;

/// <summary>
/// The chasing job over a real SQLite file, enqueuing through Hangfire's client (kept, see <see cref="QueueRecorder"/>), and the
/// webhook deliveries over a real HttpClient. The list: one unit per rule (NR, MS, DL, RT) and three
/// tasks that must never be chased (closed out, completed, not started).
/// </summary>
internal sealed class ChasingRig : IDisposable
{
    private readonly ServiceProvider _http;
    private readonly QueueRecorder _queue = new();

    public ChasingRig(params ChasingWebhook[] webhooks)
    {
        var b = new ListBuilder(Database);
        var nr = b.Task("T-NR", "NR", D(1, 1), D(12, 31));
        b.Report(nr, D(5, 1), 40);
        var ms = b.Task("T-MS", "MS", D(1, 1), D(12, 31));
        ms.AddMilestone("完成方案", D(6, 12), 0.3m);
        b.Report(ms, D(6, 1), 20);
        var dl = b.Task("T-DL", "DL", D(1, 1), D(6, 15));
        b.Report(dl, D(6, 5), 90);
        var rt = b.Task("T-RT", "RT", D(1, 1), D(12, 31));
        b.Report(rt, D(6, 1), 50, ReportState.Returned, new DateTimeOffset(2026, 6, 2, 10, 0, 0, TimeSpan.FromHours(8)));
        var closed = b.Task("T-CL", "CL", D(1, 1), D(6, 12));
        closed.AddMilestone("验收", D(6, 11), 0.5m);
        closed.CloseOut("督查室", Build.Noon);
        var completed = b.Task("T-CP", "CP", D(1, 1), D(6, 12));
        b.Report(completed, D(3, 1), 100);
        b.Task("T-NS", "NS", D(7, 1), D(7, 5));
        b.Save();

        Services = new TestServices(Database, new FakeTimeProvider(new DateTimeOffset(2026, 6, 10, 1, 0, 0, TimeSpan.Zero)));
        var chasingOptions = Options.Create(new ChasingOptions { Webhooks = [.. webhooks] });
        var clock = new OfficeClock(Services.Clock, Options.Create(new ScoringOptions()));
        Job = new ChasingJob(Services.Writes, clock, Options.Create(new WorkflowOptions()), chasingOptions, _queue, NullLogger<ChasingJob>.Instance);

        _http = new ServiceCollection().AddHttpClient().BuildServiceProvider();
        var client = new ChasingWebhookClient(_http.GetRequiredService<IHttpClientFactory>(), Services.Clock);
        Webhooks = new ChasingWebhookJob(Database, Services.Writes, chasingOptions, client, new ChasingSummary(Localizer()), NullLogger<ChasingWebhookJob>.Instance);
        Queries = new ReminderQueries(Database);
    }

    public TestDatabase Database { get; } = new();

    public TestServices Services { get; }

    public ChasingJob Job { get; }

    public ChasingWebhookJob Webhooks { get; }

    public ReminderQueries Queries { get; }

    public static DateOnly D(int month, int day) => new(2026, month, day);

    public static IStringLocalizer<SharedResource> Localizer()
    {
        var factory = new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance);
        return new StringLocalizer<SharedResource>(factory);
    }

    /// <summary>Every reminder stored: unit code, kind, the date it was raised for, its days, its key.</summary>
    public List<(string Unit, ReminderKind Kind, DateOnly RaisedOn, int Days, string DueKey)> Reminders()
    {
        using var db = Database.CreateDbContext();
        return db.Reminders.Join(db.Units, r => r.UnitId, u => u.Id, (r, u) => new { u.Code, r.Kind, r.RaisedOn, r.Days, r.DueKey })
            .AsEnumerable()
            .Select(x => (x.Code, x.Kind, x.RaisedOn, x.Days, x.DueKey))
            .OrderBy(x => x.Code, StringComparer.Ordinal).ThenBy(x => x.RaisedOn).ToList();
    }

    public int UnitId(string code)
    {
        using var db = Database.CreateDbContext();
        return db.Units.Single(u => u.Code == code).Id;
    }

    public int Deliveries()
    {
        using var db = Database.CreateDbContext();
        return db.WebhookDeliveries.Count();
    }

    /// <summary>
    /// Hangfire's client side: <c>Enqueue</c> builds the job exactly as in the app, and this keeps it instead
    /// of writing it to a storage (Hangfire's storages log through a process-wide provider that the
    /// in-process app tests replace and dispose).
    /// </summary>
    private sealed class QueueRecorder : IBackgroundJobClient
    {
        public List<Job> Jobs { get; } = [];

        public string Create(Job job, IState state)
        {
            Assert.IsType<EnqueuedState>(state);
            Jobs.Add(job);
            return Jobs.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        public bool ChangeState(string jobId, IState state, string expectedState) => false;
    }

    /// <summary>The webhook deliveries waiting in Hangfire's queue, as (webhook name, batch id).</summary>
    public List<(string Webhook, string Batch)> Enqueued()
    {
        return _queue.Jobs
            .Where(job => job.Type == typeof(ChasingWebhookJob) && job.Method.Name == nameof(ChasingWebhookJob.DeliverAsync))
            .Select(job => ((string)job.Args[0], (string)job.Args[1]))
            .ToList();
    }

    /// <summary>Runs every enqueued delivery once, as a Hangfire worker would; returns the exceptions they threw.</summary>
    public async Task<List<Exception>> DeliverEnqueuedAsync()
    {
        var failures = new List<Exception>();
        foreach (var (webhook, batch) in Enqueued())
        {
            try
            {
                await Webhooks.DeliverAsync(webhook, batch, CancellationToken.None);
            }
            catch (Exception ex) when (ex is WebhookDeliveryException or HttpRequestException or TaskCanceledException)
            {
                failures.Add(ex);
            }
        }

        return failures;
    }

    public void Dispose()
    {
        _http.Dispose();
        Database.Dispose();
    }
}
