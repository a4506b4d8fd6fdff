using System.Globalization;
using Microsoft.Extensions.Options;
using MudBlazor.Services;
using ScreenBoard.App.Commands;
using ScreenBoard.App.Features.Boards;
using ScreenBoard.App.Features.Chasing;
using ScreenBoard.App.Features.Documents;
using ScreenBoard.App.Features.Import;
using ScreenBoard.App.Features.Ladder;
using ScreenBoard.App.Features.List;
using ScreenBoard.App.Features.Accounts;
using ScreenBoard.App.Features.Accounts.Devices;
using ScreenBoard.App.Features.Audit;
using ScreenBoard.App.Features.Quarters;
using ScreenBoard.App.Features.Reports;
using ScreenBoard.App.Features.Reports.Evidence;
using ScreenBoard.App.Features.Reports.Reporting;
using ScreenBoard.App.Features.Boards.Hall;
using ScreenBoard.App.Features.Boards.Kiosk;
using ScreenBoard.App.Features.Boards.Live;
using ScreenBoard.App.Options;
using ScreenBoard.Domain.Persistence;

namespace ScreenBoard.App.Setup;

/// <summary>The app's registration and pipeline, so Program.cs reads as a table of contents.</summary>
public static class AppServiceCollectionExtensions
{
    public static readonly CultureInfo[] SupportedCultures = [new("zh-CN"), new("en")];

    /// <summary>Database, options, localisation, MudBlazor and the app's own services.</summary>
    public static WebApplicationBuilder AddScreenBoardApp(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var database = ConfigurationKeys.Database(builder.Configuration, builder.Environment.ContentRootPath);
        services.AddStartupGate();
        services.AddScreenBoardDomain(database);
        services.AddPersistentDataProtection(database, builder.Environment.ContentRootPath);
        services.AddScreenBoardAccounts(database);
        services.AddScreenBoardDevicesAndTokens();

        services.AddOptions<ScoringOptions>().BindConfiguration(ScoringOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<ScoringOptions>, ScoringOptionsValidator>();
        services.AddOptions<SeedOptions>().BindConfiguration(SeedOptions.Section);
        services.AddOptions<KioskOptions>().BindConfiguration(KioskOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<KioskOptions>, KioskOptionsValidator>();

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<OfficeClock>();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<ScoringOptions>>().Value.ToRules());
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<ScoringOptions>>().Value.ToLegend());
        services.AddOptions<LiveOptions>().BindConfiguration(LiveOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<BoardNotifier>();
        services.AddSingleton<IBoardNotifier>(sp => sp.GetRequiredService<BoardNotifier>());
        services.AddSingleton<Features.Boards.Live.Servers.ServerInstance>();
        if (database.IsPostgreSql)
        {
            // Several servers on one database: the others' committed changes reach this server's screens.
            // It reads the stored board version: started once the database is ready (StartupGate).
            services.AddAfterStartupGate(s => s.AddHostedService<Features.Boards.Live.Servers.BoardChangeListener>());
        }

        services.AddSingleton<BoardCache>();
        services.AddHallBroadcast();
        services.AddSingleton<ChangePathWarmUp>();
        services.AddHostedService(sp => sp.GetRequiredService<ChangePathWarmUp>());
        services.AddSingleton<QuarterCommands>();
        services.AddSingleton<WriteRunner>();
        services.AddSingleton<ScreenBoard.Domain.Common.IDomainMessages, LocalizedDomainMessages>();
        services.AddSingleton<QuarterQueries>();
        services.AddSingleton<ScreenBoard.App.Features.Briefing.BriefingQueries>();
        services.AddSingleton<ScreenBoard.App.Features.Briefing.Pptx.BriefingPptx>();
        services.AddSingleton<TaskDetailQueries>();
        services.AddReportInboxes();
        services.AddAuditLog();
        services.AddScreenBoardLadder();
        services.AddScreenBoardList();
        services.AddSingleton<SeedLoader>();
        services.AddSingleton<DatabaseInitializer>();
        services.AddChasing();
        services.AddReporting(builder.Configuration, database, builder.Environment.ContentRootPath);
        services.AddDocuments();
        services.AddListImport();

        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        return builder;
    }

    /// <summary>
    /// Migrates and seeds (the list, then the accounts, whose demo units come from the list); the board's first read
    /// begins as soon as the list is ready. It runs beside the host's start; requests wait for it (<see cref="StartupGate"/>).
    /// </summary>
    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        app.Services.GetRequiredService<StartupGate>().ReadBoard(app.Services.GetRequiredService<BoardCache>(), app.Services.GetRequiredService<OfficeClock>().Today);
        await DataProtectionSetup.PrepareKeysAsync(app.Services, app.Services.GetRequiredService<DatabaseSettings>());
        await app.Services.GetRequiredService<AccountsInitializer>().InitializeAsync();
    }

    /// <summary>The request pipeline: trusted proxies, localisation (zh-CN first), accounts, static assets, the components.</summary>
    public static WebApplication UseScreenBoardApp(this WebApplication app)
    {
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error", createScopeForErrors: true);
        }

        app.UseRequestLocalization(options =>
        {
            options.DefaultRequestCulture = new Microsoft.AspNetCore.Localization.RequestCulture(SupportedCultures[0]);
            options.SupportedCultures = SupportedCultures;
            options.SupportedUICultures = SupportedCultures;

            // Chinese first whatever the browser says: English only when asked (?culture=en or the culture cookie).
            options.RequestCultureProviders = options.RequestCultureProviders
                .Where(p => p is not Microsoft.AspNetCore.Localization.AcceptLanguageHeaderRequestCultureProvider)
                .ToList();
        });
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseScreenBoardAccounts();
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapPairingEndpoints();
        app.MapHallBroadcast();
        app.MapRazorComponents<Components.App>().AddInteractiveServerRenderMode();
        app.MapAccountEndpoints();
        app.MapEvidenceEndpoint();
        app.MapImportDownloads();
        return app;
    }
}
