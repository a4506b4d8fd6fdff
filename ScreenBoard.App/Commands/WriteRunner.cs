using Microsoft.EntityFrameworkCore;
using ScreenBoard.App.Features.Boards.Live;
using ScreenBoard.App.Features.Boards.Live.Servers;
using ScreenBoard.Domain.Auditing;
using ScreenBoard.Domain.Common;
using ScreenBoard.Domain.Persistence;

namespace ScreenBoard.App.Commands;

/// <summary>
/// The one write path. Every command runs its body in a <see cref="WriteScope"/>:
/// load → check the version → call the entity's method → add the audit entry; the runner then saves
/// (all or nothing), and only after a successful save publishes the scope's board changes.
/// A refusal at any step (not found, stale version, forbidden, a rule) writes nothing.
/// On PostgreSQL every write is one transaction that also tells the other app servers what changed
/// (<c>NOTIFY</c>, delivered only if the transaction commits; <see cref="BoardChangeListener"/>).
/// </summary>
public sealed class WriteRunner(IDbContextFactory<ScreenBoardDbContext> contextFactory, IBoardNotifier notifier, TimeProvider timeProvider, ServerInstance? server = null)
{
    private readonly Guid _serverId = server?.Id ?? Guid.NewGuid();

    /// <summary>Runs <paramref name="body"/> as one write by <paramref name="actor"/>.</summary>
    /// <param name="actor">Who writes; recorded in every audit entry of the write.</param>
    /// <param name="body">Loads, checks and changes entities through the scope.</param>
    /// <param name="serialized">True to hold the database's write lock from the first read (an IMMEDIATE
    /// SQLite transaction; on PostgreSQL a transaction-scoped advisory lock that every serialized write of every
    /// app server takes), for writes that read-then-replace rows, such as a quarter's snapshot.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public async Task<CommandResult> RunAsync(Actor actor, Func<WriteScope, Task> body, bool serialized = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(body);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var postgres = db.Database.IsNpgsql();
        await using var transaction = serialized || postgres ? await BeginAsync(db, serialized, cancellationToken) : null;
        var scope = new WriteScope(db, actor, timeProvider.GetUtcNow());
        try
        {
            await body(scope);
            await db.SaveChangesAsync(cancellationToken);
            if (postgres && scope.Changes.Count > 0)
            {
                await AnnounceAsync(db, scope.Changes, cancellationToken);
            }

            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }
        }
        catch (WriteRefusedException refused)
        {
            return refused.Result;
        }
        catch (DomainException ex)
        {
            return CommandResult.Refused(ex);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult.Conflict;
        }
        catch (DbUpdateException ex) when (IsUniqueViolation(ex.InnerException))
        {
            // A unique key the entities check too (one resubmission per report, one pending extension per task …),
            // taken by another write in the moment between our check and our save: the other person was first.
            return CommandResult.Conflict;
        }

        foreach (var change in scope.Changes)
        {
            notifier.Publish(change);
        }

        return CommandResult.Done;
    }

    /// <summary>Runs a write body that returns a value (e.g. the id it created); the value is default when refused.</summary>
    public async Task<(CommandResult Result, T? Value)> RunAsync<T>(Actor actor, Func<WriteScope, Task<T>> body, bool serialized = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(body);
        T? value = default;
        var result = await RunAsync(actor, async scope => { value = await body(scope); }, serialized, cancellationToken);
        return (result, result.Succeeded ? value : default);
    }

    /// <summary>The key of the PostgreSQL advisory lock serialized writes hold (any fixed number; this one spells "SBW").</summary>
    internal const long SerializedWriteLock = 0x534257;

    private static async Task<Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction> BeginAsync(ScreenBoardDbContext db, bool serialized, CancellationToken cancellationToken)
    {
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (serialized && db.Database.IsNpgsql())
        {
            // Released by the commit or rollback; waits for the serialized write of another server.
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({SerializedWriteLock})", cancellationToken);
        }

        return transaction;
    }

    /// <summary>
    /// In the write's transaction: bump the board version and NOTIFY the other servers with it (PostgreSQL holds the
    /// notification back until the commit and drops it on a rollback). Each server compares the stored version with the
    /// versions it received, in case a notification was lost (<see cref="BoardChangeListener"/>).
    /// </summary>
    private async Task AnnounceAsync(ScreenBoardDbContext db, IReadOnlyList<BoardChange> changes, CancellationToken cancellationToken)
    {
        var payload = BoardChangeWire.Write(_serverId, changes);
        await db.Database.ExecuteSqlRawAsync(BoardChangeWire.AnnounceSql, [BoardChangeWire.Channel, payload], cancellationToken);
    }

    /// <summary>A unique key taken: SQLite's constraint error (UNIQUE 2067, PRIMARY KEY 1555), PostgreSQL's 23505.</summary>
    internal static bool IsUniqueViolation(Exception? error) => error switch
    {
        Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 19, SqliteExtendedErrorCode: 2067 or 1555 } => true,
        Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation } => true,
        _ => false,
    };
}
