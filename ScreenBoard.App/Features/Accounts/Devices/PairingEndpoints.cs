namespace ScreenBoard.App.Features.Accounts.Devices;

/// <summary>The one request that sets a screen's credential cookie (a circuit cannot set cookies).</summary>
public static class PairingEndpoints
{
    public static IEndpointRouteBuilder MapPairingEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(KioskRoutes.Claim, async (HttpContext context, PairingStore pairings, TimeProvider time, string? code, string? key) =>
        {
            if (await pairings.ClaimAsync(code, key, context.RequestAborted) is not { } approved)
            {
                return Results.Redirect(KioskRoutes.Pair);
            }

            DeviceAuthentication.WriteCookie(context.Response, approved.Secret, time.GetUtcNow());
            return Results.Redirect(KioskRoutes.Profile(approved.Profile));
        }).AllowAnonymous().ExcludeFromDescription();
        return endpoints;
    }
}
