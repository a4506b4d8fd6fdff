namespace ScreenBoard.Domain.Common;

/// <summary>
/// Turns a refusal into a sentence for a person; the app supplies one backed by its resources (zh-CN
/// first). Where none is given (tools, domain tests) the refusal's key and arguments are shown.
/// </summary>
public interface IDomainMessages
{
    string Describe(DomainException exception);
}

/// <summary>The key and arguments as they are (<see cref="Exception.Message"/>).</summary>
public sealed class KeyedDomainMessages : IDomainMessages
{
    public static readonly KeyedDomainMessages Instance = new();

    public string Describe(DomainException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.Message;
    }
}
