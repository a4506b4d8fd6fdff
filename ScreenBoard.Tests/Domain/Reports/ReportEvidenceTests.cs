using ScreenBoard.Domain.Reports;

namespace ScreenBoard.Tests.Domain.Reports;

public sealed class ReportEvidenceTests
{
    [Theory]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xDB }, EvidenceKind.Jpeg)]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, EvidenceKind.Png)]
    [InlineData(new byte[] { 0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x45, 0x42, 0x50 }, EvidenceKind.WebP)]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D }, EvidenceKind.Pdf)]
    public void TheContent_SaysWhatAFileIs(byte[] head, EvidenceKind kind) =>
        Assert.Equal(kind, EvidenceContent.Detect(head));

    [Theory]
    [InlineData(new byte[] { 0x4D, 0x5A, 0x90, 0x00 })]
    [InlineData(new byte[] { 0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x41, 0x56, 0x45 })]
    [InlineData(new byte[] { 0x3C, 0x73, 0x76, 0x67 })]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E })]
    [InlineData(new byte[0])]
    public void AnythingElse_IsNothingWeTake(byte[] head) =>
        Assert.Null(EvidenceContent.Detect(head));

    [Theory]
    [InlineData("C:\\Users\\张三\\照片.jpg", "照片.jpg")]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("a\u202Egnp.exe", "a_gnp.exe")]
    [InlineData("  ", "file")]
    [InlineData("\"quoted\".pdf", "_quoted_.pdf")]
    public void AnOriginalName_IsCleaned(string name, string clean) =>
        Assert.Equal(clean, ReportEvidence.CleanName(name));

    [Fact]
    public void ALongName_IsCutTo200_KeepingItsExtension()
    {
        var clean = ReportEvidence.CleanName(new string('现', 300) + ".png");

        Assert.Equal(200, clean.Length);
        Assert.EndsWith(".png", clean, StringComparison.Ordinal);
    }
}
