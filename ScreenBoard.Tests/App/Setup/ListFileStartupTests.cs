using System.Diagnostics;

namespace ScreenBoard.Tests.App.Setup;

/// <summary>The app started as a real process (<c>dotnet ScreenBoard.App.dll</c>) with a list file it cannot load.</summary>
public sealed class ListFileStartupTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("screenboard-start-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task ABadListFile_EndsTheStartWithExitCode1AndItsProblems_NoStackTrace()
    {
        var list = Path.Combine(_folder, "list.json");
        await File.WriteAllTextAsync(list, """
            { "format": "screenboard-list/1", "list": { "title": "清单", "year": 2026 },
              "units": [ { "code": "A", "name": "甲", "kind": "Department", "competent": "B" },
                         { "code": "B", "name": "乙", "kind": "Department", "competent": "A" } ],
              "tasks": [ { "code": "T-1", "title": "任务", "category": "Major,Key", "source": "AnnualList", "lead": "A", "deadline": "12-31" } ] }
            """);

        var (exitCode, output, errors) = await RunAppAsync($"--Seed:Path={list}");

        Assert.True(exitCode == 1, $"exit code {exitCode}; stdout: {output}; stderr: {errors}");
        Assert.Contains("无法载入，未写入任何内容。", errors);
        Assert.Contains("units[0] (A).competent: A → B → A：主管部门互相把关，形成循环", errors);
        Assert.Contains("tasks[0] (T-1).category: \"Major,Key\" 不是 Major, Key, PeopleLivelihood 之一", errors);
        Assert.DoesNotContain("   at ", errors + output);
    }

    [Fact]
    public async Task AMissingListFile_EndsTheStartWithExitCode1()
    {
        var (exitCode, _, errors) = await RunAppAsync($"--Seed:Path={Path.Combine(_folder, "nowhere.json")}");

        Assert.Equal(1, exitCode);
        Assert.Contains("文件不存在", errors);
    }

    private async Task<(int ExitCode, string Output, string Errors)> RunAppAsync(string seedArgument)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = _folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[]
        {
            Path.Combine(AppContext.BaseDirectory, "ScreenBoard.App.dll"), seedArgument,
            $"--ConnectionStrings:ScreenBoard=Data Source={Path.Combine(_folder, "screenboard.db")}",
            $"--Jobs:SQLitePath={Path.Combine(_folder, "hangfire.db")}", "--urls=http://127.0.0.1:0",
        })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["LC_ALL"] = start.Environment["LANG"] = "zh_CN.UTF-8";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();

        // A generous bound so a broken start (one that serves instead of exiting) fails instead of hanging the suite.
        using var bound = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(bound.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await output, await errors);
    }
}
