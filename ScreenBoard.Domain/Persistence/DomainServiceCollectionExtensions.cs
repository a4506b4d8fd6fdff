using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ScreenBoard.Domain.Persistence;

/// <summary>The domain's one registration method.</summary>
public static class DomainServiceCollectionExtensions
{
    /// <summary>Registers the SQLite-backed context factory (one short-lived context per operation).</summary>
    public static IServiceCollection AddScreenBoardDomain(this IServiceCollection services, string connectionString)
    {
        services.AddDbContextFactory<ScreenBoardDbContext>(options => options.UseSqlite(connectionString));
        services.AddSingleton<BoardFactsReader>();
        services.AddSingleton<Boards.BoardQueries>();
        services.AddSingleton<SnapshotStore>();
        services.AddSingleton<BoardDetailReader>();
        return services;
    }
}
