namespace ScreenBoard.App.Features.List;

/// <summary>Keeping the list: its commands and queries.</summary>
public static class ListServiceCollectionExtensions
{
    public static IServiceCollection AddScreenBoardList(this IServiceCollection services)
    {
        services.AddSingleton<ListQueries>();
        services.AddSingleton<ListCommands>();
        return services;
    }
}
