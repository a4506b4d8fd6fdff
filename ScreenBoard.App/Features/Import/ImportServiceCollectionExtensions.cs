namespace ScreenBoard.App.Features.Import;

/// <summary>Excel and list-file import and export: options, the command, the export's reads.</summary>
public static class ImportServiceCollectionExtensions
{
    public static IServiceCollection AddListImport(this IServiceCollection services)
    {
        services.AddOptions<ImportOptions>().BindConfiguration(ImportOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ImportCommands>();
        services.AddSingleton<ListExportQueries>();
        return services;
    }
}
