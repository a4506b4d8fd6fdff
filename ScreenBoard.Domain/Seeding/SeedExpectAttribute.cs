namespace ScreenBoard.Domain.Seeding;

/// <summary>
/// What a list-file field expects when its value has the wrong type, as a message key
/// (resource <c>Domain.{Key}</c>, e.g. "an integer 0–100").
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SeedExpectAttribute(string key) : Attribute
{
    public const string Date = "Seed.Expect.Date";

    public string Key { get; } = key;
}
