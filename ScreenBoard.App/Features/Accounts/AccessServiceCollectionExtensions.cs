using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Components.Server.Circuits;
using ScreenBoard.App.Features.Accounts.Devices;
using ScreenBoard.App.Features.Accounts.Tokens;

namespace ScreenBoard.App.Features.Accounts;

/// <summary>
/// Screens and API tokens: their authentication schemes (beside the people's sign-in, never the default),
/// the policies, the commands and the kiosk's device watch.
/// </summary>
public static class AccessServiceCollectionExtensions
{
    public static IServiceCollection AddScreenBoardDevicesAndTokens(this IServiceCollection services)
    {
        services.AddAuthentication().AddDeviceAuthentication().AddTokenAuthentication();

        // Until the people's sign-in is registered (and becomes the default), a refused office page
        // answers 401/403 with a problem document instead of failing for want of a challenge scheme.
        services.PostConfigure<AuthenticationOptions>(options =>
        {
            if (options.DefaultScheme is null && options.DefaultChallengeScheme is null)
            {
                options.DefaultChallengeScheme = TokenAuthentication.TokenScheme;
                options.DefaultForbidScheme ??= TokenAuthentication.TokenScheme;
            }
        });
        services.AddAuthorizationBuilder().AddScreenBoardPolicies();
        services.AddCascadingAuthenticationState();

        services.AddSingleton<TokenCommands>();
        services.AddSingleton<DeviceDirectory>();
        services.AddSingleton<DeviceCommands>();
        services.AddSingleton<PairingRequests>();
        services.AddSingleton<KioskConnections>();
        services.AddSingleton<KioskGate>();
        services.AddScoped<KioskSession>();
        services.AddScoped<CircuitHandler>(sp => sp.GetRequiredService<KioskSession>());
        return services;
    }

    /// <summary>Authentication, a screen being itself on its kiosk routes, authorisation (before anti-forgery).</summary>
    public static WebApplication UseScreenBoardAccess(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseDeviceIdentity();
        app.UseAuthorization();
        return app;
    }
}
