using System.Globalization;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MudBlazor.Services;
using ScreenBoard.App.Options;
using ScreenBoard.App.Setup;
using ScreenBoard.Domain.Scoring;

namespace ScreenBoard.Tests.TestSupport;

/// <summary>
/// The shared bUnit setup: MudBlazor services, loose JS interop, the resource files in zh-CN, the
/// flag legend, and a fake clock at 2026-11-25 10:00 in Shanghai.
/// </summary>
public abstract class BoardTestContext : BunitContext, IAsyncLifetime
{
    protected BoardTestContext(FlagLegend? legend = null)
    {
        // On SQLite a component's first read completes before its first render; on a PostgreSQL server it is
        // truly asynchronous, and on a busy machine it can take longer than bUnit's default second.
        DefaultWaitTimeout = TimeSpan.FromSeconds(10);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddLocalization(options => options.ResourcesPath = "Resources");
        Services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        Services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        Services.AddSingleton(legend ?? new FlagLegend());
        Services.AddSingleton<TimeProvider>(Clock);
        Services.AddSingleton(Clock);
        Services.AddSingleton(Microsoft.Extensions.Options.Options.Create(new ScoringOptions()));
        Services.AddSingleton<OfficeClock>();
    }

    /// <summary>2026-11-25 10:00 in Shanghai.</summary>
    protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 25, 2, 0, 0, TimeSpan.Zero));

    public Task InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync() => await base.DisposeAsync();
}
