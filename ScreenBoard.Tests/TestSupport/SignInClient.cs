using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using ScreenBoard.App.Features.Accounts;

namespace ScreenBoard.Tests.TestSupport;

/// <summary>
/// Signs in the way a browser does: reads /account/login, posts the form back with its hidden fields (the
/// anti-forgery token, the form's name) and keeps the cookies. Redirects are not followed, so a test sees them.
/// </summary>
public static partial class SignInClient
{
    /// <summary>The demo accounts' password (Development with the demo list).</summary>
    public const string DemoPassword = AccountsOptions.DemoPassword;

    /// <summary>A cookie-keeping client of the in-process app, signed in as <paramref name="userName"/> unless null.</summary>
    public static async Task<HttpClient> CreateAsync(AppFactory factory, string? userName, string password = DemoPassword)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        if (userName is not null)
        {
            var response = await PostLoginAsync(client, userName, password);
            if (response.StatusCode != HttpStatusCode.Redirect)
            {
                // The Development error page names the exception: keep its start in the failure.
                var body = await response.Content.ReadAsStringAsync();
                Assert.Fail($"signing in as {userName} answered {(int)response.StatusCode}: {body[..Math.Min(body.Length, 1500)]}");
            }
        }

        return client;
    }

    /// <summary>
    /// Posts the sign-in form; a success is a redirect (with the cookie), a refusal the form again with its message.
    /// A 500 is written to the test log with the start of the server's error page and the form is posted once more:
    /// under the full suite's load a sign-in has answered 500 a few times in hundreds (never alone). A likely cause,
    /// not shown to be this one, was fixed by docs/decisions/028 (an insert failing at once while another connection
    /// read). A second 500 is returned to the test as it is.
    /// </summary>
    public static async Task<HttpResponseMessage> PostLoginAsync(HttpClient client, string userName, string password)
    {
        var response = await PostFormAsync(client, userName, password);
        if (response.StatusCode == HttpStatusCode.InternalServerError)
        {
            var body = await response.Content.ReadAsStringAsync();
            Console.WriteLine($"[SignInClient] signing in as {userName} answered 500, posting again; the error page began: {body[..Math.Min(body.Length, 3000)]}");
            response = await PostFormAsync(client, userName, password);
        }

        return response;
    }

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string userName, string password)
    {
        var form = await client.GetStringAsync(AccountRoutes.Login);
        var fields = HiddenFields(form);
        fields["Input.UserName"] = userName;
        fields["Input.Password"] = password;
        return await client.PostAsync(AccountRoutes.Login, new FormUrlEncodedContent(fields));
    }

    /// <summary>Every hidden input of a page (name → value).</summary>
    public static Dictionary<string, string> HiddenFields(string html) =>
        HiddenInput().Matches(html)
            .Select(m => (Name: NameAttribute().Match(m.Value).Groups[1].Value, Value: ValueAttribute().Match(m.Value).Groups[1].Value))
            .Where(f => f.Name.Length > 0)
            .ToDictionary(f => f.Name, f => WebUtility.HtmlDecode(f.Value));

    [GeneratedRegex("<input[^>]*type=\"hidden\"[^>]*>")]
    private static partial Regex HiddenInput();

    [GeneratedRegex("name=\"([^\"]*)\"")]
    private static partial Regex NameAttribute();

    [GeneratedRegex("value=\"([^\"]*)\"")]
    private static partial Regex ValueAttribute();
}
