namespace ScreenBoard.App.Features.Boards.Hall;

/// <summary>One render of a hall profile: the header's HTML and each slide's, by key, in the order screens show them.</summary>
public sealed record HallRendering(string Header, IReadOnlyList<HallRendering.Slide> Slides)
{
    /// <summary>The whole inside of #hall-board: header, the stage with every slide, the footer whose dots hall.js draws.</summary>
    public string Html() => string.Concat(
        Header,
        "<main class=\"kiosk__stage\">",
        string.Concat(Slides.Select(s => s.Html)),
        "</main><footer class=\"kiosk__footer\"><div class=\"kiosk__dots\"></div></footer>");

    /// <summary>One slide's section (<c>section.hall-slide[data-key]</c>).</summary>
    public sealed record Slide(string Key, string Html);
}
