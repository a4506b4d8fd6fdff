using ScreenBoard.Domain.Units;

namespace ScreenBoard.Domain.Tasks;

/// <summary>A co-unit (协办单位) of a task: shown beside the task, not scored.</summary>
public sealed class TaskCoUnit
{
    private TaskCoUnit()
    {
    }

    internal TaskCoUnit(Unit unit)
    {
        Unit = unit;
    }

    public int TaskId { get; private set; }

    public int UnitId { get; private set; }

    public Unit Unit { get; private set; } = null!;
}
