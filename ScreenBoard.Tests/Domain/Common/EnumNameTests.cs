using ScreenBoard.Domain.Common;
using ScreenBoard.Domain.Scoring;
using ScreenBoard.Domain.Tasks;

namespace ScreenBoard.Tests.Domain.Common;

public sealed class EnumNameTests
{
    [Theory]
    [InlineData("Major,PeopleLivelihood")]
    [InlineData("Major, Key")]
    [InlineData("1")]
    [InlineData("-1")]
    [InlineData("major")]
    [InlineData(" Major")]
    [InlineData("")]
    [InlineData(null)]
    public void AnythingButOneExactName_IsRefused(string? text)
    {
        Assert.False(EnumName.TryParse<TaskCategory>(text, out _));
    }

    [Fact]
    public void EveryDefinedName_IsRead()
    {
        Assert.All(Enum.GetValues<ProgressStatus>(), s => Assert.Equal(s, EnumName.Parse<ProgressStatus>(s.ToString())));
    }
}
