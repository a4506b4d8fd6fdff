using System.ComponentModel.DataAnnotations;

namespace ScreenBoard.App.Features.Documents;

/// <summary>The <c>Documents</c> section: who the office's documents are issued by.</summary>
public sealed class DocumentsOptions
{
    public const string Section = "Documents";

    /// <summary>The issuing office as it signs (e.g. 青川市委督查室); the red header reads 中共 + this name.</summary>
    [Required]
    [StringLength(40, MinimumLength = 2)]
    public string Issuer { get; set; } = "市委督查室";

    /// <summary>The red header line (红头) of the office's documents.</summary>
    public string Header => "中共" + Issuer;
}
