using ScreenBoard.App.Api;
using ScreenBoard.App.Jobs;
using ScreenBoard.App.Setup;

var builder = WebApplication.CreateBuilder(args);
builder.AddScreenBoardApp();
builder.AddScreenBoardJobs();

var app = builder.Build();
await app.InitializeDatabaseAsync();
await app.UseScreenBoardJobsAsync();
app.UseScreenBoardApp();
app.MapScreenBoardApi();
app.MapHealthEndpoint();
app.Run();

/// <summary>The entry point; public so tests can host the app in-process.</summary>
public partial class Program;
