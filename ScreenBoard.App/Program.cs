using ScreenBoard.App.Setup;

var builder = WebApplication.CreateBuilder(args);
builder.AddScreenBoardApp();

var app = builder.Build();
await app.InitializeDatabaseAsync();
app.UseScreenBoardApp();
app.Run();

/// <summary>The entry point; public so tests can host the app in-process.</summary>
public partial class Program;
