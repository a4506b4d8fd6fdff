using ScreenBoard.Domain.Common;
using ScreenBoard.Domain.Reports;
using ScreenBoard.Tests.TestSupport;

namespace ScreenBoard.Tests.Domain.Reports;

public sealed class ProgressReportTests
{
    private static ProgressReport NewReport(int percent = 40)
    {
        var task = Build.Task();
        return new ProgressReport(task, task.LeadUnit, new DateOnly(2026, 4, 20), percent, "主体工程完成40%", "填报员", Build.Noon);
    }

    private static ProgressReport InState(ReportState state)
    {
        var report = NewReport();
        switch (state)
        {
            case ReportState.Reviewed:
                report.Review("主管部门", Build.Noon);
                break;
            case ReportState.Accepted:
                report.Review("主管部门", Build.Noon);
                report.Accept("督查室", Build.Noon);
                break;
            case ReportState.Returned:
                report.Return("主管部门", Build.Noon, "佐证材料不全");
                break;
        }

        return report;
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    public void Percent_OutsideZeroToHundred_IsRefused(int percent) =>
        Assert.Throws<DomainException>(() => NewReport(percent));

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    public void Percent_AtTheBounds_IsAccepted(int percent) =>
        Assert.Equal(percent, NewReport(percent).Percent);

    [Fact]
    public void NewReport_IsSubmitted() => Assert.Equal(ReportState.Submitted, NewReport().State);

    [Fact]
    public void SubmittedThenReviewedThenAccepted_RecordsWhoAndWhenAtEachStep()
    {
        var report = NewReport();
        var reviewedAt = Build.Noon.AddHours(1);
        var acceptedAt = Build.Noon.AddHours(2);

        report.Review("市住建局", reviewedAt);
        report.Accept("督查室张某", acceptedAt);

        Assert.Equal(ReportState.Accepted, report.State);
        Assert.Equal(("市住建局", reviewedAt), (report.ReviewedBy, report.ReviewedAt!.Value));
        Assert.Equal(("督查室张某", acceptedAt), (report.AcceptedBy, report.AcceptedAt!.Value));
    }

    [Theory]
    [InlineData(ReportState.Submitted)]
    [InlineData(ReportState.Reviewed)]
    public void Return_FromSubmittedOrReviewed_KeepsTheReason(ReportState from)
    {
        var report = InState(from);

        report.Return("督查室", Build.Noon, "数据与现场不符");

        Assert.Equal(ReportState.Returned, report.State);
        Assert.Equal("数据与现场不符", report.ReturnReason);
    }

    [Fact]
    public void Return_WithoutReason_IsRefusedAndStateUnchanged()
    {
        var report = NewReport();

        Assert.Throws<DomainException>(() => report.Return("督查室", Build.Noon, "  "));
        Assert.Equal(ReportState.Submitted, report.State);
    }

    [Theory]
    [InlineData(ReportState.Reviewed)]
    [InlineData(ReportState.Accepted)]
    [InlineData(ReportState.Returned)]
    public void Review_FromAnyStateButSubmitted_IsRefused(ReportState from)
    {
        var report = InState(from);

        Assert.Throws<DomainException>(() => report.Review("主管部门", Build.Noon));
        Assert.Equal(from, report.State);
    }

    [Theory]
    [InlineData(ReportState.Submitted)]
    [InlineData(ReportState.Accepted)]
    [InlineData(ReportState.Returned)]
    public void Accept_FromAnyStateButReviewed_IsRefused(ReportState from)
    {
        var report = InState(from);

        Assert.Throws<DomainException>(() => report.Accept("督查室", Build.Noon));
        Assert.Equal(from, report.State);
    }

    [Theory]
    [InlineData(ReportState.Accepted)]
    [InlineData(ReportState.Returned)]
    public void Return_FromAFinalState_IsRefused(ReportState from)
    {
        var report = InState(from);

        Assert.Throws<DomainException>(() => report.Return("督查室", Build.Noon, "再退一次"));
        Assert.Equal(from, report.State);
    }
}
