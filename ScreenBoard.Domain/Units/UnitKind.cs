namespace ScreenBoard.Domain.Units;

/// <summary>What kind of responsible unit (责任单位) this is.</summary>
public enum UnitKind
{
    /// <summary>A city department (市级部门).</summary>
    Department = 0,

    /// <summary>A town (镇).</summary>
    Town = 1,

    /// <summary>A street / sub-district (街道).</summary>
    Street = 2,
}
