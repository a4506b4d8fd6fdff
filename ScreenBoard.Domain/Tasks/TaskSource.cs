namespace ScreenBoard.Domain.Tasks;

/// <summary>Where an item on the list came from.</summary>
public enum TaskSource
{
    /// <summary>The year's annual list (年度清单).</summary>
    AnnualList = 0,

    /// <summary>A leader's written instruction (领导批示件).</summary>
    LeaderInstruction = 1,

    /// <summary>A citizen complaint through the 12345 hotline.</summary>
    Hotline12345 = 2,

    /// <summary>A problem an inspection found (督查发现问题).</summary>
    InspectionFinding = 3,
}
