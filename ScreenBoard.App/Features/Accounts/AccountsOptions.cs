using System.ComponentModel.DataAnnotations;

namespace ScreenBoard.App.Features.Accounts;

/// <summary>Sign-in, lockout and first-start settings (<c>Accounts:*</c>).</summary>
public sealed class AccountsOptions
{
    public const string Section = "Accounts";

    /// <summary>Failed sign-ins in a row that lock the account.</summary>
    [Range(1, 100)]
    public int LockoutAttempts { get; set; } = 5;

    /// <summary>How long a locked account stays locked.</summary>
    [Range(1, 24 * 60)]
    public int LockoutMinutes { get; set; } = 15;

    /// <summary>How often a session (cookie and open circuit) is checked against its account: disabled, role changed.</summary>
    [Range(1, 60)]
    public int RevalidationSeconds { get; set; } = 60;

    /// <summary>The first Office account's password on an empty accounts table; generated and logged once when empty.</summary>
    public string? InitialOfficePassword { get; set; }

    /// <summary>Demo accounts per role (password <see cref="DemoPassword"/>); default: in Development only.</summary>
    public bool? DemoAccounts { get; set; }

    /// <summary>The demo accounts' password.</summary>
    public const string DemoPassword = "Demo-2026!";
}
