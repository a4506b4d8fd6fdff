using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using ScreenBoard.App.Features.Accounts;
using ScreenBoard.Domain.Persistence;

namespace ScreenBoard.Tests.Domain.Persistence;

/// <summary>
/// The SQLite contexts start on models generated ahead (`dotnet ef dbcontext optimize`, docs/decisions/027). A model
/// change without regenerating them would leave the app reading and writing through the old shape: these tests
/// compare each generated model with the one EF Core builds from the code today, table by table and column by
/// column, index by index, and fail with the command that regenerates it. They need no database file and run on either engine.
/// </summary>
public sealed class CompiledModelTests
{
    private const string Regenerate =
        "regenerate it: dotnet ef dbcontext optimize -p ScreenBoard.Domain -s ScreenBoard.Domain -c ScreenBoardDbContext -o Persistence/CompiledModel -n ScreenBoard.Domain.Persistence.CompiledModel; " +
        "dotnet ef dbcontext optimize -p ScreenBoard.App -s ScreenBoard.App -c AccountsDbContext -o Features/Accounts/CompiledModel -n ScreenBoard.App.Features.Accounts.CompiledModel";

    [Fact]
    public void TheListsContext_StartsOnItsGeneratedModel_AndItMatchesTheCode()
    {
        using var db = new DatabaseSettings(DatabaseProvider.Sqlite, "Data Source=:memory:").CreateContext();

        AssertCurrent(db, ScreenBoard.Domain.Persistence.CompiledModel.ScreenBoardDbContextModel.Instance);
    }

    [Fact]
    public void TheAccountsContext_StartsOnItsGeneratedModel_AndItMatchesTheCode()
    {
        var options = new DbContextOptionsBuilder<AccountsDbContext>();
        AccountsDbContext.Configure(options, new DatabaseSettings(DatabaseProvider.Sqlite, "Data Source=:memory:"));
        using var db = new AccountsDbContext(options.Options);

        AssertCurrent(db, ScreenBoard.App.Features.Accounts.CompiledModel.AccountsDbContextModel.Instance);
    }

    private static void AssertCurrent(DbContext db, IModel generated)
    {
        // What the app runs on is the generated model, not one built at start.
        Assert.Same(generated, db.GetService<IModel>());

        var fromCode = db.GetService<IDesignTimeModel>().Model;
        AssertSame(Tables(fromCode), Tables(generated));
        AssertSame(Shape(fromCode), Shape(generated));
    }

    private static void AssertSame(IReadOnlyList<string> fromCode, IReadOnlyList<string> generated)
    {
        var missing = fromCode.Except(generated).ToList();
        var stale = generated.Except(fromCode).ToList();
        Assert.True(
            missing.Count == 0 && stale.Count == 0,
            $"The generated model differs from the code. In the code only: {string.Join("; ", missing)}. In the generated model only: {string.Join("; ", stale)}. {Regenerate}");
    }

    /// <summary>Tables, columns, keys, indexes and foreign keys as the database sees them.</summary>
    private static List<string> Tables(IModel model) =>
        model.GetRelationalModel().Tables
            .SelectMany(t => t.Columns.Select(c => $"{t.Name}.{c.Name}: {c.StoreType}, null={c.IsNullable}")
                .Concat(t.Indexes.Select(i => $"{t.Name} index {i.Name} ({string.Join(",", i.Columns.Select(c => c.Name))}) unique={i.IsUnique}"))
                .Concat(t.UniqueConstraints.Select(u => $"{t.Name} key {u.Name} ({string.Join(",", u.Columns.Select(c => c.Name))})"))
                .Concat(t.ForeignKeyConstraints.Select(f => $"{t.Name} fk {f.Name} ({string.Join(",", f.Columns.Select(c => c.Name))}) -> {f.PrincipalTable.Name} on delete {f.OnDeleteAction}")))
            .Order(StringComparer.Ordinal)
            .ToList();

    private static List<string> Shape(IModel model) =>
        model.GetEntityTypes()
            .SelectMany(e => e.GetProperties().Select(p =>
                $"{e.Name}.{p.Name}: {p.ClrType.Name}, null={p.IsNullable}, max={p.GetMaxLength()}, converter={p.GetTypeMapping().Converter?.GetType().Name}, column={p.GetColumnType()}, concurrency={p.IsConcurrencyToken}")
                .Concat(e.GetNavigations().Select(n => $"{e.Name}.{n.Name} -> {n.TargetEntityType.Name}"))
                .Append($"{e.Name} filter={e.GetDeclaredQueryFilters().Count}"))
            .Order(StringComparer.Ordinal)
            .ToList();
}
