using Hangfire;
using Microsoft.Extensions.Options;
using ScreenBoard.App.Jobs;
using ScreenBoard.App.Setup;

namespace ScreenBoard.App.Features.Chasing;

/// <summary>催办: options, the job and its webhook deliveries, the inbox query.</summary>
public static class ChasingServiceCollectionExtensions
{
    /// <summary>How long one webhook post may take before it fails (and Hangfire retries it).</summary>
    public static readonly TimeSpan WebhookTimeout = TimeSpan.FromSeconds(10);

    public static IServiceCollection AddChasing(this IServiceCollection services)
    {
        services.AddOptions<WorkflowOptions>().BindConfiguration(WorkflowOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ChasingOptions>().BindConfiguration(ChasingOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ChasingOptions>, ChasingOptionsValidator>();
        services.AddHttpClient(ChasingWebhookClient.HttpClientName, client => client.Timeout = WebhookTimeout);
        services.AddSingleton<ChasingWebhookClient>();
        services.AddSingleton<ChasingSummary>();
        services.AddSingleton<ChasingJob>();
        services.AddSingleton<ChasingWebhookJob>();
        services.AddSingleton<ReminderQueries>();
        return services;
    }

    /// <summary>The daily run at <see cref="RecurringJobIds.ChasingCron"/>, in the office's time zone.</summary>
    public static void ScheduleChasing(this IServiceProvider services)
    {
        var clock = services.GetRequiredService<OfficeClock>();
        services.GetRequiredService<IRecurringJobManager>().AddOrUpdate<ChasingJob>(
            RecurringJobIds.Chasing,
            job => job.RunTodayAsync(CancellationToken.None),
            RecurringJobIds.ChasingCron,
            new RecurringJobOptions { TimeZone = clock.Zone });
    }
}
