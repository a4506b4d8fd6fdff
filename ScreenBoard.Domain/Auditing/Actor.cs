namespace ScreenBoard.Domain.Auditing;

/// <summary>
/// Who does something: a person (account name, role, bound unit), a device, another system or the
/// application itself, and from which address. Every write command takes one, checks it, and records it
/// in the audit entry.
/// </summary>
/// <param name="Name">Account, device or token name; for the system, what acted (e.g. <c>job:quarterly-scores</c>).</param>
/// <param name="Role">The capacity.</param>
/// <param name="UnitId">The unit a Reviewer or Reporter is bound to; null otherwise.</param>
/// <param name="ClientAddress">The client's IP address as the app saw it (after trusted proxies); null for the system.</param>
public sealed record Actor(string Name, ActorRole Role, int? UnitId = null, string? ClientAddress = null)
{
    /// <summary>The application acting on its own (jobs, loader, command line).</summary>
    public static Actor System(string name) => new(name, ActorRole.System);

    /// <summary>The office (督查室), or the application acting on the office's behalf.</summary>
    public bool IsOffice => Role is ActorRole.Office or ActorRole.System;
}
