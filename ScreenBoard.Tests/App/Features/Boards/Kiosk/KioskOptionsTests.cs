using Microsoft.Extensions.Configuration;
using ScreenBoard.App.Features.Boards.Components;
using ScreenBoard.App.Features.Boards.Kiosk;
using ScreenBoard.Domain.Scoring;

namespace ScreenBoard.Tests.App.Features.Boards.Kiosk;

public sealed class KioskOptionsTests
{
    private static KioskOptions Bind(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>($"{KioskOptions.Section}:{s.Key}", s.Value)))
            .Build();
        var options = new KioskOptions();
        configuration.GetSection(KioskOptions.Section).Bind(options);
        return options;
    }

    [Fact]
    public void ConfiguredBoards_ReplaceTheDefault_InsteadOfAddingToIt()
    {
        var options = Bind(("Profiles:hall:Boards:0", "Units"), ("Profiles:hall:Boards:1", "Escalation"));

        Assert.Equal([BoardKind.Units, BoardKind.Escalation], options.Profiles["hall"].RotatedBoards);
    }

    [Fact]
    public void AProfileWithoutBoards_RotatesThroughAllFive_AndShowsTheTasksNeedingAttention()
    {
        var profile = Bind(("Profiles:lobby:RotationSeconds", "30")).Profiles["lobby"];

        Assert.Equal(5, profile.RotatedBoards.Count);
        Assert.Equal([ProgressStatus.Overdue, ProgressStatus.Lagging], profile.ShownTaskStatuses);
        Assert.Equal(30, profile.RotationSeconds);
    }

    [Fact]
    public void ConfiguredTaskStatuses_ReplaceTheDefault()
    {
        var profile = Bind(("Profiles:office:TaskStatuses:0", "Ahead")).Profiles["office"];

        Assert.Equal([ProgressStatus.Ahead], profile.ShownTaskStatuses);
    }
}
