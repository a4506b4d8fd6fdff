using Microsoft.AspNetCore.Components;
using ScreenBoard.Domain.Boards;
using ScreenBoard.Domain.Scoring;
using ScreenBoard.Domain.Tasks;

namespace ScreenBoard.App.Features.Boards.Components;

/// <summary>任务看板: tasks by category, the ones needing attention first, filterable by category, unit and status.</summary>
public partial class TaskBoard
{
    /// <summary>The scored list.</summary>
    [Parameter, EditorRequired] public required Board Board { get; set; }

    /// <summary>Only these category (null: all).</summary>
    [Parameter] public TaskCategory? Category { get; set; }

    [Parameter] public EventCallback<TaskCategory?> CategoryChanged { get; set; }

    /// <summary>Only tasks this unit leads (null: all).</summary>
    [Parameter] public int? UnitId { get; set; }

    [Parameter] public EventCallback<int?> UnitIdChanged { get; set; }

    /// <summary>Only tasks with this status (null: all).</summary>
    [Parameter] public ProgressStatus? Status { get; set; }

    [Parameter] public EventCallback<ProgressStatus?> StatusChanged { get; set; }

    /// <summary>Statuses a kiosk profile limits the board to (null: all).</summary>
    [Parameter] public IReadOnlyCollection<ProgressStatus>? OnlyStatuses { get; set; }

    /// <summary>Show the filter bar (desktop and touch screens).</summary>
    [Parameter] public bool ShowFilters { get; set; } = true;

    /// <summary>Actions after a task's card (the office's, on its page); none on the kiosk.</summary>
    [Parameter] public RenderFragment<TaskRow>? TaskActions { get; set; }

    /// <summary>Tasks per category column per page; all when not set.</summary>
    [Parameter] public int PageSize { get; set; } = int.MaxValue;

    /// <summary>Each column's pages of uneven length (a kiosk fits each to its screen); overrides <see cref="PageSize"/>.</summary>
    [Parameter] public IReadOnlyDictionary<TaskCategory, PageBreaks>? Breaks { get; set; }

    /// <summary>The page shown, from 0.</summary>
    [Parameter] public int Page { get; set; }

    /// <summary>Tapping a task opens its detail.</summary>
    [Parameter] public EventCallback<string> OnTaskSelected { get; set; }

    /// <summary>A kiosk's column: a category's open tasks with the statuses the kiosk shows, most urgent first.</summary>
    public static IEnumerable<TaskRow> KioskColumn(Board board, TaskCategory category, IReadOnlyCollection<ProgressStatus>? only) =>
        TaskUrgency.MostUrgentFirst(board.ActiveTasks.Where(t => t.Category == category && (only is null || only.Contains(t.Status))));

    /// <summary>How many pages the longest column takes, for a kiosk's rotation.</summary>
    public static int PagesFor(IReadOnlyDictionary<TaskCategory, PageBreaks> breaks) => breaks.Values.Select(b => b.Count).DefaultIfEmpty(1).Max();

    /// <summary>The board's rows: tasks still open (a closed-out task has left the active boards, docs/decisions/016).</summary>
    private IEnumerable<TaskRow> Filtered(TaskCategory category) => TaskUrgency.MostUrgentFirst(Board.ActiveTasks
        .Where(t => t.Category == category)
        .Where(t => UnitId is null || t.LeadUnitId == UnitId)
        .Where(t => Status is null || t.Status == Status)
        .Where(t => OnlyStatuses is null || OnlyStatuses.Contains(t.Status)));

    private List<TaskRow> PageOf(TaskCategory category) => Breaks?.GetValueOrDefault(category) is { } breaks
        ? breaks.Page(Filtered(category), Page).ToList()
        : Filtered(category).Skip(Page * PageSize).Take(PageSize).ToList();

    private Task SetCategory(TaskCategory? value) => Set(() => Category = value, CategoryChanged, value);

    private Task SetUnit(int? value) => Set(() => UnitId = value, UnitIdChanged, value);

    private Task SetStatus(ProgressStatus? value) => Set(() => Status = value, StatusChanged, value);

    private static Task Set<T>(Action assign, EventCallback<T> changed, T value)
    {
        assign();
        return changed.InvokeAsync(value);
    }
}
