using Microsoft.AspNetCore.Components;

namespace ScreenBoard.App.Features.List;

/// <summary>清单管理: the year's tasks, searched and filtered on the server a page at a time, with the ways to add and edit.</summary>
public partial class ListPage
{
    /// <summary>Rows per page.</summary>
    public const int PageSize = 25;

    private ListFilter _filter = new();
    private ListRowsPage _page = new([], 0);
    private IReadOnlyList<ListUnit> _units = [];
    private int _pageIndex;

    [Inject] private ListQueries Queries { get; set; } = null!;

    private int PageCount => Math.Max(1, (int)Math.Ceiling(_page.Total / (double)PageSize));

    protected override async Task OnInitializedAsync()
    {
        _units = await Queries.UnitsAsync();
        await LoadAsync();
    }

    private Task SetTextAsync(string? text) => FilterAsync(_filter with { Text = text });

    private Task FilterAsync(ListFilter filter)
    {
        _filter = filter;
        _pageIndex = 0;
        return LoadAsync();
    }

    private Task GoToAsync(int page)
    {
        _pageIndex = page;
        return LoadAsync();
    }

    private async Task LoadAsync() => _page = await Queries.PageAsync(_filter, _pageIndex, PageSize);
}
