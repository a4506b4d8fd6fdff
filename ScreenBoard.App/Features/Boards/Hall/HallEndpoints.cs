using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using ScreenBoard.App.Features.Accounts.Devices;
using ScreenBoard.App.Features.Boards.Kiosk;

namespace ScreenBoard.App.Features.Boards.Hall;

/// <summary>
/// <c>GET /kiosk/{profile}</c> for a broadcast profile: a static page (no circuit) holding the current
/// frame; <c>GET /kiosk/{profile}/stream</c>: server-sent events, one per change, the same bytes to every
/// screen. Who may watch: the <see cref="KioskGate"/>, as for the live kiosk (docs/decisions/019).
/// </summary>
public static class HallEndpoints
{
    /// <summary>A comment line every so often keeps proxies and the screen's connection from idling out.</summary>
    public static readonly TimeSpan KeepAliveEvery = TimeSpan.FromSeconds(15);

    private static readonly byte[] KeepAlive = ": keepalive\n\n"u8.ToArray();

    public static IServiceCollection AddHallBroadcast(this IServiceCollection services)
    {
        services.AddSingleton<HallRenderer>();
        services.AddSingleton<HallBroadcaster>();
        services.Configure<RouteOptions>(options => options.SetParameterPolicy<HallProfileConstraint>(HallProfileConstraint.Name));
        return services;
    }

    public static IEndpointRouteBuilder MapHallBroadcast(this IEndpointRouteBuilder endpoints)
    {
        var lifetime = endpoints.ServiceProvider.GetRequiredService<IHostApplicationLifetime>();
        var broadcaster = endpoints.ServiceProvider.GetRequiredService<HallBroadcaster>();
        lifetime.ApplicationStopping.Register(broadcaster.CloseAll);

        // Before the live kiosk page (order -1), and only for broadcast profiles (the constraint).
        endpoints.MapGet($"{KioskRoutes.Kiosk}/{{profile:{HallProfileConstraint.Name}}}", PageAsync)
            .AllowAnonymous().ExcludeFromDescription().WithOrder(-1);
        endpoints.MapGet($"{KioskRoutes.Kiosk}/{{profile:{HallProfileConstraint.Name}}}/stream", StreamAsync)
            .AllowAnonymous().ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<IResult> PageAsync(HttpContext context, string profile, KioskGate gate, HallBroadcaster broadcaster)
    {
        var verdict = gate.Decide(context.User, profile);
        if (!verdict.Allowed)
        {
            return TypedResults.Redirect(verdict.RedirectTo!);
        }

        context.Response.Headers.CacheControl = "no-store";
        var frame = await broadcaster.CurrentAsync(profile);
        return new RazorComponentResult<HallPage>(new { ProfileName = profile, Frame = frame });
    }

    private static async Task StreamAsync(
        HttpContext context,
        string profile,
        KioskGate gate,
        HallBroadcaster broadcaster,
        DeviceDirectory devices,
        KioskConnections connections,
        TimeProvider time,
        IOptions<KioskOptions> options)
    {
        var verdict = gate.Decide(context.User, profile);
        if (!verdict.Allowed)
        {
            // The screen's EventSource gives up on this; hall.js reloads the page, which sends it to pair.
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        var response = context.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-store";
        response.Headers["X-Accel-Buffering"] = "no";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();

        var aborted = context.RequestAborted;
        using var listener = broadcaster.Listen(profile);
        if (verdict.DeviceId is { } id)
        {
            connections.Up(id);
        }

        try
        {
            var current = await broadcaster.CurrentAsync(profile);
            listener.TakeIfNewer(current);
            await response.Body.WriteAsync(current.FullEvent, aborted);
            await response.Body.FlushAsync(aborted);
            await PumpAsync(listener, response, verdict, devices, time, options.Value, aborted);
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            // The screen went away.
        }
        finally
        {
            if (verdict.DeviceId is { } gone)
            {
                connections.Down(gone);
            }
        }
    }

    /// <summary>Writes each new frame, a keep-alive every <see cref="KeepAliveEvery"/>, and ends once the screen's credential no longer holds.</summary>
    private static async Task PumpAsync(HallListener listener, HttpResponse response, KioskVerdict verdict, DeviceDirectory devices, TimeProvider time, KioskOptions options, CancellationToken aborted)
    {
        var recheckEvery = options.DeviceRecheck;
        var nextKeepAlive = time.GetUtcNow() + KeepAliveEvery;
        var nextCheck = time.GetUtcNow() + recheckEvery;
        Task<bool>? arrived = null;
        while (true)
        {
            arrived ??= listener.Frames.WaitToReadAsync(aborted).AsTask();
            var due = verdict.DeviceId is null || nextKeepAlive < nextCheck ? nextKeepAlive : nextCheck;
            var wait = due - time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.WhenAny(arrived, Task.Delay(wait, time, aborted));
            }

            aborted.ThrowIfCancellationRequested();
            if (arrived.IsCompleted)
            {
                if (!await arrived)
                {
                    return; // closed: the server is stopping
                }

                arrived = null;
                while (listener.Frames.TryRead(out var frame))
                {
                    var had = listener.LastSent;
                    if (listener.TakeIfNewer(frame))
                    {
                        await response.Body.WriteAsync(frame.EventAfter(had), aborted);
                    }
                }

                await response.Body.FlushAsync(aborted);
            }

            var now = time.GetUtcNow();
            if (now >= nextKeepAlive)
            {
                nextKeepAlive = now + KeepAliveEvery;
                await response.Body.WriteAsync(KeepAlive, aborted);
                await response.Body.FlushAsync(aborted);
            }

            if (verdict is { DeviceId: { } id, Credential: { } credential } && now >= nextCheck)
            {
                nextCheck = now + recheckEvery;
                if (!await StillPairedAsync(devices, id, credential, aborted))
                {
                    return; // revoked: the screen's reconnection is refused and it goes to pair
                }
            }
        }
    }

    private static async Task<bool> StillPairedAsync(DeviceDirectory devices, int id, string credential, CancellationToken aborted)
    {
        try
        {
            if (!await devices.StillPairedAsync(id, credential, aborted))
            {
                return false;
            }

            await devices.SeenAsync(id, aborted);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The database is away for a moment: the screen keeps its stream and the next check tries again.
        }

        return true;
    }
}
