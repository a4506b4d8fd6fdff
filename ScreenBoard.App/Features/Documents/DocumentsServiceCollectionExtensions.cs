using Hangfire;
using ScreenBoard.App.Jobs;
using ScreenBoard.App.Setup;

namespace ScreenBoard.App.Features.Documents;

/// <summary>The office's documents: options, numbering, the workbook, notices, the weekly bulletin and its job.</summary>
public static class DocumentsServiceCollectionExtensions
{
    public static IServiceCollection AddDocuments(this IServiceCollection services)
    {
        services.AddOptions<DocumentsOptions>().BindConfiguration(DocumentsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<NoticeNumberCommands>();
        services.AddSingleton<NoticeDocumentQueries>();
        services.AddSingleton<AppraisalQueries>();
        services.AddSingleton<AppraisalWorkbook>();
        services.AddSingleton<WeeklyBulletinQueries>();
        services.AddSingleton<WeeklyBulletinCommands>();
        services.AddSingleton<WeeklyBulletinJob>();
        services.AddSingleton<WeeklyBulletinCatchUp>();
        return services;
    }

    /// <summary>
    /// The Monday run at <see cref="RecurringJobIds.WeeklyBulletinCron"/> in the office's zone; at start-up the
    /// steps without a 文号 get one and last week's bulletin is enqueued if it is missing.
    /// </summary>
    public static async Task StartDocumentsAsync(this IServiceProvider services)
    {
        var clock = services.GetRequiredService<OfficeClock>();
        services.GetRequiredService<IRecurringJobManager>().AddOrUpdate<WeeklyBulletinJob>(
            RecurringJobIds.WeeklyBulletin,
            job => job.RunForLastWeekAsync(CancellationToken.None),
            RecurringJobIds.WeeklyBulletinCron,
            new RecurringJobOptions { TimeZone = clock.Zone });
        await services.GetRequiredService<NoticeNumberCommands>().NumberAllAsync();
        await services.GetRequiredService<WeeklyBulletinCatchUp>().RunAsync();
    }
}
