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

// Migrations, the list and the accounts are prepared beside the web host's start; requests and the hosted
// services that read the database wait for them (StartupGate, docs/decisions/027).
var startup = app.Services.GetRequiredService<StartupGate>();
startup.Begin(app.InitializeDatabaseAsync);
app.UseStartupGate();
app.UseScreenBoardJobs();
app.UseScreenBoardApp();
app.MapScreenBoardApi();
app.MapHealthEndpoint();
await app.StartAsync();
if (!await startup.WaitAsync(CancellationToken.None))
{
    var failure = startup.Ready.Exception!.InnerException!;
    var messages = app.Services.GetRequiredService<IDomainMessages>();
    await app.StopAsync();
    await app.DisposeAsync();
    if (failure is SeedFormatException ex)
    {
        // A bad list file is the operator's to fix: the problems in words (zh-CN first), not a stack trace, and exit code 1.
        await Console.Error.WriteLineAsync(ex.Describe(messages));
        return 1;
    }

    System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
}

await app.WaitForShutdownAsync();
await app.DisposeAsync();
return 0;

/// <summary>The entry point; public so tests can host the app in-process.</summary>
public partial class Program;
