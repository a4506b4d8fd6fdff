using ScreenBoard.App.Commands;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ScreenBoard.App.Features.Boards.Live;
using ScreenBoard.Domain.Auditing;
using ScreenBoard.Domain.Common;
using ScreenBoard.Domain.Persistence;
using ScreenBoard.Domain.Reports;

namespace ScreenBoard.App.Features.Reports;

/// <summary>
/// Moves progress reports through review: one context per operation, the entity guards the transition,
/// the audit entry goes in the same save, and the screens are told after the save succeeded.
/// </summary>
public sealed class ReportCommands(IDbContextFactory<ScreenBoardDbContext> contextFactory, IBoardNotifier notifier, TimeProvider timeProvider)
{
    /// <summary>The competent department has checked the report.</summary>
    public Task<CommandResult> ReviewAsync(int reportId, long version, string actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(reportId, version, actor, "ReviewReport", (r, at) => r.Review(actor, at), cancellationToken);

    /// <summary>The office accepts the report: from now on it counts in the scores.</summary>
    public Task<CommandResult> AcceptAsync(int reportId, long version, string actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(reportId, version, actor, "AcceptReport", (r, at) => r.Accept(actor, at), cancellationToken);

    /// <summary>Sends the report back to the unit with a reason.</summary>
    public Task<CommandResult> ReturnAsync(int reportId, long version, string actor, string reason, CancellationToken cancellationToken = default) =>
        ChangeAsync(reportId, version, actor, "ReturnReport", (r, at) => r.Return(actor, at, reason), cancellationToken);

    private async Task<CommandResult> ChangeAsync(int reportId, long version, string actor, string action, Action<ProgressReport, DateTimeOffset> change, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var report = await db.Reports.Include(r => r.Task).SingleOrDefaultAsync(r => r.Id == reportId, cancellationToken);
        if (report is null)
        {
            return new CommandResult(CommandError.NotFound);
        }

        // The version the person saw: a report changed since then is a conflict, not an overwrite.
        db.Entry(report).Property(r => r.Version).OriginalValue = version;
        if (report.Version != version)
        {
            return new CommandResult(CommandError.Conflict);
        }

        var before = Describe(report);
        var at = timeProvider.GetUtcNow();
        try
        {
            change(report, at);
        }
        catch (DomainException ex)
        {
            return new CommandResult(CommandError.Rule, ex.Message);
        }

        db.AuditEntries.Add(new AuditEntry(actor, at, action, nameof(ProgressReport), reportId.ToString(System.Globalization.CultureInfo.InvariantCulture), before, Describe(report)));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new CommandResult(CommandError.Conflict);
        }

        notifier.Publish(new BoardChange(BoardChangeKind.Report, report.UnitId, report.TaskId));
        return CommandResult.Done;
    }

    private static string Describe(ProgressReport report) =>
        JsonSerializer.Serialize(new { state = report.State.ToString(), report.Percent, report.ReportDate, report.ReturnReason });
}
