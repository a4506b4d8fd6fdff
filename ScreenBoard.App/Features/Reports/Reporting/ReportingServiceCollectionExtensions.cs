using ScreenBoard.Domain.Persistence;
using ScreenBoard.App.Features.Inbox;
using ScreenBoard.App.Features.Reports.Evidence;

namespace ScreenBoard.App.Features.Reports.Reporting;

/// <summary>干: the units' reporting — commands, queries, the evidence store, their share of 待我处理.</summary>
public static class ReportingServiceCollectionExtensions
{
    /// <summary>Configuration key of the evidence folder (default: <c>evidence</c> in the data folder).</summary>
    public const string EvidenceFolderKey = "Evidence:Folder";

    public static IServiceCollection AddReporting(this IServiceCollection services, IConfiguration configuration, DatabaseSettings database, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddSingleton(new EvidenceStore(EvidenceFolder(configuration[EvidenceFolderKey], database, contentRoot)));
        services.AddSingleton<ReportSubmissionCommands>();
        services.AddSingleton<ReportingQueries>();
        services.AddScoped<IPendingWorkSource, ReportingPendingQueries>();
        return services;
    }

    /// <summary>The configured folder (relative to the content root), else <c>evidence</c> in the data folder (beside the SQLite file).</summary>
    public static string EvidenceFolder(string? configured, DatabaseSettings database, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(Path.Combine(contentRoot, configured));
        }

        return Path.Combine(database.DataFolder(contentRoot), "evidence");
    }
}
