using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ScreenBoard.Domain.Persistence;

/// <summary>The domain's one registration method.</summary>
public static class DomainServiceCollectionExtensions
{
    /// <summary>
    /// Registers the context factory for the configured engine (one short-lived context per operation) and the
    /// readers. Everything asks for <c>IDbContextFactory&lt;ScreenBoardDbContext&gt;</c>, whichever the engine.
    /// </summary>
    public static IServiceCollection AddScreenBoardDomain(this IServiceCollection services, DatabaseSettings database)
    {
        ArgumentNullException.ThrowIfNull(database);
        services.AddSingleton(database);
        if (database.IsPostgreSql)
        {
            services.AddDbContextFactory<PostgreSqlScreenBoardDbContext>(database.Configure);
            services.AddSingleton<IDbContextFactory<ScreenBoardDbContext>>(sp =>
                new EngineContextFactory<PostgreSqlScreenBoardDbContext>(sp.GetRequiredService<IDbContextFactory<PostgreSqlScreenBoardDbContext>>()));
        }
        else
        {
            services.AddDbContextFactory<ScreenBoardDbContext>(database.Configure);
        }

        services.AddSingleton<BoardFactsReader>();
        services.AddSingleton<Boards.BoardQueries>();
        services.AddSingleton<SnapshotStore>();
        services.AddSingleton<BoardDetailReader>();
        return services;
    }

    /// <summary>Hands out an engine's derived context as the context everyone asks for.</summary>
    private sealed class EngineContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<ScreenBoardDbContext>
        where TContext : ScreenBoardDbContext
    {
        public ScreenBoardDbContext CreateDbContext() => inner.CreateDbContext();

        public async Task<ScreenBoardDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
            await inner.CreateDbContextAsync(cancellationToken);
    }
}
