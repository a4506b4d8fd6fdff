using ScreenBoard.App.Commands;
using ScreenBoard.Domain.Auditing;

namespace ScreenBoard.App.Features.Accounts;

/// <summary>Why a sign-in failed, as the audit entry records it.</summary>
public enum SignInFailure
{
    WrongPassword = 0,
    LockedOut = 1,
    Disabled = 2,
}

/// <summary>Sign-in, sign-out, failed sign-ins and password changes in the domain's audit log, with the client's address.</summary>
public sealed class SignInAudit(WriteRunner writes)
{
    private const string Entity = "Account";

    public Task SignedInAsync(Actor actor) => RecordAsync(actor, "SignIn", actor.Name, null);

    public Task SignedOutAsync(Actor actor) => RecordAsync(actor, "SignOut", actor.Name, null);

    public Task PasswordChangedAsync(Actor actor) => RecordAsync(actor, "ChangePassword", actor.Name, null);

    /// <summary>A failed attempt: the actor is anonymous; the entry names the user name tried.</summary>
    public Task FailedAsync(string? attemptedName, string? clientAddress, SignInFailure failure)
    {
        var name = string.IsNullOrWhiteSpace(attemptedName) ? "-" : attemptedName.Trim()[..Math.Min(attemptedName.Trim().Length, 100)];
        return RecordAsync(new Actor("anonymous", ActorRole.Anonymous, null, clientAddress), "SignInFailed", name, new { failure = failure.ToString() });
    }

    private Task RecordAsync(Actor actor, string action, string key, object? detail) =>
        writes.RunAsync(actor, scope =>
        {
            scope.Audit(action, Entity, key, null, detail);
            return Task.CompletedTask;
        });
}
