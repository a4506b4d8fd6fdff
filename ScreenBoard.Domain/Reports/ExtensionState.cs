namespace ScreenBoard.Domain.Reports;

/// <summary>Where an extension request (延期申请) stands.</summary>
public enum ExtensionState
{
    /// <summary>Asked; waiting for the office.</summary>
    Pending = 0,

    /// <summary>The office approved it: the task's deadline moved.</summary>
    Approved = 1,

    /// <summary>The office refused it, with a reason; the deadline stays.</summary>
    Refused = 2,
}
