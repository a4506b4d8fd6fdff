namespace ScreenBoard.Domain.Seeding;

/// <summary>What a list-file field expects, in words, when its value has the wrong type (e.g. "an integer 0–100").</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SeedExpectAttribute(string description) : Attribute
{
    public const string Date = "a date \"MM-dd\" (text)";

    public string Description { get; } = description;
}
