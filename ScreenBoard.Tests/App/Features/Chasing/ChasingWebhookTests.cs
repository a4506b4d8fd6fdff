using System.Security.Cryptography;
using System.Text;
using System.Web;
using Hangfire;
using ScreenBoard.App.Features.Chasing;
using static ScreenBoard.Tests.App.Features.Chasing.ChasingRig;

namespace ScreenBoard.Tests.App.Features.Chasing;

/// <summary>The group summaries against a real HTTP listener on 127.0.0.1: formats, the 钉钉 signature, failures that Hangfire retries.</summary>
public sealed class ChasingWebhookTests : IDisposable
{
    private const string Secret = "SECtest0123456789abcdef";
    private readonly RobotListener _robot = new();

    public void Dispose() => _robot.Dispose();

    [Fact]
    public async Task DingTalk_GetsASignedMarkdownSummary_CountingEachUnitsReminders()
    {
        using var rig = new ChasingRig(new ChasingWebhook { Name = "钉钉督查群", Kind = WebhookKind.DingTalk, Url = _robot.BaseUrl + "/robot/send?access_token=abc", Secret = Secret });
        await rig.Job.RunAsync(D(6, 10), CancellationToken.None);

        Assert.Empty(await rig.DeliverEnqueuedAsync());

        var (url, body) = Assert.Single(_robot.Requests);
        var query = HttpUtility.ParseQueryString(url.Query);
        Assert.Equal("abc", query["access_token"]);
        var timestamp = query["timestamp"]!;
        Assert.Equal(rig.Services.Clock.GetUtcNow().ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture), timestamp);
        var expected = Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes(timestamp + "\n" + Secret)));
        Assert.Equal(expected, query["sign"]);
        Assert.Equal("markdown", (string?)body["msgtype"]);
        Assert.Equal("督查催办 2026-06-10", (string?)body["markdown"]!["title"]);
        var text = (string)body["markdown"]!["text"]!;
        Assert.Contains("今日新发催办 **4** 条，涉及 **4** 个单位：", text, StringComparison.Ordinal);
        Assert.Contains("- 单位NR：1 条（逾期未报 1）", text, StringComparison.Ordinal);
        Assert.Contains("- 单位MS：1 条（节点临近 1）", text, StringComparison.Ordinal);
        Assert.Contains("- 单位DL：1 条（时限临近 1）", text, StringComparison.Ordinal);
        Assert.Contains("- 单位RT：1 条（退回未重报 1）", text, StringComparison.Ordinal);
        Assert.DoesNotContain("单位CL", text, StringComparison.Ordinal);
        Assert.Equal(1, rig.Deliveries());
    }

    [Fact]
    public async Task WeCom_GetsMarkdownContent_Unsigned()
    {
        using var rig = new ChasingRig(new ChasingWebhook { Name = "企业微信督查群", Kind = WebhookKind.WeCom, Url = _robot.BaseUrl + "/cgi-bin/webhook/send?key=k-1" });
        await rig.Job.RunAsync(D(6, 10), CancellationToken.None);

        Assert.Empty(await rig.DeliverEnqueuedAsync());

        var (url, body) = Assert.Single(_robot.Requests);
        Assert.Equal("?key=k-1", url.Query);
        Assert.Equal("markdown", (string?)body["msgtype"]);
        Assert.Null(body["markdown"]!["title"]);
        var content = (string)body["markdown"]!["content"]!;
        Assert.StartsWith("### 督查催办 2026-06-10", content, StringComparison.Ordinal);
        Assert.Contains("- 单位RT：1 条（退回未重报 1）", content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RetriesAfterSuccess_AndASecondRunOfTheDay_PostNothingTwice()
    {
        using var rig = new ChasingRig(new ChasingWebhook { Name = "企业微信督查群", Kind = WebhookKind.WeCom, Url = _robot.BaseUrl + "/send" });
        await rig.Job.RunAsync(D(6, 10), CancellationToken.None);
        await rig.DeliverEnqueuedAsync();

        await rig.DeliverEnqueuedAsync();                    // Hangfire running the same delivery again
        await rig.Job.RunAsync(D(6, 10), CancellationToken.None);   // the office presses 立即催办 the same day
        await rig.DeliverEnqueuedAsync();

        Assert.Single(_robot.Requests);
        Assert.Equal(1, rig.Deliveries());
    }

    [Theory]
    [InlineData(500, """{"errcode":-1,"errmsg":"system busy"}""")]
    [InlineData(200, """{"errcode":310000,"errmsg":"sign not match"}""")]
    [InlineData(200, """{"errcode":93000,"errmsg":"invalid webhook url"}""")]
    public async Task ARobotThatRefuses_MakesTheDeliveryThrowForHangfireToRetry_WhileTheRemindersStaySaved(int status, string answer)
    {
        using var rig = new ChasingRig(new ChasingWebhook { Name = "钉钉督查群", Kind = WebhookKind.DingTalk, Url = _robot.BaseUrl + "/robot/send?access_token=abc", Secret = Secret });
        _robot.Answer = (status, answer);

        var outcome = await rig.Job.RunAsync(D(6, 10), CancellationToken.None);
        var failure = Assert.Single(await rig.DeliverEnqueuedAsync());

        Assert.True(outcome.Result.Succeeded);
        Assert.IsType<WebhookDeliveryException>(failure);
        Assert.Equal(4, rig.Reminders().Count);
        Assert.Equal(0, rig.Deliveries());
        // Read without constructing the attribute (its constructor logs through Hangfire's process-wide provider).
        var retry = Assert.Single(typeof(ChasingWebhookJob).GetMethod(nameof(ChasingWebhookJob.DeliverAsync))!.CustomAttributes, a => a.AttributeType == typeof(AutomaticRetryAttribute));
        Assert.Equal(10, retry.NamedArguments.Single(a => a.MemberName == nameof(AutomaticRetryAttribute.Attempts)).TypedValue.Value);

        // The robot is back: Hangfire's retry posts once and records it.
        _robot.Answer = (200, """{"errcode":0,"errmsg":"ok"}""");
        Assert.Empty(await rig.DeliverEnqueuedAsync());
        Assert.Equal(1, rig.Deliveries());
        Assert.Equal(2, _robot.Requests.Count);
    }

    [Fact]
    public async Task ARobotNobodyAnswers_FailsTheDeliveryNotTheRun()
    {
        int deadPort;
        using (var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0))
        {
            probe.Start();
            deadPort = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
        }

        using var rig = new ChasingRig(new ChasingWebhook { Name = "断网的群", Kind = WebhookKind.WeCom, Url = $"http://127.0.0.1:{deadPort}/send" });
        var outcome = await rig.Job.RunAsync(D(6, 10), CancellationToken.None);

        Assert.True(outcome.Result.Succeeded);
        Assert.IsType<HttpRequestException>(Assert.Single(await rig.DeliverEnqueuedAsync()));
        Assert.Equal(4, rig.Reminders().Count);
    }
}
