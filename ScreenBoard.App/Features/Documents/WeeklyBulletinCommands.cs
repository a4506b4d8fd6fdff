using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ScreenBoard.App.Commands;
using ScreenBoard.App.Setup;
using ScreenBoard.Domain.Auditing;
using ScreenBoard.Domain.Bulletins;

namespace ScreenBoard.App.Features.Documents;

/// <summary>
/// Keeps a week's 周通报, once: the job and the office's button run the same command; the second run for a
/// week (or two at once: the check is inside the IMMEDIATE write, the week's Monday is a unique key) finds it
/// kept and writes nothing.
/// </summary>
public sealed class WeeklyBulletinCommands(WriteRunner writes, WeeklyBulletinQueries queries, OfficeClock clock)
{
    /// <returns>The result and whether a bulletin was written (false: the week had one already).</returns>
    public async Task<(CommandResult Result, bool Created)> GenerateAsync(DateOnly weekStart, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsOffice)
        {
            return (CommandResult.Forbidden, false);
        }

        if (weekStart.DayOfWeek != DayOfWeek.Monday || weekStart.AddDays(7) > clock.Today)
        {
            return (CommandResult.Refused(new Domain.Common.DomainException("Bulletin.WeekNotOver", weekStart, weekStart.AddDays(6))), false);
        }

        if (await queries.ExistsAsync(weekStart, cancellationToken))
        {
            return (CommandResult.Done, false);
        }

        var content = await queries.ComposeAsync(weekStart, cancellationToken);
        var (result, created) = await writes.RunAsync(actor, async scope =>
        {
            if (await scope.Db.WeeklyBulletins.AnyAsync(b => b.WeekStart == weekStart, cancellationToken))
            {
                return false;
            }

            scope.Db.WeeklyBulletins.Add(new WeeklyBulletin(weekStart, JsonSerializer.Serialize(content, WeeklyBulletinQueries.Json), actor.Name, scope.Now));
            scope.Audit("GenerateBulletin", nameof(WeeklyBulletin), weekStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), null, new { units = content.Units.Count });
            return true;
        }, serialized: true, cancellationToken);

        // The week's Monday taken by another server's run between the check and the save: kept already.
        return result.Error == CommandError.Conflict ? (CommandResult.Done, false) : (result, created);
    }
}
