using Bunit;
using Bunit.TestDoubles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ScreenBoard.App.Features.Accounts;
using ScreenBoard.App.Features.Accounts.Tokens;
using ScreenBoard.Domain.Auditing;
using ScreenBoard.Tests.TestSupport;

namespace ScreenBoard.Tests.App.Features.Accounts.Tokens;

/// <summary>/tokens: the office issues a token, sees it once, and revokes it.</summary>
public sealed class TokensPageTests : BoardTestContext
{
    private readonly TestDatabase _database = new();

    public TokensPageTests()
    {
        var services = new TestServices(_database, Clock);
        Services.AddSingleton(new TokenCommands(services.Writes, _database, Clock));
        var auth = AddAuthorization();
        auth.SetAuthorized("office1");
        auth.SetClaims([.. ScreenBoardClaims.For("office1", ActorRole.Office)]);
        auth.SetPolicies(Policies.Office);
        Renderer.SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        _database.Dispose();
    }

    [Fact]
    public async Task Issuing_ShowsTheTokenOnce_ListsItByItsFirstCharacters_AndRevokeMarksIt()
    {
        var cut = Render<TokensPage>();
        cut.Find("input[data-testid=token-name], [data-testid=token-name] input").Change("erp");

        cut.Find("[data-action=issue]").Click();

        var secret = cut.WaitForElement(".tokens__secret").TextContent;
        Assert.StartsWith("sb_", secret);
        var row = cut.Find("tr[data-token=erp]");
        Assert.Contains(secret[..7] + "…", row.TextContent);
        Assert.DoesNotContain(secret, row.TextContent);
        await using (var db = _database.CreateDbContext())
        {
            Assert.Equal(Credentials.Hash(secret), (await db.ApiTokens.SingleAsync()).SecretHash);
        }

        cut.Find("tr[data-token=erp] [data-action=revoke]").Click();

        cut.WaitForAssertion(() => Assert.Equal("false", cut.Find("tr[data-token=erp]").GetAttribute("data-valid")));
        Assert.Empty(cut.FindAll(".tokens__secret"));
        await using var after = _database.CreateDbContext();
        Assert.Equal(["token.issued", "token.revoked"], await after.AuditEntries.OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
    }
}
