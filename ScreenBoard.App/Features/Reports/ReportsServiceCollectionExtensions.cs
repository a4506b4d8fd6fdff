using ScreenBoard.App.Features.Inbox;

namespace ScreenBoard.App.Features.Reports;

public static class ReportsServiceCollectionExtensions
{
    /// <summary>Review and acceptance (the inboxes, their commands, 销号) and the 待我处理 count they feed.</summary>
    public static IServiceCollection AddReportInboxes(this IServiceCollection services)
    {
        services.AddSingleton<ReportCommands>();
        services.AddSingleton<CloseOutCommands>();
        services.AddSingleton<CloseOutQueries>();
        services.AddSingleton<ReportInbox>();
        services.AddSingleton<IPendingWorkSource>(sp => sp.GetRequiredService<ReportInbox>());
        services.AddScoped<PendingWork>();
        return services;
    }
}
