using ScreenBoard.App.Api;
using ScreenBoard.App.Features.Accounts.Cli;
using ScreenBoard.App.Jobs;
using ScreenBoard.App.Setup;

// `tokens …` / `accounts …`: the command line, against the configured database; the server does not start.
if (Cli.Handles(args))
{
    return await Cli.RunAsync(args, Console.Out, Console.Error);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddScreenBoardApp();
builder.AddScreenBoardJobs();

var app = builder.Build();
await app.InitializeDatabaseAsync();
await app.UseScreenBoardJobsAsync();
app.UseScreenBoardApp();
app.MapScreenBoardApi();
await app.RunAsync();
return 0;

/// <summary>The entry point; public so tests can host the app in-process.</summary>
public partial class Program;
