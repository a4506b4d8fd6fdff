using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ScreenBoard.App.Commands;
using ScreenBoard.App.Features.Quarters;
using ScreenBoard.App.Features.Reports;
using ScreenBoard.App.Features.Boards.Live;
using ScreenBoard.Domain.Boards;
using ScreenBoard.Domain.Persistence;
using ScreenBoard.Domain.Scoring;

namespace ScreenBoard.Tests.TestSupport;

/// <summary>The domain and command services wired by hand over a test database.</summary>
public sealed class TestServices
{
    public TestServices(TestDatabase database, FakeTimeProvider? clock = null)
    {
        Clock = clock ?? new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 2, 0, 0, TimeSpan.Zero));
        Queries = new BoardQueries(new BoardFactsReader(database), ScoringRules.Default);
        Store = new SnapshotStore(database);
        Notifier = new BoardNotifier(Clock, Options.Create(new LiveOptions { DebounceMilliseconds = 100 }), NullLogger<BoardNotifier>.Instance);
        Writes = new WriteRunner(database, Notifier, Clock);
        Quarters = new QuarterCommands(Queries, Store, new FlagLegend(), Writes);
    }

    /// <summary>The one write path over the test database.</summary>
    public WriteRunner Writes { get; }

    public FakeTimeProvider Clock { get; }

    public BoardQueries Queries { get; }

    public SnapshotStore Store { get; }

    public BoardNotifier Notifier { get; }

    public QuarterCommands Quarters { get; }
}
