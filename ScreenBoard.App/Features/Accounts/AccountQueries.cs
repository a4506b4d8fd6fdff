using Microsoft.EntityFrameworkCore;
using ScreenBoard.Domain.Persistence;

namespace ScreenBoard.App.Features.Accounts;

/// <summary>What the accounts page reads from the list, so the page never reaches into persistence.</summary>
public sealed class AccountQueries(IDbContextFactory<ScreenBoardDbContext> contextFactory)
{
    /// <summary>The units an account can be bound to, by code.</summary>
    public async Task<IReadOnlyList<UnitChoice>> UnitsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Units.AsNoTracking().OrderBy(u => u.Code).Select(u => new UnitChoice(u.Id, u.Code, u.Name)).ToListAsync(cancellationToken);
    }
}
