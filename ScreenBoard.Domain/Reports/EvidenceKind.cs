namespace ScreenBoard.Domain.Reports;

/// <summary>What a file of evidence is, as its content (not its name) says.</summary>
public enum EvidenceKind
{
    Jpeg = 0,
    Png = 1,
    WebP = 2,
    Pdf = 3,
}
