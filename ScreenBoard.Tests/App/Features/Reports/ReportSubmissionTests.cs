using ScreenBoard.App.Commands;
using ScreenBoard.App.Features.Boards.Live;
using ScreenBoard.Domain.Auditing;
using ScreenBoard.Domain.Reports;
using ScreenBoard.Tests.TestSupport;

namespace ScreenBoard.Tests.App.Features.Reports;

public sealed class ReportSubmissionTests : IDisposable
{
    private readonly ReportingRig _rig = new();

    public void Dispose() => _rig.Dispose();

    [Fact]
    public async Task TheLeadUnit_Reports_WithAPhotoAndAMilestone_DatedTodayByDefault_AuditedAndPublished()
    {
        var (result, id) = await _rig.Commands.SubmitAsync(_rig.Draft(milestone: _rig.Milestone), [ReportingRig.Photo()], _rig.Lead);
        _rig.Services.Clock.Advance(TimeSpan.FromMilliseconds(200));

        Assert.True(result.Succeeded, result.MessageKey);
        var report = _rig.Report(id);
        Assert.Equal((ReportState.Submitted, ReportingRig.Today, 60, _rig.Milestone), (report.State, report.ReportDate, report.Percent, report.MilestoneId));
        var evidence = Assert.Single(report.Evidence);
        Assert.Equal(("现场照片.png", "image/png", (long)ReportingRig.Png.Length), (evidence.OriginalName, evidence.ContentType, evidence.Size));
        Assert.Matches("^[0-9a-f]{32}\\.png$", evidence.StoredName);
        var onDisk = Assert.Single(_rig.FilesOnDisk());
        Assert.Equal(_rig.Store.PathOf(evidence.UploadedAt, evidence.StoredName), onDisk);
        Assert.Equal(ReportingRig.Png, File.ReadAllBytes(onDisk));
        Assert.Equal(1, _rig.Counts().Audit);
        Assert.Equal(BoardChangeKind.Task, Assert.Single(Assert.Single(_rig.Batches).Changes).Kind);
    }

    [Fact]
    public async Task ACoUnit_MayReportToo() =>
        Assert.True((await _rig.Commands.SubmitAsync(_rig.Draft(), [], _rig.Co)).Result.Succeeded);

    public static TheoryData<string> Outsiders => new() { "other", "reviewer", "office", "leader", "anonymous" };

    [Theory]
    [MemberData(nameof(Outsiders))]
    public async Task AnyoneButAReporterOfTheTask_IsForbidden_AndNothingIsWritten(string who)
    {
        var actor = who switch
        {
            "other" => _rig.Other,
            "reviewer" => _rig.Reviewer,
            "office" => TestActors.Office,
            "leader" => new Actor("leader", ActorRole.Leader),
            _ => new Actor("anonymous", ActorRole.Anonymous),
        };

        var (result, _) = await _rig.Commands.SubmitAsync(_rig.Draft(), [ReportingRig.Photo()], actor);

        Assert.Equal(CommandError.Forbidden, result.Error);
        Assert.Equal((0, 0, 0, 0), _rig.Counts());
        Assert.Empty(_rig.FilesOnDisk());
    }

    [Theory]
    [InlineData(-1, "Domain.Report.PercentOutOfRange")]
    [InlineData(101, "Domain.Report.PercentOutOfRange")]
    public async Task APercentOutside0To100_IsRefused(int percent, string key) =>
        await AssertRefusedAsync(_rig.Draft(percent: percent), key);

    [Fact]
    public async Task ADateInTheFuture_IsRefused() =>
        await AssertRefusedAsync(_rig.Draft(date: ReportingRig.Today.AddDays(1)), "Reporting.DateInFuture");

    [Fact]
    public async Task ADateBeforeTheTaskStarted_IsRefused() =>
        await AssertRefusedAsync(_rig.Draft(date: new DateOnly(2026, 2, 28)), "Domain.Report.BeforeTaskStart");

    [Fact]
    public async Task AnEmptyNarrative_IsRefused() =>
        await AssertRefusedAsync(_rig.Draft(narrative: "  "), "Domain.Text.Required");

    [Fact]
    public async Task ANarrativeOf2000Characters_IsTaken_And2001AreRefused()
    {
        Assert.True((await _rig.Commands.SubmitAsync(_rig.Draft(narrative: new string('进', 2000)), [], _rig.Lead)).Result.Succeeded);

        var (result, _) = await _rig.Commands.SubmitAsync(_rig.Draft(narrative: new string('进', 2001)), [ReportingRig.Photo()], _rig.Lead);

        Assert.Equal("Domain.Text.TooLong", result.MessageKey);
        Assert.Equal(1, _rig.Counts().Reports);
        Assert.Empty(_rig.FilesOnDisk());
    }

    [Fact]
    public async Task AMilestoneOfAnotherTask_IsRefused() =>
        await AssertRefusedAsync(_rig.Draft(task: _rig.T1, milestone: 9999), "Reporting.MilestoneNotOfTask");

    [Fact]
    public async Task FiveFilesAreTaken_TheSixthIsRefused_AndNoFileIsLeft()
    {
        Assert.True((await _rig.Commands.SubmitAsync(_rig.Draft(), Enumerable.Range(1, 5).Select(i => ReportingRig.Photo($"p{i}.png")).ToList(), _rig.Lead)).Result.Succeeded);
        Assert.Equal(5, _rig.FilesOnDisk().Length);

        var (result, _) = await _rig.Commands.SubmitAsync(_rig.Draft(), Enumerable.Range(1, 6).Select(i => ReportingRig.Photo($"p{i}.png")).ToList(), _rig.Lead);

        Assert.Equal(("Domain.Evidence.TooMany", "p6.png"), (result.MessageKey, result.Arguments![0]));
        Assert.Equal((1, 5), (_rig.Counts().Reports, _rig.Counts().Evidence));
        Assert.Equal(5, _rig.FilesOnDisk().Length);
    }

    [Fact]
    public async Task AFileOf10MbIsTaken_OneByteMoreIsRefused()
    {
        var tenMb = new byte[10 * 1024 * 1024];
        ReportingRig.Png.CopyTo(tenMb, 0);
        Assert.True((await _rig.Commands.SubmitAsync(_rig.Draft(), [ReportingRig.File("big.png", tenMb)], _rig.Lead)).Result.Succeeded);

        var tooBig = new byte[(10 * 1024 * 1024) + 1];
        ReportingRig.Png.CopyTo(tooBig, 0);
        var (result, _) = await _rig.Commands.SubmitAsync(_rig.Draft(), [ReportingRig.Photo("ok.png"), ReportingRig.File("bigger.png", tooBig)], _rig.Lead);

        Assert.Equal(("Domain.Evidence.TooLarge", "bigger.png"), (result.MessageKey, result.Arguments![0]));
        Assert.Equal((1, 1), (_rig.Counts().Reports, _rig.Counts().Evidence));
        Assert.Single(_rig.FilesOnDisk());
    }

    [Fact]
    public async Task ARenamedExecutable_IsRefusedByItsContent_InChinese_AndNoFileIsLeft()
    {
        byte[] exe = [(byte)'M', (byte)'Z', 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF];

        var (result, _) = await _rig.Commands.SubmitAsync(_rig.Draft(), [ReportingRig.Photo("good.png"), ReportingRig.File("photo.jpg", exe)], _rig.Lead);

        Assert.Equal(CommandError.Rule, result.Error);
        Assert.Equal("“photo.jpg”不是 JPG、PNG、WebP 图片或 PDF 文件（按文件内容检查，不看扩展名），未能上传。", ReportingRig.Chinese().Describe(result));
        Assert.Equal((0, 0, 0, 0), _rig.Counts());
        Assert.Empty(_rig.FilesOnDisk());
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 0x4A, 0x46, 0x49, 0x46, 0, 1 }, "image/jpeg", ".jpg")]
    [InlineData(new byte[] { 0x52, 0x49, 0x46, 0x46, 0x24, 0, 0, 0, 0x57, 0x45, 0x42, 0x50, 0x56, 0x50 }, "image/webp", ".webp")]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37, 0x0A }, "application/pdf", ".pdf")]
    public async Task JpegWebPAndPdf_AreKnownByTheirContent_WhateverTheirName(byte[] content, string type, string extension)
    {
        var (result, id) = await _rig.Commands.SubmitAsync(_rig.Draft(), [ReportingRig.File("材料.bin", content)], _rig.Lead);

        Assert.True(result.Succeeded, result.MessageKey);
        var evidence = Assert.Single(_rig.Report(id).Evidence);
        Assert.Equal((type, extension), (evidence.ContentType, Path.GetExtension(evidence.StoredName)));
    }

    [Fact]
    public async Task AClosedOutTask_TakesNoReport()
    {
        using (var db = _rig.Database.CreateDbContext())
        {
            db.Tasks.Single(t => t.Id == _rig.T1).CloseOut("督查室", ScreenBoard.Tests.TestSupport.Build.Noon);
            db.SaveChanges();
        }

        await AssertRefusedAsync(_rig.Draft(), "Reporting.TaskClosedOut");
    }

    private async Task AssertRefusedAsync(ScreenBoard.App.Features.Reports.ReportDraft draft, string key)
    {
        var before = _rig.Counts();

        var (result, _) = await _rig.Commands.SubmitAsync(draft, [ReportingRig.Photo()], _rig.Lead);

        Assert.Equal((CommandError.Rule, key), (result.Error, result.MessageKey));
        Assert.Equal(before, _rig.Counts());
        Assert.Empty(_rig.FilesOnDisk());
        Assert.Empty(_rig.Batches);
    }
}
