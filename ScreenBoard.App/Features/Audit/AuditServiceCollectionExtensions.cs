namespace ScreenBoard.App.Features.Audit;

public static class AuditServiceCollectionExtensions
{
    /// <summary>The office's audit log page and its export.</summary>
    public static IServiceCollection AddAuditLog(this IServiceCollection services)
    {
        services.AddSingleton<AuditQueries>();
        return services;
    }
}
