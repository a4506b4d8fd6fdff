using ScreenBoard.App.Options;

namespace ScreenBoard.Tests.App.Setup;

/// <summary>Scoring:Flags keys are status names read as strictly as every other enum input.</summary>
public sealed class ScoringFlagKeyTests
{
    [Theory]
    [InlineData("lagging")]
    [InlineData("Lagging,Overdue")]
    [InlineData("3")]
    public void AFlagKeyThatIsNotExactlyOneStatusName_IsRefusedWithItsKey(string status)
    {
        var options = new ScoringOptions { Flags = { [status] = new FlagOptions { LabelZh = "滞后", LabelEn = "Lagging", Color = "#ff0000", Icon = "flag" } } };

        var result = new ScoringOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains($"Scoring:Flags:{status}: '{status}' is not a status", result.FailureMessage);
    }
}
