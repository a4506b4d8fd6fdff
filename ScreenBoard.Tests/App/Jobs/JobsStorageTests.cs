using ScreenBoard.App.Jobs;
using ScreenBoard.Domain.Persistence;

namespace ScreenBoard.Tests.App.Jobs;

/// <summary>Which Hangfire storage a server uses: one job store for several servers on PostgreSQL.</summary>
public sealed class JobsStorageTests
{
    private static readonly DatabaseSettings Sqlite = new(DatabaseProvider.Sqlite, "Data Source=screenboard.db");
    private static readonly DatabaseSettings Postgres = new(DatabaseProvider.PostgreSql, "Host=db;Database=screenboard");

    [Theory]
    [InlineData(null, false, JobsOptions.SQLiteStorage)]
    [InlineData(null, true, JobsOptions.PostgreSqlStorage)]
    [InlineData("", true, JobsOptions.PostgreSqlStorage)]
    [InlineData(JobsOptions.SQLiteStorage, true, JobsOptions.SQLiteStorage)]
    [InlineData(JobsOptions.PostgreSqlStorage, true, JobsOptions.PostgreSqlStorage)]
    public void NotSet_FollowsTheDatabase_Set_IsKept(string? configured, bool postgres, string expected)
    {
        var options = new JobsOptions { Storage = configured };

        Assert.Equal(expected, options.StorageFor(postgres ? Postgres : Sqlite));
    }

    [Fact]
    public void PostgreSqlJobsOnASqliteDatabase_StopTheStartNamingBothKeys()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => new JobsOptions { Storage = JobsOptions.PostgreSqlStorage }.StorageFor(Sqlite));

        Assert.Contains("Jobs:Storage", ex.Message);
        Assert.Contains("Database:Provider", ex.Message);
    }
}
