using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ScreenBoard.App.Features.Accounts;
using ScreenBoard.Domain.Auditing;

namespace ScreenBoard.Tests.App.Features.Accounts;

/// <summary>The policies read the one claims shape: who may use the office's pages, read the API, import.</summary>
public sealed class PoliciesTests
{
    private readonly IAuthorizationService _authorization;

    public PoliciesTests()
    {
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddAuthorization(Policies.Add);
        _authorization = services.BuildServiceProvider().GetRequiredService<IAuthorizationService>();
    }

    [Theory]
    //          who                   Office  ApiRead ApiImport
    [InlineData("anonymous",          false,  false,  false)]
    [InlineData("Office",             true,   true,   false)]
    [InlineData("Reviewer",           false,  true,   false)]
    [InlineData("Reporter",           false,  true,   false)]
    [InlineData("Leader",             false,  true,   false)]
    [InlineData("Device",             false,  false,  false)]
    [InlineData("ApiClient:read",     false,  true,   false)]
    [InlineData("ApiClient:import",   false,  true,   true)]
    [InlineData("ApiClient:none",     false,  false,  false)]
    public async Task EachPrincipal_GetsExactlyItsPolicies(string who, bool office, bool apiRead, bool apiImport)
    {
        var user = Principal(who);

        var granted = (
            (await _authorization.AuthorizeAsync(user, Policies.Office)).Succeeded,
            (await _authorization.AuthorizeAsync(user, Policies.ApiRead)).Succeeded,
            (await _authorization.AuthorizeAsync(user, Policies.ApiImport)).Succeeded);

        Assert.Equal((office, apiRead, apiImport), granted);
    }

    private static ClaimsPrincipal Principal(string who)
    {
        if (who == "anonymous")
        {
            return new ClaimsPrincipal(new ClaimsIdentity());
        }

        var parts = who.Split(':');
        var claims = ScreenBoardClaims.For("someone", Enum.Parse<ActorRole>(parts[0]));
        if (parts.Length > 1)
        {
            claims.Add(new Claim(ScreenBoardClaims.Scope, parts[1]));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, "test"));
    }
}
