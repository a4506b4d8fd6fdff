using ScreenBoard.Domain.Tasks;
using ScreenBoard.Domain.Units;

namespace ScreenBoard.App.Features.Import;

/// <summary>
/// The list workbook's shape (docs/list-template.md): the sheets 单位, 任务 and 节点 with Chinese headers in row 1,
/// and a 说明 sheet. Export writes it, the template is it with one example row per sheet, import reads it.
/// The headers and the kind/category/source labels are the file's format, the same in every UI language.
/// </summary>
public static class ListWorkbook
{
    public const string UnitsSheet = "单位";
    public const string TasksSheet = "任务";
    public const string MilestonesSheet = "节点";
    public const string HelpSheet = "说明";

    /// <summary>Separates the co-units' codes in one cell.</summary>
    public const char CodeSeparator = ';';

    public const string DateFormat = "yyyy-MM-dd";

    public static readonly IReadOnlyList<ListColumn> UnitColumns =
    [
        new("code", "单位代码", true, "单位的唯一代码（如 NYJ），最多 32 个字符；导入时按代码匹配：已有的单位被修改，没有的被新增。"),
        new("name", "单位名称", true, "最多 100 个字符。"),
        new("kind", "单位类型", true, "部门、镇 或 街道（也可写 Department / Town / Street）。"),
        new("competent", "主管部门代码", false, "把关该单位进度报送的主管部门的单位代码；空白表示由督查室直接审核。"),
    ];

    public static readonly IReadOnlyList<ListColumn> TaskColumns =
    [
        new("code", "任务代码", true, "任务的唯一代码（如 DS-001），最多 32 个字符；导入时按代码匹配：已有的任务被修改，没有的被新增。"),
        new("title", "任务名称", true, "最多 300 个字符。"),
        new("goal", "工作目标", false, "最多 2000 个字符，可换行。"),
        new("category", "类别", true, "大事、要事 或 实事（也可写 Major / Key / PeopleLivelihood）。"),
        new("source", "来源", true, "年度清单、领导批示件、12345热线 或 督查发现问题（也可写 AnnualList / LeaderInstruction / Hotline12345 / InspectionFinding）。"),
        new("sourceReference", "来源文号", false, "批示件文号或 12345 工单号，最多 64 个字符。"),
        new("sourceLeader", "批示领导", false, "作出批示的领导，最多 100 个字符。"),
        new("sourceDate", "来源日期", false, "批示、工单或发现问题的日期，yyyy-MM-dd。"),
        new("sourceText", "来源内容", false, "批示内容或发现的问题，最多 2000 个字符。"),
        new("lead", "牵头单位代码", true, "牵头单位的单位代码，须在“单位”表或系统中已有。"),
        new("coUnits", "协办单位代码", false, "协办单位的单位代码，多个用英文分号 ; 分隔；导入后任务的协办单位即为此列所列。"),
        new("supervisor", "督查部门代码", false, "督查职能部门的单位代码，可空白。"),
        new("leader", "责任领导", false, "最多 100 个字符。"),
        new("start", "开始日期", false, "yyyy-MM-dd，须在清单年度内；空白为 1 月 1 日。"),
        new("deadline", "完成时限", true, "yyyy-MM-dd，须在清单年度内，不得早于开始日期。"),
        new("weight", "权重", false, "大于 0 的数，空白为 1。"),
    ];

    public static readonly IReadOnlyList<ListColumn> MilestoneColumns =
    [
        new("task", "任务代码", true, "节点所属任务的代码，须在“任务”表或系统中已有。"),
        new("title", "节点名称", true, "最多 200 个字符；导入时按（任务代码，节点名称）匹配：已有的节点被修改，没有的被新增。"),
        new("due", "节点日期", true, "yyyy-MM-dd，须在任务的开始日期与完成时限之间。"),
        new("share", "份额", true, "该节点占任务的份额，大于 0、不超过 1（0.3 即 30%）；同一任务各节点份额之和不得超过 1。"),
    ];

    public static readonly IReadOnlyDictionary<UnitKind, string> KindLabels = new Dictionary<UnitKind, string>
    {
        [UnitKind.Department] = "部门", [UnitKind.Town] = "镇", [UnitKind.Street] = "街道",
    };

    public static readonly IReadOnlyDictionary<TaskCategory, string> CategoryLabels = new Dictionary<TaskCategory, string>
    {
        [TaskCategory.Major] = "大事", [TaskCategory.Key] = "要事", [TaskCategory.PeopleLivelihood] = "实事",
    };

    public static readonly IReadOnlyDictionary<TaskSource, string> SourceLabels = new Dictionary<TaskSource, string>
    {
        [TaskSource.AnnualList] = "年度清单", [TaskSource.LeaderInstruction] = "领导批示件",
        [TaskSource.Hotline12345] = "12345热线", [TaskSource.InspectionFinding] = "督查发现问题",
    };

    /// <summary>The columns of a sheet of the list (not the 说明 sheet).</summary>
    public static IReadOnlyList<ListColumn> ColumnsOf(string sheet) => sheet switch
    {
        UnitsSheet => UnitColumns,
        TasksSheet => TaskColumns,
        MilestonesSheet => MilestoneColumns,
        _ => throw new ArgumentOutOfRangeException(nameof(sheet), sheet, "Not a sheet of the list workbook."),
    };

    /// <summary>The header of a field's column on a sheet; the field's own name when the sheet has no such column.</summary>
    public static string ColumnOf(string sheet, string field) =>
        ColumnsOf(sheet).FirstOrDefault(c => c.Field == field)?.Header ?? field;
}
