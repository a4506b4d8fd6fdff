namespace ScreenBoard.Domain.Seeding;

/// <summary>What a load added; all zeros when the file was loaded before.</summary>
public sealed record SeedResult(int Year, int UnitsAdded, int TasksAdded, int ReportsAdded, int NoticesAdded)
{
    public bool AddedAnything => UnitsAdded + TasksAdded + ReportsAdded + NoticesAdded > 0;
}
