using ScreenBoard.Domain.Common;

namespace ScreenBoard.Domain.Auditing;

/// <summary>Who did what to which record, and when, with the record before and after (JSON).</summary>
public sealed class AuditEntry : Entity
{
    private AuditEntry()
    {
        Actor = string.Empty;
        Action = string.Empty;
        EntityType = string.Empty;
        EntityKey = string.Empty;
    }

    public AuditEntry(string actor, DateTimeOffset at, string action, string entityType, string entityKey, string? before, string? after)
    {
        Actor = Guard.Required(actor, "Audit actor", 100);
        Action = Guard.Required(action, "Audit action", 100);
        EntityType = Guard.Required(entityType, "Audit entity type", 100);
        EntityKey = Guard.Required(entityKey, "Audit entity key", 100);
        At = at;
        Before = before;
        After = after;
    }

    public string Actor { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string Action { get; private set; }

    public string EntityType { get; private set; }

    public string EntityKey { get; private set; }

    public string? Before { get; private set; }

    public string? After { get; private set; }
}
