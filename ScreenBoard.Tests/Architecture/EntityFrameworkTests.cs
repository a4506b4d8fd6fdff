using System.Reflection;

namespace ScreenBoard.Tests.Architecture;

/// <summary>
/// EF Core stays where the data is read and written. Everything else (entities, scoring rules,
/// read models, components, options) works on plain values and never sees a DbContext.
/// </summary>
public sealed class EntityFrameworkTests
{
    /// <summary>Who may use EF Core, and why. A type not covered by a row may not.</summary>
    private static readonly (string Who, Func<Type, bool> Covers, string Why)[] MayUseEfCore =
    [
        ("ScreenBoard.Domain.Persistence.*", t => Layers.InNamespace(t, "ScreenBoard.Domain.Persistence"), "the DbContext, its mapping, migrations, readers and stores"),
        ("ScreenBoard.App.Commands.*", t => Layers.InNamespace(t, "ScreenBoard.App.Commands"), "the shared write plumbing"),
        ("ScreenBoard.App.Features.*.*Commands", t => Layers.InNamespace(t, "ScreenBoard.App.Features") && t.Name.EndsWith("Commands", StringComparison.Ordinal), "a feature's writes: one short-lived context per operation"),
        ("App *Queries, *Inbox, *Reader, *Store", t => t.Assembly == Layers.App && EndsWithAny(t.Name, "Queries", "Inbox", "Reader", "Store"), "a feature's reads through IDbContextFactory"),
        ("App *Job", t => t.Assembly == Layers.App && t.Name.EndsWith("Job", StringComparison.Ordinal), "a Hangfire job: one context per run"),
        ("ScreenBoard.App.Setup.DatabaseInitializer", t => t == typeof(ScreenBoard.App.Setup.DatabaseInitializer), "migrates the database at start-up"),
        ("ScreenBoard.App.Features.Accounts.Accounts*, PostgreSqlAccounts*, .Migrations.*", t => (t.Namespace == "ScreenBoard.App.Features.Accounts" && (t.Name.StartsWith("Accounts", StringComparison.Ordinal) || t.Name.StartsWith("PostgreSqlAccounts", StringComparison.Ordinal))) || t.Namespace is "ScreenBoard.App.Features.Accounts.Migrations" or "ScreenBoard.App.Features.Accounts.Migrations.PostgreSql" or "ScreenBoard.App.Features.Accounts.CompiledModel", "Identity's tables (AccountsDbContext, its design-time factory, registration, start-up migration, migrations, generated model) live in the App, since the domain references no ASP.NET"),
        ("ScreenBoard.App.Setup.DataProtection*, .Migrations.DataProtection.*", t => (t.Namespace == "ScreenBoard.App.Setup" && t.Name.StartsWith("DataProtection", StringComparison.Ordinal)) || Layers.InNamespace(t, "ScreenBoard.App.Setup.Migrations.DataProtection"), "the data-protection key ring in the database on PostgreSQL (one key table, its migrations), shared by every app server"),
        ("ScreenBoard.App.Features.Accounts.Cli.Cli", t => t == typeof(ScreenBoard.App.Features.Accounts.Cli.Cli), "migrates the database before a command-line change, as the server does at start-up"),
        ("ScreenBoard.App.Features.Installation.*", t => Layers.InNamespace(t, "ScreenBoard.App.Features.Installation"), "db migrate and db copy: the whole installation's database, both models, table by table"),
        ("ScreenBoard.App.Features.Accounts.Devices.DeviceDirectory", t => t == typeof(ScreenBoard.App.Features.Accounts.Devices.DeviceDirectory), "the device scheme's per-request lookup and its unaudited last-seen stamp"),
    ];

    [Fact]
    public void OnlyPersistenceAndTheAppsReadersAndWritersUseEfCore()
    {
        var offences = new[] { Layers.Domain, Layers.App }
            .SelectMany(TypeUsage.WrittenTypes)
            .Where(type => !MayUseEfCore.Any(rule => rule.Covers(type)))
            .SelectMany(TypeUsage.Of)
            .Where(use => IsEfCore(use.Type));

        Assert.True(!offences.Any(), $"Uses of EF Core outside the types allowed in {nameof(MayUseEfCore)}:{Environment.NewLine}{Layers.List(offences)}");
    }

    /// <summary>A type of an EF Core assembly, or one derived from it (our DbContext).</summary>
    private static bool IsEfCore(Type? type) =>
        type is not null
        && (type.Assembly.GetName().Name!.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal) || IsEfCore(type.BaseType));

    private static bool EndsWithAny(string name, params string[] suffixes) =>
        suffixes.Any(s => name.EndsWith(s, StringComparison.Ordinal));
}
