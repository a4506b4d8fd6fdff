using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor;
using ScreenBoard.App.Commands;
using ScreenBoard.App.Features.Accounts;
using ScreenBoard.App.Features.Reports.Evidence;
using ScreenBoard.App.Setup;
using ScreenBoard.Domain.Auditing;
using ScreenBoard.Domain.Reports;

namespace ScreenBoard.App.Features.Reports.Reporting;

/// <summary>
/// The report form (报送进度): starts from the unit's previous report of the task (narrative and percent), so
/// nobody types the same thing twice; with <c>?resubmit={id}</c> it corrects a returned report and starts from
/// it. Date defaults to today; messages stand next to their fields; the command checks everything again.
/// </summary>
public partial class ReportFormPage
{
    private readonly List<PickedFile> _files = [];
    private readonly Dictionary<string, string> _errors = [];
    private ReportForm? _form;
    private bool _loaded;
    private bool _busy;
    private string? _date;
    private int _percent;
    private string? _narrative;
    private int? _milestoneId;
    private string? _message;

    /// <summary>The task's code, from the route.</summary>
    [Parameter] public string Code { get; set; } = string.Empty;

    /// <summary>The returned report to correct (修改后重新报送).</summary>
    [SupplyParameterFromQuery] public int? Resubmit { get; set; }

    [CascadingParameter] private Task<AuthenticationState>? AuthenticationState { get; set; }

    [CascadingParameter] private RequestOrigin? Origin { get; set; }

    [Inject] private ReportingQueries Queries { get; set; } = null!;

    [Inject] private ReportSubmissionCommands Commands { get; set; } = null!;

    [Inject] private OfficeClock Clock { get; set; } = null!;

    [Inject] private NavigationManager Navigation { get; set; } = null!;

    [Inject] private ISnackbar Snackbar { get; set; } = null!;

    private Actor Actor { get; set; } = ScreenBoardClaims.ActorOf(null, null);

    /// <summary>The returned report being corrected, when it is one that awaits it.</summary>
    private UnitReportView? Returned => Resubmit is not null && _form?.Previous is { AwaitsResubmission: true } previous ? previous : null;

    private string Heading => Returned is null ? L["ReportForm.Title"] : L["ReportForm.ResubmitTitle"];

    protected override async Task OnParametersSetAsync()
    {
        Actor = await Origin.ActorAsync(AuthenticationState);
        _form = Actor.UnitId is { } unit ? await Queries.FormAsync(unit, Code, Clock.Today.Year, Resubmit) : null;
        _loaded = true;
        _date = Clock.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        _percent = _form?.Previous?.Percent ?? 0;
        _narrative = _form?.Previous?.Narrative;
        _milestoneId = null;
    }

    private async Task AddFilesAsync(InputFileChangeEventArgs e)
    {
        _errors.Remove("files");
        foreach (var file in e.GetMultipleFiles(maximumFileCount: 50))
        {
            if (_files.Count >= ProgressReport.MaxEvidence)
            {
                _errors["files"] = L["Domain.Evidence.TooMany", ReportEvidence.CleanName(file.Name), ProgressReport.MaxEvidence];
                break;
            }

            if (file.Size > ReportEvidence.MaxBytes)
            {
                _errors["files"] = L["ReportForm.FileTooLarge", ReportEvidence.CleanName(file.Name)];
                continue;
            }

            using var buffer = new MemoryStream();
            await using (var stream = file.OpenReadStream(ReportEvidence.MaxBytes))
            {
                await stream.CopyToAsync(buffer);
            }

            _files.Add(new PickedFile(ReportEvidence.CleanName(file.Name), buffer.ToArray()));
        }
    }

    private void RemoveFile(PickedFile file)
    {
        _files.Remove(file);
        _errors.Remove("files");
    }

    private async Task SubmitAsync()
    {
        _message = null;
        if (_form is not { } form || !Validate(form, out var date))
        {
            return;
        }

        _busy = true;
        var draft = new ReportDraft(form.TaskId, date, _percent, _narrative, _milestoneId);
        var uploads = _files.Select(f => new EvidenceUpload(f.Name, _ => new MemoryStream(f.Content, writable: false))).ToList();
        var (result, _) = Returned is { } returned
            ? await Commands.ResubmitAsync(returned.ReportId, returned.Version, draft, uploads, Actor)
            : await Commands.SubmitAsync(draft, uploads, Actor);
        _busy = false;
        if (result.Succeeded)
        {
            Snackbar.Add(L["ReportForm.Done"], Severity.Success);
            Navigation.NavigateTo("my-tasks");
            return;
        }

        _message = L.Describe(result);
    }

    /// <summary>The form's own checks, with a message next to each field (the command repeats them).</summary>
    private bool Validate(ReportForm form, out DateOnly date)
    {
        _errors.Remove("date");
        _errors.Remove("percent");
        _errors.Remove("narrative");
        if (!DateOnly.TryParseExact(_date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            _errors["date"] = L["ReportForm.DateRequired"];
        }
        else if (date > Clock.Today)
        {
            _errors["date"] = L["ReportForm.DateFuture"];
        }
        else if (date < form.Start)
        {
            _errors["date"] = L["ReportForm.DateBeforeStart", Boards.Components.Display.Date(form.Start)];
        }

        if (_percent is < 0 or > 100)
        {
            _errors["percent"] = L["ReportForm.PercentRange"];
        }

        if (string.IsNullOrWhiteSpace(_narrative))
        {
            _errors["narrative"] = L["ReportForm.NarrativeRequired"];
        }
        else if (_narrative.Trim().Length > ProgressReport.NarrativeMaxLength)
        {
            _errors["narrative"] = L["ReportForm.NarrativeTooLong"];
        }

        return _errors.Keys.All(k => k == "files");
    }
}
