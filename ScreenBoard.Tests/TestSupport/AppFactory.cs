using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using ScreenBoard.App.Features.Accounts.Tokens;
using ScreenBoard.Domain.Auditing;
using ScreenBoard.Domain.Tokens;

namespace ScreenBoard.Tests.TestSupport;

/// <summary>
/// The whole app in-process on its own SQLite files (app and Hangfire), with a clock the test controls.
/// Test classes that use it join the <see cref="AppCollection"/> so hosts do not run side by side
/// (Hangfire keeps some global state).
/// </summary>
public class AppFactory : WebApplicationFactory<Program>
{
    private readonly TestDatabase _database;
    private readonly bool _ownsDatabase;

    public AppFactory()
        : this(new TestDatabase(migrate: false), ownsDatabase: true)
    {
    }

    /// <summary>A host on files another host may have used before it (a restart); the caller deletes them when it does not own them.</summary>
    protected AppFactory(TestDatabase database, bool ownsDatabase)
    {
        _database = database;
        _ownsDatabase = ownsDatabase;
    }

    /// <summary>The app's clock: 2026-11-25 10:00 in Shanghai unless a test moves it.</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 25, 2, 0, 0, TimeSpan.Zero));

    public TestDatabase Database => _database;

    /// <summary>The clock the app runs on; the fake one unless a host needs time to pass by itself.</summary>
    protected virtual TimeProvider AppClock => Clock;

    /// <summary>Extra configuration a test class needs (key, value).</summary>
    protected virtual IEnumerable<KeyValuePair<string, string?>> Settings => [];

    /// <summary>A client of the read API holding a fresh read token.</summary>
    public async Task<HttpClient> CreateApiClientAsync()
    {
        var (result, token) = await Services.GetRequiredService<TokenCommands>()
            .IssueAsync("test-" + Guid.NewGuid().ToString("N"), ApiTokenScope.Read, 30, Actor.System("test"));
        Assert.True(result.Succeeded, result.MessageKey);
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        foreach (var (key, value) in _database.Configuration)
        {
            builder.UseSetting(key, value);
        }

        builder.UseSetting("Jobs:SQLitePath", Path.Combine(_database.Folder, "hangfire.db"));

        // Off unless a test class turns it on: on the test's clock it would run whenever a test moves the clock, and
        // read the board at a moment the test did not choose. The servers started as processes keep the default.
        builder.UseSetting("Live:WarmUpSeconds", "0");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton(AppClock);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownsDatabase)
        {
            _database.Dispose();
        }
    }
}
