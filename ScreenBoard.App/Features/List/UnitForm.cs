using ScreenBoard.Domain.Units;

namespace ScreenBoard.App.Features.List;

/// <summary>What the office types for one unit: its code (fixed once the unit exists), name, kind and competent department.</summary>
public sealed class UnitForm
{
    public string? Code { get; set; }

    public string? Name { get; set; }

    public UnitKind Kind { get; set; } = UnitKind.Department;

    /// <summary>The competent department's code (主管部门); null: the office reviews the unit's reports.</summary>
    public string? CompetentCode { get; set; }
}
