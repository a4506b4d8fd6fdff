using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ScreenBoard.App.Features.Accounts;
using ScreenBoard.Tests.TestSupport;

namespace ScreenBoard.Tests.App.Features.Accounts;

/// <summary>A first start as in production: no demo accounts, the Office password from configuration.</summary>
public sealed class FirstStartFactory : AppFactory
{
    public const string InitialPassword = "Initial-2026!";

    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
    [
        new("Accounts:DemoAccounts", "false"),
        new("Accounts:InitialOfficePassword", InitialPassword),
    ];
}

[Collection(AppCollection.Name)]
public sealed class FirstStartTests(FirstStartFactory factory) : IClassFixture<FirstStartFactory>
{
    [Fact]
    public async Task AnEmptyAccountsTable_GetsOneOfficeAccount_WhoseFirstSignInLeadsToChangePassword()
    {
        using var client = await SignInClient.CreateAsync(factory, null);

        var signIn = await SignInClient.PostLoginAsync(client, AccountsInitializer.OfficeUserName, FirstStartFactory.InitialPassword);
        var accounts = await factory.Services.GetRequiredService<AccountCommands>().ListAsync();

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.EndsWith(AccountRoutes.ChangePassword, signIn.Headers.Location?.OriginalString, StringComparison.Ordinal);
        var office = Assert.Single(accounts);
        Assert.Equal((AccountsInitializer.OfficeUserName, ScreenBoard.Domain.Auditing.ActorRole.Office, true), (office.UserName, office.Role, office.MustChangePassword));
    }
}
