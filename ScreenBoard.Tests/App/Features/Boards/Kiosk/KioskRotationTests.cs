using Microsoft.Extensions.Time.Testing;
using ScreenBoard.App.Features.Boards.Components;
using ScreenBoard.App.Features.Boards.Kiosk;

namespace ScreenBoard.Tests.App.Features.Boards.Kiosk;

public sealed class KioskRotationTests
{
    private readonly FakeTimeProvider _clock = new();

    private static readonly KioskSlide[] Slides =
        [new(BoardKind.Overview, 0, 1), new(BoardKind.Units, 0, 2), new(BoardKind.Units, 1, 2), new(BoardKind.Tasks, 0, 1)];

    [Fact]
    public void EachTouch_RestartsTheQuietPeriod()
    {
        using var rotation = new KioskRotation(_clock, Slides, TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(60), () => { });

        rotation.Touch();
        _clock.Advance(TimeSpan.FromSeconds(50));
        rotation.Touch();
        _clock.Advance(TimeSpan.FromSeconds(50));

        Assert.True(rotation.IsPaused);
        _clock.Advance(TimeSpan.FromSeconds(10));
        Assert.False(rotation.IsPaused);
    }

    [Fact]
    public void NewSlides_KeepTheSameBoardAndPage()
    {
        using var rotation = new KioskRotation(_clock, Slides, TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(60), () => { });
        _clock.Advance(TimeSpan.FromSeconds(40));

        rotation.Replace([new(BoardKind.Overview, 0, 1), new(BoardKind.Units, 0, 3), new(BoardKind.Units, 1, 3), new(BoardKind.Units, 2, 3), new(BoardKind.Tasks, 0, 1)]);

        Assert.Equal(new KioskSlide(BoardKind.Units, 1, 3), rotation.Current);
    }
}
