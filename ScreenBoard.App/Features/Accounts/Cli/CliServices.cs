using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging.Console;
using ScreenBoard.App.Commands;
using ScreenBoard.App.Features.Accounts.Tokens;
using ScreenBoard.App.Features.Boards.Live;
using ScreenBoard.App.Options;
using ScreenBoard.App.Setup;
using ScreenBoard.Domain.Persistence;

namespace ScreenBoard.App.Features.Accounts.Cli;

/// <summary>
/// The command line's services: the app's configuration (appsettings, environment, <c>--Key=value</c>), the
/// same database, the one write path and the commands; logs go to standard error only.
/// </summary>
public static class CliServices
{
    public static ServiceProvider Build(IReadOnlyList<string> configurationArgs, IEnumerable<KeyValuePair<string, string?>>? settings, Action<IServiceCollection>? configure)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [.. configurationArgs] });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);

        var services = builder.Services;
        var database = ConfigurationKeys.Database(builder.Configuration, builder.Environment.ContentRootPath);
        services.AddScreenBoardDomain(database);
        services.AddOptions<LiveOptions>().BindConfiguration(LiveOptions.Section);
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<ScoringOptions>().BindConfiguration(ScoringOptions.Section);
        services.AddSingleton<OfficeClock>();
        services.AddSingleton(sp => sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<ScoringOptions>>().Value.ToRules());
        services.AddSingleton<IBoardNotifier, BoardNotifier>();
        services.AddSingleton<WriteRunner>();
        services.AddSingleton<TokenCommands>();
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.AddScreenBoardAccounts(database);
        services.AddSingleton<IAccountAdministration, AccountAdministration>();
        configure?.Invoke(services);
        return services.BuildServiceProvider();
    }
}
