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
        // Beside the people's cookie (the default scheme, AddScreenBoardAccounts); the policies are Policies.Add.
        services.AddAuthentication().AddDeviceAuthentication().AddTokenAuthentication();

        services.AddSingleton<TokenCommands>();
        services.AddSingleton<DeviceDirectory>();
        services.AddSingleton<DeviceCommands>();
        services.AddSingleton<PairingStore>();
        services.AddSingleton<KioskConnections>();
        services.AddSingleton<DevicePresence>();
        services.AddSingleton<KioskGate>();
        services.AddScoped<KioskSession>();
        services.AddScoped<CircuitHandler>(sp => sp.GetRequiredService<KioskSession>());
        return services;
    }
}
