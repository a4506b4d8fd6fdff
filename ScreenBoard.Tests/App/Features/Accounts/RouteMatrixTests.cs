using System.Net;
using ScreenBoard.App.Features.Accounts;
using ScreenBoard.Tests.TestSupport;

namespace ScreenBoard.Tests.App.Features.Accounts;

/// <summary>
/// Who may open which page, as one table: rows are principals, columns are routes. Each cell is what the
/// server answers a real request with real cookies (signed in through /account/login):
/// A = 200 (allowed), L = 302 to /account/login (not signed in), D = 403 无权访问 (signed in, wrong role).
/// </summary>
[Collection(AppCollection.Name)]
public sealed class RouteMatrixTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static readonly string[] Routes =
        ["/", "/units", "/units/QSZ", "/tasks", "/tasks/DS-001", "/escalation", "/trend", "/reports", "/quarters", "/briefing/2026Q3", "/accounts", "/hangfire"];

    /// <summary>The policy at a glance (column order as <see cref="Routes"/>). A new principal is a new row.</summary>
    public static readonly TheoryData<string, string> Matrix = new()
    {
        //              /  units unit tasks task esc trend reports quarters briefing accounts hangfire
        { "anonymous", "L  L     L    L     L    L   L     L       L        L        L        L" },
        { "office",    "A  A     A    A     A    A   A     A       A        A        A        A" },
        { "reviewer",  "A  A     A    A     A    A   A     A       D        D        D        D" },
        { "reporter",  "A  A     A    A     A    A   A     D       D        D        D        D" },
        { "leader",    "A  A     A    A     A    A   A     D       D        A        D        D" },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task EveryRoute_AnswersAsTheMatrixSays(string principal, string cells)
    {
        var expected = cells.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Routes.Length, expected.Length);
        using var client = await SignInClient.CreateAsync(factory, principal == "anonymous" ? null : principal);

        var leaks = new List<string>();
        for (var i = 0; i < Routes.Length; i++)
        {
            var actual = await CellAsync(client, Routes[i]);
            if (actual != expected[i])
            {
                leaks.Add($"{principal} × {Routes[i]}: expected {expected[i]}, got {actual}");
            }
        }

        Assert.Empty(leaks);
    }

    [Fact]
    public async Task ARefusedPage_SaysNoAccess_AndShowsNoActions()
    {
        using var client = await SignInClient.CreateAsync(factory, "reporter");

        var response = await client.GetAsync("/quarters");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("无权访问", html);
        Assert.DoesNotContain("data-action=\"compute", html);
    }

    private static async Task<string> CellAsync(HttpClient client, string route)
    {
        using var response = await client.GetAsync(route);
        return response.StatusCode switch
        {
            HttpStatusCode.OK => "A",
            HttpStatusCode.Redirect when response.Headers.Location?.OriginalString.Contains(AccountRoutes.Login, StringComparison.Ordinal) == true => "L",
            HttpStatusCode.Forbidden => "D",
            var other => $"{(int)other} {response.Headers.Location}",
        };
    }
}
