using Microsoft.Data.Sqlite;
using ScreenBoard.App.Features.Inbox;
using ScreenBoard.App.Features.Reports.Evidence;

namespace ScreenBoard.App.Features.Reports.Reporting;

/// <summary>干: the units' reporting — commands, queries, the evidence store, their share of 待我处理.</summary>
public static class ReportingServiceCollectionExtensions
{
    /// <summary>Configuration key of the evidence folder (default: <c>evidence</c> beside the database file).</summary>
    public const string EvidenceFolderKey = "Evidence:Folder";

    public static IServiceCollection AddReporting(this IServiceCollection services, IConfiguration configuration, string connectionString, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddSingleton(new EvidenceStore(EvidenceFolder(configuration[EvidenceFolderKey], connectionString, contentRoot)));
        services.AddSingleton<ReportSubmissionCommands>();
        services.AddSingleton<ReportingQueries>();
        services.AddScoped<IPendingWorkSource, ReportingPendingQueries>();
        return services;
    }

    /// <summary>The configured folder (relative to the content root), else <c>evidence</c> in the database file's folder.</summary>
    public static string EvidenceFolder(string? configured, string connectionString, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(Path.Combine(contentRoot, configured));
        }

        var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var dataFolder = string.IsNullOrEmpty(file) || file == ":memory:" ? Path.Combine(contentRoot, "data") : Path.GetDirectoryName(Path.GetFullPath(file))!;
        return Path.Combine(dataFolder, "evidence");
    }
}
