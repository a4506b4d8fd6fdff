namespace ScreenBoard.Domain.Reports;

/// <summary>Where a progress report stands on its way from the unit to the office.</summary>
public enum ReportState
{
    /// <summary>Sent by the unit; waiting for its competent department.</summary>
    Submitted = 0,

    /// <summary>Checked by the competent department (把关); waiting for the office.</summary>
    Reviewed = 1,

    /// <summary>Accepted by the office: the only state that counts in scoring.</summary>
    Accepted = 2,

    /// <summary>Sent back with a reason; the unit reports again.</summary>
    Returned = 3,
}
