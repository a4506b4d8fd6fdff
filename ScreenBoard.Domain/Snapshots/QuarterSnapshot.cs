using ScreenBoard.Domain.Common;

namespace ScreenBoard.Domain.Snapshots;

/// <summary>
/// 季度集中通报: the scores of a quarter on its last day, stored. A draft is replaced by each
/// recomputation; a published snapshot changes only when the office republishes it.
/// </summary>
public sealed class QuarterSnapshot : Entity, IVersioned
{
    private readonly List<TaskSnapshotRow> _taskRows = [];
    private readonly List<UnitSnapshotRow> _unitRows = [];

    private QuarterSnapshot()
    {
        RuleParameters = string.Empty;
    }

    public QuarterSnapshot(QuarterId quarter, int listId)
    {
        quarter.Validate();
        Year = quarter.Year;
        Quarter = quarter.Quarter;
        ListId = listId;
        EvaluationDate = quarter.LastDay;
        RuleParameters = string.Empty;
    }

    public int Year { get; private set; }

    public int Quarter { get; private set; }

    public int ListId { get; private set; }

    public DateOnly EvaluationDate { get; private set; }

    public DateTimeOffset ComputedAt { get; private set; }

    /// <summary>The scoring parameters the rows were computed with, as JSON.</summary>
    public string RuleParameters { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public string? PublishedBy { get; private set; }

    public bool IsPublished => PublishedAt is not null;

    public QuarterId QuarterId => new(Year, Quarter);

    public IReadOnlyList<TaskSnapshotRow> TaskRows => _taskRows.AsReadOnly();

    public IReadOnlyList<UnitSnapshotRow> UnitRows => _unitRows.AsReadOnly();

    public long Version { get; set; }

    /// <summary>
    /// Replaces the rows of a draft (the old rows must have been removed or not loaded).
    /// A published snapshot refuses unless <paramref name="republish"/>.
    /// </summary>
    public void ReplaceRows(IEnumerable<TaskSnapshotRow> taskRows, IEnumerable<UnitSnapshotRow> unitRows, string ruleParameters, DateTimeOffset computedAt, bool republish = false)
    {
        if (IsPublished && !republish)
        {
            throw new DomainException($"{QuarterId} is published; only the office can republish it.");
        }

        _taskRows.Clear();
        _taskRows.AddRange(taskRows);
        _unitRows.Clear();
        _unitRows.AddRange(unitRows);
        RuleParameters = ruleParameters;
        ComputedAt = computedAt;
    }

    public void Publish(string by, DateTimeOffset at)
    {
        PublishedBy = Guard.Required(by, "Who publishes", 100);
        PublishedAt = at;
    }
}
