namespace ScreenBoard.App.Features.Ladder;

/// <summary>The escalation ladder's options (validated at start-up), commands and queries.</summary>
public static class LadderServiceCollectionExtensions
{
    public static IServiceCollection AddScreenBoardLadder(this IServiceCollection services)
    {
        services.AddOptions<EscalationOptions>().BindConfiguration(EscalationOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<LadderCommands>();
        services.AddSingleton<LadderQueries>();
        return services;
    }
}
