using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using ScreenBoard.App.Features.Accounts;
using ScreenBoard.App.Features.Boards.Live;
using ScreenBoard.App.Features.Chasing;
using ScreenBoard.Domain.Auditing;
using ScreenBoard.Domain.Boards;

namespace ScreenBoard.App.Features.Reports.Reporting;

/// <summary>
/// 我的任务: the tasks the signed-in reporter's unit leads or co-handles, most urgent first, each with the board's
/// row (flag, expected, actual), the unit's last report, its 催办 items and what it can do. Live: a report
/// reviewed or returned elsewhere shows here without reloading.
/// </summary>
public partial class MyTasksPage : LiveBoardComponent
{
    private IReadOnlyList<MyTask> _tasks = [];
    private ILookup<int, ReminderItem> _reminders = Array.Empty<ReminderItem>().ToLookup(r => r.TaskId);

    [CascadingParameter] private Task<AuthenticationState>? AuthenticationState { get; set; }

    [CascadingParameter] private RequestOrigin? Origin { get; set; }

    [Inject] private ReportingQueries Queries { get; set; } = null!;

    [Inject] private ReminderQueries ReminderQueries { get; set; } = null!;

    private Actor Actor { get; set; } = ScreenBoardClaims.ActorOf(null, null);

    /// <summary>The unit's tasks with their board rows, in the board's order of urgency.</summary>
    private IReadOnlyList<(MyTask Task, TaskRow Row)> Items { get; set; } = [];

    protected override async Task OnInitializedAsync()
    {
        Actor = await Origin.ActorAsync(AuthenticationState);
        await base.OnInitializedAsync();
    }

    protected override async Task OnDataChangedAsync()
    {
        if (Actor.UnitId is not { } unit || Data is null)
        {
            return;
        }

        _tasks = await Queries.MyTasksAsync(unit, Clock.Today);
        _reminders = (await ReminderQueries.ForUnitAsync(unit)).ToLookup(r => r.TaskId);
        var mine = _tasks.ToDictionary(t => t.TaskId);
        Items = TaskUrgency.MostUrgentFirst(Data.Board.Tasks.Where(t => mine.ContainsKey(t.TaskId)))
            .Select(row => (mine[row.TaskId], row))
            .ToList();
    }

    private IReadOnlyList<ReminderItem> RemindersOf(int taskId) => _reminders[taskId].ToList();
}
