using ScreenBoard.App.Features.Ladder;
using ScreenBoard.App.Features.Quarters;
using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.Storage.SQLite;
using Microsoft.Extensions.Options;
using ScreenBoard.App.Setup;

namespace ScreenBoard.App.Jobs;

/// <summary>Hangfire: storage chosen by configuration, the job server, the recurring schedule and the dashboard.</summary>
public static class JobsServiceCollectionExtensions
{
    /// <summary>Where the dashboard is served (Office accounts only).</summary>
    public const string DashboardPath = "/hangfire";

    public static WebApplicationBuilder AddScreenBoardJobs(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<JobsOptions>().BindConfiguration(JobsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        // Read now, not at start: the storage shapes the registration itself, so a bad value must stop here.
        var options = builder.Configuration.GetSection(JobsOptions.Section).Get<JobsOptions>() ?? new JobsOptions();
        var failures = new List<System.ComponentModel.DataAnnotations.ValidationResult>();
        if (!System.ComponentModel.DataAnnotations.Validator.TryValidateObject(options, new(options), failures, validateAllProperties: true))
        {
            throw new OptionsValidationException(
                JobsOptions.Section,
                typeof(JobsOptions),
                failures.Select(f => $"{JobsOptions.Section}:{string.Join(",", f.MemberNames)}: {f.ErrorMessage}"));
        }
        var contentRoot = builder.Environment.ContentRootPath;
        var storage = options.StorageFor(ConfigurationKeys.Database(builder.Configuration, contentRoot));

        services.AddHangfire(configuration =>
        {
            configuration
                .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            if (storage == JobsOptions.PostgreSqlStorage)
            {
                // The app's database, schema "hangfire" (created and upgraded by Hangfire itself): every server
                // enqueues into and takes from one store. Its distributed lock is not a fencing lock and jobs
                // run at least once, so each job is made safe by the app's own unique keys (decision 024).
                var connectionString = ConfigurationKeys.Database(builder.Configuration, contentRoot).ConnectionString;
                configuration.UsePostgreSqlStorage(
                    postgres => postgres.UseNpgsqlConnection(connectionString),
                    new PostgreSqlStorageOptions { SchemaName = JobsOptions.PostgreSqlSchema, QueuePollInterval = TimeSpan.FromSeconds(1), PrepareSchemaIfNecessary = true });
            }
            else
            {
                var path = Path.IsPathRooted(options.SQLitePath) ? options.SQLitePath : Path.Combine(contentRoot, options.SQLitePath);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                configuration.UseSQLiteStorage(path, new SQLiteStorageOptions { QueuePollInterval = TimeSpan.FromSeconds(1) });
            }
        });
        if (options.RunServer)
        {
            // Started once the server listens and the database is ready (StartupGate, docs/decisions/027).
            services.AddAfterStartupGate(s => s.AddHangfireServer(server => server.WorkerCount = options.WorkerCount));
        }

        services.AddSingleton<QuarterlyScoresJob>();
        services.AddSingleton<QuarterCatchUp>();
        services.AddSingleton<EscalationSweepJob>();
        services.AddSingleton<EscalationCatchUp>();
        services.AddHostedService<JobsAtStart>();
        return builder;
    }

    /// <summary>Maps the dashboard; the recurring schedule and the catch-ups run once the server listens (<see cref="JobsAtStart"/>).</summary>
    public static void UseScreenBoardJobs(this WebApplication app)
    {
        // Office accounts only: the endpoint's policy (anonymous → sign-in, other roles → 403), and Hangfire's own
        // filter reading the same cookie instead of its default "local requests" rule, which a proxy defeats.
        app.MapHangfireDashboard(DashboardPath, new DashboardOptions
        {
            DashboardTitle = "ScreenBoard jobs",
            Authorization = [],
            AsyncAuthorization = [new Features.Accounts.OfficeDashboardFilter()],
        }).RequireAuthorization(Features.Accounts.Policies.Office);
    }
}
