using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using ScreenBoard.App.Features.Accounts;

namespace ScreenBoard.App.Features.Import;

/// <summary>导入导出: the template, the list's export (whole or one unit's), and an all-or-nothing import with every problem listed.</summary>
public partial class ImportPage
{
    private IReadOnlyList<(string Code, string Name)> _units = [];
    private string? _unit;
    private bool _working;
    private ImportOutcome? _outcome;

    [Inject] private ImportCommands Commands { get; set; } = default!;

    [Inject] private ListExportQueries Queries { get; set; } = default!;

    [CascadingParameter] private Task<AuthenticationState>? AuthenticationState { get; set; }

    [CascadingParameter] private RequestOrigin? Origin { get; set; }

    private string? UnitExport => _unit is null ? null : $"{ImportEndpoints.ExportPath}?unit={Uri.EscapeDataString(_unit)}";

    private string Megabytes => (Commands.MaxBytes / (1024d * 1024d)).ToString("0.#", CultureInfo.InvariantCulture);

    protected override async Task OnInitializedAsync() => _units = await Queries.UnitsAsync();

    private async Task ImportAsync(InputFileChangeEventArgs e)
    {
        _working = true;
        _outcome = null;
        try
        {
            var actor = await Origin.ActorAsync(AuthenticationState);
            if (e.File.Size > Commands.MaxBytes)
            {
                _outcome = Commands.TooLarge();
                return;
            }

            await using var stream = e.File.OpenReadStream(Commands.MaxBytes);
            _outcome = await Commands.ImportAsync(stream, e.File.Size, actor);
        }
        finally
        {
            _working = false;
        }
    }
}
