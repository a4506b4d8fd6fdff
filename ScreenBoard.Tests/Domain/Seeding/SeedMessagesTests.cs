using ScreenBoard.Domain.Seeding;
using ScreenBoard.Tests.TestSupport;

namespace ScreenBoard.Tests.Domain.Seeding;

/// <summary>The list file's problems are keys and arguments: Chinese in the UI's first language, English under en.</summary>
public sealed class SeedMessagesTests
{
    private static readonly SeedFile File = new(SeedFile.CurrentFormat, new SeedList("清单", 2026),
        [new SeedUnit("HXZ", "华西镇", "Village", null)], [], []);

    [Fact]
    public void AnUnknownKind_IsNamedInChinese_AndInEnglishUnderEn()
    {
        var problem = Assert.Single(SeedChecker.Check(File, 2026, SeedKnownCodes.None));

        Assert.Equal(("units[0] (HXZ).kind", "Seed.NotOneOf"), (problem.Where, problem.Key));
        Assert.Equal("units[0] (HXZ).kind: \"Village\" 不是 Department, Town, Street 之一（只能写一个名称，大小写与所列一致）。", TestMessages.In("zh-CN", problem.Describe));
        Assert.Equal("units[0] (HXZ).kind: \"Village\" is not one of Department, Town, Street (exactly one name, written as shown).", TestMessages.In("en", problem.Describe));
    }

    [Fact]
    public void AProblem_SplitsIntoEntryAndField()
    {
        var problem = SeedError.At("tasks[0] (DS.1).reports[2].percent", "Seed.MissingPercent");

        Assert.Equal(("tasks[0] (DS.1).reports[2]", "percent"), (problem.Entry, problem.Field));
        Assert.Equal(("(file)", "format"), (SeedError.At("format", "Seed.Missing").Entry, SeedError.At("format", "Seed.Missing").Field));
    }
}
