using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using ScreenBoard.App.Features.Accounts.Devices;

namespace ScreenBoard.App.Features.Accounts;

/// <summary>Accounts: Identity in the app's database, the cookie, the policies, revalidation, forwarded headers.</summary>
public static class AccountsServiceCollectionExtensions
{
    public static IServiceCollection AddScreenBoardAccounts(this IServiceCollection services, ScreenBoard.Domain.Persistence.DatabaseSettings database)
    {
        services.AddOptions<AccountsOptions>().BindConfiguration(AccountsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        AccountsDbContext.Register(services, database);

        services.AddAuthentication(options => options.DefaultScheme = IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.AddIdentityCore<ScreenBoardUser>(options =>
            {
                options.Password.RequiredLength = 8;
                options.Lockout.AllowedForNewUsers = true;
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<AccountsDbContext>()
            .AddSignInManager<ScreenBoardSignInManager>()
            .AddClaimsPrincipalFactory<ScreenBoardClaimsFactory>();
        services.AddOptions<IdentityOptions>().Configure<IOptions<AccountsOptions>>((identity, accounts) =>
        {
            identity.Lockout.MaxFailedAccessAttempts = accounts.Value.LockoutAttempts;
            identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(accounts.Value.LockoutMinutes);
        });
        services.AddOptions<SecurityStampValidatorOptions>().Configure<IOptions<AccountsOptions>>((validator, accounts) =>
            validator.ValidationInterval = TimeSpan.FromSeconds(accounts.Value.RevalidationSeconds));
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = "ScreenBoard.Auth";
            cookie.LoginPath = AccountRoutes.Login;
            cookie.LogoutPath = AccountRoutes.Logout;

            // A signed-in person without the role gets 403 and the page says 无权访问 (no redirect to a page of its own).
            cookie.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        services.AddAuthorization(Policies.Add);
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, AccountRevalidation>();
        services.AddHttpContextAccessor();

        services.AddSingleton<AccountCommands>();
        services.AddSingleton<AccountQueries>();
        services.AddSingleton<SignInAudit>();
        services.AddSingleton<AccountsInitializer>();
        services.AddOptions<Microsoft.AspNetCore.Builder.ForwardedHeadersOptions>().PostConfigure<IConfiguration>(ReverseProxy.Configure);
        return services;
    }

    /// <summary>Who is signed in (a person, a screen on its kiosk routes), a person who must change the password sees nothing else first, then authorisation (before anti-forgery).</summary>
    public static WebApplication UseScreenBoardAccounts(this WebApplication app)
    {
        app.UseAuthentication();

        // A paired screen is itself on its kiosk routes only (Devices/DeviceAuthentication).
        app.UseDeviceIdentity();
        app.Use(async (context, next) =>
        {
            if (ScreenBoardClaims.MustChangePassword(context.User)
                && context.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>() is { } page
                && page.Type.Namespace != typeof(SignIn.LoginPage).Namespace)
            {
                context.Response.Redirect(AccountRoutes.ChangePassword);
                return;
            }

            await next();
        });
        app.UseAuthorization();
        return app;
    }

    /// <summary>Sign-out: a form POST with the anti-forgery token, audited.</summary>
    public static WebApplication MapAccountEndpoints(this WebApplication app)
    {
        app.MapPost(AccountRoutes.Logout, async (HttpContext context, [FromForm] string? returnUrl, SignInManager<ScreenBoardUser> signIn, SignInAudit audit) =>
        {
            var actor = ScreenBoardClaims.ActorOf(context.User, RequestOrigin.For(context).ClientAddress);
            await signIn.SignOutAsync();
            if (actor.Role != Domain.Auditing.ActorRole.Anonymous)
            {
                await audit.SignedOutAsync(actor);
            }

            return TypedResults.LocalRedirect("~" + AccountRoutes.Login);
        });
        return app;
    }
}
