namespace ScreenBoard.App.Features.Accounts;

/// <summary>The accounts' addresses (cookie redirects, links, forms and tests use these).</summary>
public static class AccountRoutes
{
    public const string Login = "/account/login";

    public const string Logout = "/account/logout";

    public const string ChangePassword = "/account/change-password";

    /// <summary>The office's account management page (账号管理).</summary>
    public const string Accounts = "/accounts";
}
