using ScreenBoard.Domain.Common;

namespace ScreenBoard.Domain.Auditing;

/// <summary>Who did what to which record, and when, from where, with the record before and after (JSON).</summary>
public sealed class AuditEntry : Entity
{
    private AuditEntry()
    {
        Actor = string.Empty;
        Action = string.Empty;
        EntityType = string.Empty;
        EntityKey = string.Empty;
    }

    public AuditEntry(Actor actor, DateTimeOffset at, string action, string entityType, string entityKey, string? before, string? after)
    {
        ArgumentNullException.ThrowIfNull(actor);
        Actor = Guard.Required(actor.Name, "Audit.Actor", 100);
        ActorRole = actor.Role;
        ActorUnitId = actor.UnitId;
        ClientAddress = Guard.Optional(actor.ClientAddress, "Audit.ClientAddress", 64);
        Action = Guard.Required(action, "Audit.Action", 100);
        EntityType = Guard.Required(entityType, "Audit.EntityType", 100);
        EntityKey = Guard.Required(entityKey, "Audit.EntityKey", 100);
        At = at;
        Before = before;
        After = after;
    }

    /// <summary>The account, device, token or system part that acted.</summary>
    public string Actor { get; private set; }

    public ActorRole ActorRole { get; private set; }

    /// <summary>The unit the actor is bound to (Reviewer, Reporter), if any.</summary>
    public int? ActorUnitId { get; private set; }

    /// <summary>The client's address; null for the system.</summary>
    public string? ClientAddress { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string Action { get; private set; }

    public string EntityType { get; private set; }

    public string EntityKey { get; private set; }

    public string? Before { get; private set; }

    public string? After { get; private set; }
}
