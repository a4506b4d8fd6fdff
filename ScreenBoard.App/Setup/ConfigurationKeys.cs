namespace ScreenBoard.App.Setup;

/// <summary>Configuration keys read outside an options class.</summary>
public static class ConfigurationKeys
{
    /// <summary>The SQLite connection string.</summary>
    public const string ConnectionStringName = "ScreenBoard";
}
