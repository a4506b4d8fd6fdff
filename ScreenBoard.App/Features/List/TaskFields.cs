namespace ScreenBoard.App.Features.List;

/// <summary>
/// The fields of the task form, named by the same keys the domain's refusals carry (<c>FieldName</c>), so a
/// refusal lands next to its field and the field's label is the resource <c>Field.{key}</c>.
/// </summary>
public static class TaskFields
{
    public const string Code = "Task.Code";
    public const string Title = "Task.Title";
    public const string Goal = "Task.Goal";
    public const string Category = "Task.Category";
    public const string Source = "Task.Source";
    public const string SourceReference = "Task.SourceReference";
    public const string SourceLeader = "Task.SourceLeader";
    public const string SourceDate = "Task.SourceDate";
    public const string SourceText = "Task.SourceText";
    public const string LeadUnit = "Task.LeadUnit";
    public const string CoUnits = "Task.CoUnits";
    public const string ResponsibleLeader = "Task.ResponsibleLeader";
    public const string SupervisingUnit = "Task.SupervisingUnit";
    public const string Start = "Task.Start";
    public const string Deadline = "Task.Deadline";
    public const string Weight = "Task.Weight";
    public const string Milestones = "Task.Milestones";

    public const string UnitCode = "Unit.Code";
    public const string UnitName = "Unit.Name";
    public const string UnitKind = "Unit.Kind";
    public const string UnitCompetent = "Unit.Competent";
}
