using Microsoft.AspNetCore.Components.Authorization;
using ScreenBoard.Domain.Auditing;

namespace ScreenBoard.App.Features.Accounts;

/// <summary>
/// Who looks at a board page that carries office actions (issue a notice, resolve, escalate): the page shows
/// the actions only when <see cref="Allowed"/>, and runs them as <see cref="Actor"/>; the commands check again.
/// </summary>
public sealed record OfficeViewer(Actor Actor)
{
    public static readonly OfficeViewer Nobody = new(new Actor("anonymous", ActorRole.Anonymous));

    public bool Allowed => Actor.Role == ActorRole.Office;

    /// <summary>The signed-in principal from the circuit's origin (both cascaded by Routes).</summary>
    public static async Task<OfficeViewer> ForAsync(RequestOrigin? origin, Task<AuthenticationState>? authenticationState) =>
        new(await origin.ActorAsync(authenticationState));
}
