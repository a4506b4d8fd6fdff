using ScreenBoard.Domain.Tasks;

namespace ScreenBoard.App.Features.List;

/// <summary>The sources a task can be quickly added from, each with its own code series.</summary>
public enum QuickAddKind
{
    /// <summary>领导批示件: the instruction's text, the leader, the date. Codes PS-{year}-nnn.</summary>
    LeaderInstruction = 0,

    /// <summary>12345 工单: the ticket number and the complaint. Codes RX-{year}-nnn.</summary>
    Hotline12345 = 1,

    /// <summary>督查发现问题: the finding and its date. Codes DC-{year}-nnn.</summary>
    InspectionFinding = 2,
}

/// <summary>Each quick-add kind's source on the task and its code prefix.</summary>
public static class QuickAddKinds
{
    public static TaskSource Source(this QuickAddKind kind) => kind switch
    {
        QuickAddKind.LeaderInstruction => TaskSource.LeaderInstruction,
        QuickAddKind.Hotline12345 => TaskSource.Hotline12345,
        QuickAddKind.InspectionFinding => TaskSource.InspectionFinding,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>PS (批示), RX (热线), DC (督查).</summary>
    public static string CodePrefix(this QuickAddKind kind) => kind switch
    {
        QuickAddKind.LeaderInstruction => "PS",
        QuickAddKind.Hotline12345 => "RX",
        QuickAddKind.InspectionFinding => "DC",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
