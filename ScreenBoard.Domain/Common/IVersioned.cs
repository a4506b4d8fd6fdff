namespace ScreenBoard.Domain.Common;

/// <summary>
/// An entity people edit. SQLite cannot generate a row version, so the application
/// increments <see cref="Version"/> on every save that modifies the entity and EF Core
/// uses it as the optimistic concurrency token: a stale edit is reported, never applied.
/// </summary>
public interface IVersioned
{
    long Version { get; set; }
}
