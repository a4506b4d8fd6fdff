using System.Text.Json;
using ScreenBoard.App.Features.Boards.Live;
using ScreenBoard.Domain.Auditing;
using ScreenBoard.Domain.Common;
using ScreenBoard.Domain.Persistence;

namespace ScreenBoard.App.Commands;

/// <summary>
/// One write in progress (see <see cref="WriteRunner"/>): the context, who acts, the one "now" of the
/// write, and the audit entries and board changes it will save and publish.
/// </summary>
public sealed class WriteScope
{
    private readonly List<BoardChange> _changes = [];

    internal WriteScope(ScreenBoardDbContext db, Actor actor, DateTimeOffset now)
    {
        Db = db;
        Actor = actor;
        Now = now;
    }

    /// <summary>The write's own context; everything added or changed here is saved together.</summary>
    public ScreenBoardDbContext Db { get; }

    public Actor Actor { get; }

    /// <summary>The instant of the write (one value for every timestamp and audit entry it makes).</summary>
    public DateTimeOffset Now { get; }

    internal IReadOnlyList<BoardChange> Changes => _changes;

    /// <summary>The entity, or a NotFound refusal.</summary>
    public static T Found<T>(T? entity)
        where T : class =>
        entity ?? throw new WriteRefusedException(CommandResult.NotFound);

    /// <summary>
    /// Refuses unless the entity still has the version the person saw; the version also guards the save,
    /// so a change made between this check and the save is a conflict too, never an overwrite.
    /// </summary>
    public void CheckVersion<T>(T entity, long version)
        where T : class, IVersioned
    {
        ArgumentNullException.ThrowIfNull(entity);
        Db.Entry(entity).Property(e => e.Version).OriginalValue = version;
        if (entity.Version != version)
        {
            throw new WriteRefusedException(CommandResult.Conflict);
        }
    }

    /// <summary>Refuses with Forbidden unless <paramref name="allowed"/>: the command's own check of the actor.</summary>
    public static void Require(bool allowed)
    {
        if (!allowed)
        {
            throw new WriteRefusedException(CommandResult.Forbidden);
        }
    }

    /// <summary>Refuses with a message of the command's own (resource key and arguments).</summary>
    public static void Refuse(string messageKey, params object?[] arguments) =>
        throw new WriteRefusedException(CommandResult.Invalid(messageKey, arguments));

    /// <summary>Records who did what to which record, with the record before and after (serialised as JSON).</summary>
    public void Audit(string action, string entityType, string entityKey, object? before, object? after) =>
        Db.AuditEntries.Add(new AuditEntry(Actor, Now, action, entityType, entityKey, Json(before), Json(after)));

    /// <summary>Tells the screens after the save succeeded (never before, never on a refusal).</summary>
    public void Publish(BoardChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        _changes.Add(change);
    }

    private static string? Json(object? value) => value switch
    {
        null => null,
        string text => text,
        _ => JsonSerializer.Serialize(value, AuditJson.Options),
    };
}
