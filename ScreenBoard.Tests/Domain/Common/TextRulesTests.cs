using ScreenBoard.Domain.Common;

namespace ScreenBoard.Tests.Domain.Common;

public sealed class TextRulesTests
{
    [Theory]
    [InlineData("农村\u0000道路", 2)]
    [InlineData("农村\u202E道路", 2)]
    [InlineData("\u2067道路", 0)]
    [InlineData("道路\u200F", 2)]
    [InlineData("道\uFEFF路", 1)]
    [InlineData("道\u0085路", 1)]
    [InlineData("道\u007F路", 1)]
    [InlineData("道路\t", 2)]
    [InlineData("道路\n", 2)]
    public void ASingleLineText_FindsTheForbiddenCharacter(string text, int at)
    {
        var found = TextRules.TryFindForbidden(text, out var index, out var character);

        Assert.True(found);
        Assert.Equal((at, text[at]), (index, character));
    }

    [Fact]
    public void ALoneSurrogate_IsForbidden()
    {
        Assert.True(TextRules.TryFindForbidden("道" + (char)0xD800 + "路", out var index, out _));
        Assert.Equal(1, index);
    }

    [Theory]
    [InlineData("设计完成\r\n\t图纸已报审", false)]
    [InlineData("设计\u0000完成", true)]
    [InlineData("设计\u202A完成", true)]
    [InlineData("设计\u000B完成", true)]
    public void AMultiLineText_AllowsLineBreaksAndTabsOnly(string text, bool forbidden)
    {
        Assert.Equal(forbidden, TextRules.TryFindForbidden(text, multiLine: true, out _, out _));
    }

    [Theory]
    [InlineData("农村道路提档 DS-001 (2026) “引号” 😀")]
    [InlineData("")]
    [InlineData(null)]
    public void OrdinaryText_IsAllowed(string? text)
    {
        Assert.False(TextRules.TryFindForbidden(text, out _, out _));
    }
}
