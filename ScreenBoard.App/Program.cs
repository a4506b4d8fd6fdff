using ScreenBoard.App.Api;
using ScreenBoard.App.Features.Accounts.Cli;
using ScreenBoard.App.Jobs;
using ScreenBoard.App.Setup;
using ScreenBoard.Domain.Common;
using ScreenBoard.Domain.Seeding;

// `tokens …` / `accounts …`: the command line, against the configured database; the server does not start.
if (Cli.Handles(args))
{
    return await Cli.RunAsync(args, Console.Out, Console.Error);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddScreenBoardApp();
builder.AddScreenBoardJobs();

var app = builder.Build();
try
{
    await app.InitializeDatabaseAsync();
}
catch (SeedFormatException ex)
{
    // A bad list file is the operator's to fix: the problems in words (zh-CN first), not a stack trace, and exit code 1.
    await Console.Error.WriteLineAsync(ex.Describe(app.Services.GetRequiredService<IDomainMessages>()));
    return 1;
}

app.UseScreenBoardJobs();
app.UseScreenBoardApp();
app.MapScreenBoardApi();
app.MapHealthEndpoint();
await app.RunAsync();
return 0;

/// <summary>The entry point; public so tests can host the app in-process.</summary>
public partial class Program;
