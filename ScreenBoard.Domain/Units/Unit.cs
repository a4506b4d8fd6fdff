using ScreenBoard.Domain.Common;

namespace ScreenBoard.Domain.Units;

/// <summary>
/// 责任单位: a department, town or street that answers for tasks and is ranked.
/// Its competent department (主管部门) reviews its progress reports before the office sees them.
/// </summary>
public sealed class Unit : Entity, IVersioned
{
    private Unit()
    {
        Code = string.Empty;
        Name = string.Empty;
    }

    public Unit(string code, string name, UnitKind kind)
    {
        Code = Guard.Required(code, "Unit.Code", 32);
        Name = Guard.Required(name, "Unit.Name", 100);
        Kind = Enum.IsDefined(kind) ? kind : throw new DomainException("Unit.UnknownKind", kind.ToString());
    }

    public string Code { get; private set; }

    public string Name { get; private set; }

    public UnitKind Kind { get; private set; }

    /// <summary>The competent department (主管部门) that reviews this unit's reports; null: the office reviews them.</summary>
    public int? ReviewingUnitId { get; private set; }

    public Unit? ReviewingUnit { get; private set; }

    public long Version { get; set; }

    public void Rename(string name) => Name = Guard.Required(name, "Unit.Name", 100);

    /// <summary>Changes the unit's kind (department, town, street).</summary>
    public void ChangeKind(UnitKind kind) => Kind = Enum.IsDefined(kind) ? kind : throw new DomainException("Unit.UnknownKind", kind.ToString());

    /// <summary>
    /// Sets the competent department. A unit cannot review itself, nor through others (A reviewed by B, B by A):
    /// the chain of <paramref name="reviewer"/>'s own competent departments must be loaded (<see cref="ReviewingUnit"/>).
    /// </summary>
    public void AssignReviewingUnit(Unit? reviewer)
    {
        if (reviewer is not null && ReferenceEquals(reviewer, this))
        {
            throw new DomainException("Unit.OwnCompetentDepartment", Code);
        }

        if (reviewer is not null && CompetentCycles.Find(ChainWith(reviewer)) is [var cycle, ..])
        {
            throw new DomainException("Unit.CompetentCycle", Code, cycle.Path);
        }

        ReviewingUnit = reviewer;
        if (reviewer is null || reviewer.Id != 0)
        {
            // A reviewer not yet saved has no id: EF Core fixes the key up from the navigation.
            ReviewingUnitId = reviewer?.Id;
        }
    }

    /// <summary>This unit reviewed by <paramref name="reviewer"/>, then the reviewer's chain upwards (each unit once).</summary>
    private List<(string? Code, string? Competent)> ChainWith(Unit reviewer)
    {
        var chain = new List<(string? Code, string? Competent)> { (Code, reviewer.Code) };
        var seen = new HashSet<Unit>(ReferenceEqualityComparer.Instance) { this };
        for (var at = reviewer; at is not null && seen.Add(at); at = at.ReviewingUnit)
        {
            chain.Add((at.Code, at.ReviewingUnit?.Code));
        }

        return chain;
    }
}
