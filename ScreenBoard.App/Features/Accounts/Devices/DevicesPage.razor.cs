using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using ScreenBoard.App.Features.Boards.Kiosk;
using ScreenBoard.Domain.Devices;

namespace ScreenBoard.App.Features.Accounts.Devices;

/// <summary>
/// /devices (设备管理), the office's: register a screen, pair the screen showing a code, revoke one; the
/// list says where each screen is, what it shows, when it was last seen and whether it is connected now.
/// </summary>
public partial class DevicesPage
{
    private IReadOnlyList<ScreenDevice> _devices = [];
    private ITimer? _refresh;
    private string? _code;
    private int? _pairDevice;
    private string? _pairProfile;
    private string? _name;
    private string? _place;
    private string? _profile;

    [Inject] private DeviceCommands Commands { get; set; } = null!;

    [Inject] private DeviceDirectory Directory { get; set; } = null!;

    [Inject] private KioskConnections Connections { get; set; } = null!;

    [Inject] private DevicePresence Online { get; set; } = null!;

    [Inject] private TimeProvider Time { get; set; } = null!;

    [Inject] private IOptions<KioskOptions> Kiosk { get; set; } = null!;

    private IEnumerable<string> Profiles => Kiosk.Value.Profiles.Keys.Order(StringComparer.Ordinal);

    public void Dispose()
    {
        Connections.Changed -= OnConnectionsChanged;
        _refresh?.Dispose();
        GC.SuppressFinalize(this);
    }

    protected override async Task OnInitializedAsync()
    {
        _profile = _pairProfile = Profiles.FirstOrDefault();
        await base.OnInitializedAsync();
        if (IsOffice)
        {
            Connections.Changed += OnConnectionsChanged;

            // Screens on other servers connect and leave without an event here: read again every re-check.
            if (Online.SeveralServers && RendererInfo.IsInteractive)
            {
                _refresh = Time.CreateTimer(_ => OnConnectionsChanged(), null, Online.RefreshEvery, Online.RefreshEvery);
            }
        }
    }

    protected override async Task LoadAsync() => _devices = await Directory.ListAsync();

    private void OnConnectionsChanged() => _ = InvokeAsync(async () =>
    {
        await LoadAsync();
        StateHasChanged();
    });

    private async Task RegisterAsync()
    {
        var (result, id) = await Commands.RegisterAsync(_name ?? string.Empty, _place, _profile ?? string.Empty, Actor);
        if (await ReportAsync(result, "Devices.Registered"))
        {
            (_name, _place, _pairDevice, _pairProfile) = (null, null, id, _profile);
        }
    }

    private async Task PairAsync()
    {
        if (_pairDevice is not { } device)
        {
            Snackbar.Add(L["Devices.ChooseDevice"], MudBlazor.Severity.Warning);
            return;
        }

        if (await ReportAsync(await Commands.PairAsync(device, _code ?? string.Empty, _pairProfile ?? string.Empty, Actor), "Devices.Paired"))
        {
            _code = null;
        }
    }

    private async Task RevokeAsync(ScreenDevice device) =>
        await ReportAsync(await Commands.RevokeAsync(device.Id, Actor), "Devices.Revoked");
}
