using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ScreenBoard.Domain.Persistence;

/// <summary>Lets `dotnet ef migrations add` build the context without starting the app.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<ScreenBoardDbContext>
{
    public ScreenBoardDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<ScreenBoardDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
