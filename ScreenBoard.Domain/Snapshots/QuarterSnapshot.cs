using ScreenBoard.Domain.Common;

namespace ScreenBoard.Domain.Snapshots;

/// <summary>
/// 季度集中通报: the scores of a quarter on its last day, stored. One snapshot per (quarter,
/// <see cref="PublishedVersion"/>): version 0 is the draft, replaced by each recomputation; publishing
/// makes it version 1; each republication by the office is a new version with its own rows, and the
/// rows of a published version never change (docs/decisions/010).
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

    /// <summary>0 for the draft; 1 for the first publication, 2 for the first republication, …</summary>
    public int PublishedVersion { get; private set; }

    /// <summary>Why the office republished (versions 2 and later); null for the draft and version 1.</summary>
    public string? Reason { get; private set; }

    public bool IsPublished => PublishedVersion > 0;

    public QuarterId QuarterId => new(Year, Quarter);

    public IReadOnlyList<TaskSnapshotRow> TaskRows => _taskRows.AsReadOnly();

    public IReadOnlyList<UnitSnapshotRow> UnitRows => _unitRows.AsReadOnly();

    public long Version { get; set; }

    /// <summary>The longest reason for a republication.</summary>
    public const int ReasonMaxLength = 500;

    /// <summary>
    /// The office's republication of a published quarter: a new published version, one above
    /// <paramref name="newest"/>, with its own rows. The rows of <paramref name="newest"/> stay as they are.
    /// </summary>
    public static QuarterSnapshot Republication(QuarterSnapshot newest, IEnumerable<TaskSnapshotRow> taskRows, IEnumerable<UnitSnapshotRow> unitRows, string ruleParameters, string by, string reason, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(newest);
        if (!newest.IsPublished)
        {
            throw new DomainException("Quarter.NotPublished", newest.QuarterId.ToString());
        }

        var why = Guard.Required(reason, "Quarter.Reason", ReasonMaxLength, multiline: true);
        var next = new QuarterSnapshot(newest.QuarterId, newest.ListId);
        next.ReplaceRows(taskRows, unitRows, ruleParameters, at);
        next.Publish(by, at);
        next.PublishedVersion = newest.PublishedVersion + 1;
        next.Reason = why;
        return next;
    }

    /// <summary>
    /// Replaces the rows of a draft (the old rows must have been removed or not loaded).
    /// A published version refuses: its figures are kept as they were published.
    /// </summary>
    public void ReplaceRows(IEnumerable<TaskSnapshotRow> taskRows, IEnumerable<UnitSnapshotRow> unitRows, string ruleParameters, DateTimeOffset computedAt)
    {
        if (IsPublished)
        {
            throw new DomainException("Quarter.VersionPublished", QuarterId.ToString(), PublishedVersion);
        }

        _taskRows.Clear();
        _taskRows.AddRange(taskRows);
        _unitRows.Clear();
        _unitRows.AddRange(unitRows);
        RuleParameters = ruleParameters;
        ComputedAt = computedAt;
    }

    /// <summary>Publishes the draft as version 1.</summary>
    public void Publish(string by, DateTimeOffset at)
    {
        if (IsPublished)
        {
            throw new DomainException("Quarter.AlreadyPublished", QuarterId.ToString());
        }

        PublishedBy = Guard.Required(by, "Quarter.PublishedBy", 100);
        PublishedAt = at;
        PublishedVersion = 1;
    }
}
