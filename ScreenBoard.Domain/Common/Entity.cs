namespace ScreenBoard.Domain.Common;

/// <summary>Base of every stored entity: a database-generated key.</summary>
public abstract class Entity
{
    public int Id { get; private set; }
}
