using ScreenBoard.App.Features.Boards.Live;

namespace ScreenBoard.App.Setup;

/// <summary>
/// The database's start-up work (migrations check, list seed, keys, accounts) runs beside the web host's own start
/// instead of before it, so the two cores share what used to be one after the other (docs/decisions/027).
/// Nothing is answered before it is done: <c>UseStartupGate</c> holds every request until then, and every hosted
/// service that reads the database waits for it (<see cref="WaitAsync"/>: the job server, the catch-ups, the
/// PostgreSQL change listener), so "an answer means the data is ready" (008) still holds. A failure (a bad list
/// file) ends the start as before: Program.cs reports it and exits with 1.
/// </summary>
public sealed class StartupGate(ILogger<StartupGate> logger)
{
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task _firstBoard = Task.CompletedTask;

    /// <summary>Done when the database is ready; faulted with the start-up's exception.</summary>
    public Task Ready => _ready.Task;

    /// <summary>
    /// Waits until the database is ready: true then; false when the start-up failed, which Program.cs reports
    /// (a bad list file in words, exit code 1) once the host has started, so a hosted service just does nothing.
    /// </summary>
    public async Task<bool> WaitAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Ready.WaitAsync(cancellationToken);
            return true;
        }
        catch when (Ready.IsFaulted)
        {
            return false;
        }
    }

    /// <summary>The board's first read, begun as soon as the list's database is ready; never faulted (a failure is logged, and the first request reads again).</summary>
    public Task FirstBoard => _firstBoard;

    /// <summary>
    /// Reads the board for the first time on the thread pool (its queries' first compilation), beside the rest of the
    /// start-up, so the first screen's request shares that read instead of paying for it after the gate opens.
    /// </summary>
    public void ReadBoard(BoardCache board, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(board);
        _firstBoard = Task.Run(async () =>
        {
            try
            {
                await board.GetAsync(today);
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "The board's first read at start failed; the first request reads it again");
            }
        });
    }

    /// <summary>Runs <paramref name="work"/> on the thread pool and opens the gate when it ends.</summary>
    public void Begin(Func<Task> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        _ = Task.Run(async () =>
        {
            try
            {
                await work();
                _ready.TrySetResult();
            }
            catch (Exception ex)
            {
                _ready.TrySetException(ex);
            }
        });
    }
}

/// <summary>
/// Another library's hosted service that reads the database (Hangfire's job server), started once the server
/// listens and the database is ready instead of before the server listens.
/// </summary>
internal sealed class AfterStartupGate(StartupGate gate, IHostedService inner) : IHostedLifecycleService, IAsyncDisposable
{
    private bool _started;

    public async Task StartedAsync(CancellationToken cancellationToken)
    {
        if (!await gate.WaitAsync(cancellationToken))
        {
            return;
        }

        await inner.StartAsync(cancellationToken);
        _started = true;
    }

    public Task StopAsync(CancellationToken cancellationToken) => _started ? inner.StopAsync(cancellationToken) : Task.CompletedTask;

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        switch (inner)
        {
            case IAsyncDisposable asyncDisposable:
                await asyncDisposable.DisposeAsync();
                break;
            case IDisposable disposable:
                disposable.Dispose();
                break;
        }
    }
}

public static class StartupGateExtensions
{
    /// <summary>The gate (Program.cs begins it and reports its failure).</summary>
    public static IServiceCollection AddStartupGate(this IServiceCollection services)
    {
        services.AddSingleton<StartupGate>();
        return services;
    }

    /// <summary>
    /// Registers what <paramref name="register"/> adds as hosted services (e.g. <c>AddHangfireServer</c>) so that each
    /// starts once the server listens and the database is ready (<see cref="AfterStartupGate"/>).
    /// </summary>
    public static IServiceCollection AddAfterStartupGate(this IServiceCollection services, Action<IServiceCollection> register)
    {
        ArgumentNullException.ThrowIfNull(register);
        var before = services.ToHashSet();
        register(services);
        var added = services.Where(d => d.ServiceType == typeof(IHostedService) && !before.Contains(d)).ToList();
        foreach (var descriptor in added)
        {
            services.Remove(descriptor);
            services.AddSingleton<IHostedService>(sp => new AfterStartupGate(sp.GetRequiredService<StartupGate>(), Create(sp, descriptor)));
        }

        return services;
    }

    private static IHostedService Create(IServiceProvider services, ServiceDescriptor descriptor) =>
        (IHostedService)(descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(services)
            ?? ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType!));

    /// <summary>The first middleware: a request that arrives while the database is being prepared waits for it.</summary>
    public static WebApplication UseStartupGate(this WebApplication app)
    {
        var ready = app.Services.GetRequiredService<StartupGate>().Ready;
        app.Use(async (context, next) =>
        {
            if (!ready.IsCompletedSuccessfully)
            {
                await ready.WaitAsync(context.RequestAborted);
            }

            await next(context);
        });
        return app;
    }
}
