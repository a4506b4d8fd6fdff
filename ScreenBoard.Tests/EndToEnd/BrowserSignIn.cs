using Microsoft.Playwright;
using ScreenBoard.App.Features.Accounts;

namespace ScreenBoard.Tests.EndToEnd;

/// <summary>Signing in through /account/login as a person would: types the name and password, presses 登录.</summary>
public static class BrowserSignIn
{
    public static async Task AsAsync(IPage page, Uri baseAddress, string userName, string password = AccountsOptions.DemoPassword)
    {
        await page.GotoAsync(new Uri(baseAddress, AccountRoutes.Login).ToString());
        await page.FillAsync("#user-name", userName);
        await page.FillAsync("#password", password);
        await page.ClickAsync("[data-action=sign-in]");
        await page.WaitForURLAsync(url => !url.Contains(AccountRoutes.Login, StringComparison.Ordinal));
    }
}
