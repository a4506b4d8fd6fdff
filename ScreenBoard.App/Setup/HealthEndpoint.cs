namespace ScreenBoard.App.Setup;

/// <summary>
/// <c>GET /healthz</c>: 200 "ok" once the app serves pages. Screens probe it before reloading, so a
/// kiosk never reloads into the browser's error page while the server is down (docs/decisions/008).
/// Anonymous and data-free on purpose: it must answer whatever accounts later require of pages.
/// </summary>
public static class HealthEndpoint
{
    /// <summary>The probe's path; screen.js reads it from the page (App.razor), relative to the base.</summary>
    public const string Path = "/healthz";

    /// <summary>Maps the probe. Every request waits until the database is migrated (<see cref="StartupGate"/>), so answering means ready.</summary>
    public static WebApplication MapHealthEndpoint(this WebApplication app)
    {
        app.MapMethods(Path, [HttpMethods.Get, HttpMethods.Head], (HttpContext context) =>
            {
                context.Response.Headers.CacheControl = "no-store";
                return Results.Text("ok");
            })
            .AllowAnonymous()
            .ExcludeFromDescription();
        return app;
    }
}
