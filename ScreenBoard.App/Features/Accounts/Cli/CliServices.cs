using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging.Console;
using ScreenBoard.App.Commands;
using ScreenBoard.App.Features.Accounts.Tokens;
using ScreenBoard.App.Features.Boards.Live;
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
        var connectionString = DatabasePath.Resolve(
            builder.Configuration.GetConnectionString(ConfigurationKeys.ConnectionStringName),
            builder.Environment.ContentRootPath);
        services.AddScreenBoardDomain(connectionString);
        services.AddOptions<LiveOptions>().BindConfiguration(LiveOptions.Section);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IBoardNotifier, BoardNotifier>();
        services.AddSingleton<WriteRunner>();
        services.AddSingleton<TokenCommands>();
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.AddAccountAdministration();
        configure?.Invoke(services);
        return services.BuildServiceProvider();
    }

    /// <summary>
    /// Where the accounts feature plugs its commands into the command line. Until it does, the accounts
    /// commands say so and exit 1.
    /// </summary>
    public static IServiceCollection AddAccountAdministration(this IServiceCollection services)
    {
        services.TryAddSingleton<IAccountAdministration, AccountsNotInstalled>();
        return services;
    }

    private sealed class AccountsNotInstalled : IAccountAdministration
    {
        private static readonly AccountOutcome Missing = AccountOutcome.Failed("Accounts are not available in this build.");

        public Task<AccountOutcome> AddAsync(string user, Domain.Auditing.ActorRole role, string? unitCode, Domain.Auditing.Actor actor, CancellationToken cancellationToken = default) => Task.FromResult(Missing);

        public Task<AccountOutcome> ResetPasswordAsync(string user, Domain.Auditing.Actor actor, CancellationToken cancellationToken = default) => Task.FromResult(Missing);

        public Task<AccountOutcome> DisableAsync(string user, Domain.Auditing.Actor actor, CancellationToken cancellationToken = default) => Task.FromResult(Missing);
    }
}
