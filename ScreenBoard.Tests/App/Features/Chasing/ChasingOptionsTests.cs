using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ScreenBoard.App.Features.Chasing;

namespace ScreenBoard.Tests.App.Features.Chasing;

/// <summary>Workflow and Chasing values are checked at start-up, and a bad one names its key.</summary>
public sealed class ChasingOptionsTests
{
    private static ServiceProvider With(Dictionary<string, string?> values)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        services.AddChasing();
        return services.BuildServiceProvider();
    }

    [Fact]
    public void Defaults_Are30_3_7_5_AndNoWebhooks()
    {
        using var provider = With([]);

        var workflow = provider.GetRequiredService<IOptions<WorkflowOptions>>().Value;
        Assert.Equal((30, 3, 7, 5), (workflow.ReportEveryDays, workflow.MilestoneWithinDays, workflow.DeadlineWithinDays, workflow.ReturnedWithinDays));
        Assert.Empty(provider.GetRequiredService<IOptions<ChasingOptions>>().Value.Webhooks);
    }

    [Fact]
    public void AConfiguredWebhook_IsRead()
    {
        using var provider = With(new()
        {
            ["Chasing:Webhooks:0:Name"] = "钉钉督查群",
            ["Chasing:Webhooks:0:Kind"] = "DingTalk",
            ["Chasing:Webhooks:0:Url"] = "https://oapi.dingtalk.com/robot/send?access_token=x",
            ["Chasing:Webhooks:0:Secret"] = "SECabc",
            ["Workflow:ReportEveryDays"] = "15",
        });

        var webhook = Assert.Single(provider.GetRequiredService<IOptions<ChasingOptions>>().Value.Webhooks);
        Assert.Equal(("钉钉督查群", WebhookKind.DingTalk, "SECabc"), (webhook.Name, webhook.Kind, webhook.Secret));
        Assert.Equal(15, provider.GetRequiredService<IOptions<WorkflowOptions>>().Value.ReportEveryDays);
    }

    [Fact]
    public void BadWebhooks_AreRefused_NamingTheKey()
    {
        using var provider = With(new()
        {
            ["Chasing:Webhooks:0:Name"] = "群",
            ["Chasing:Webhooks:0:Kind"] = "WeCom",
            ["Chasing:Webhooks:0:Url"] = "ftp://example/robot",
            ["Chasing:Webhooks:0:Secret"] = "SECabc",
            ["Chasing:Webhooks:1:Name"] = "群",
            ["Chasing:Webhooks:1:Url"] = "https://oapi.dingtalk.com/robot/send",
        });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<ChasingOptions>>().Value);

        Assert.Contains("Chasing:Webhooks:0:Url: 'ftp://example/robot' is not an absolute http(s) address.", error.Failures);
        Assert.Contains("Chasing:Webhooks:0:Secret: only a DingTalk robot signs its requests.", error.Failures);
        Assert.Contains("Chasing:Webhooks:1:Name: '群' is used by another webhook.", error.Failures);
    }

    [Fact]
    public void AReportIntervalOfZero_IsRefused()
    {
        using var provider = With(new() { ["Workflow:ReportEveryDays"] = "0" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<WorkflowOptions>>().Value);

        Assert.Contains(error.Failures, f => f.Contains("ReportEveryDays", StringComparison.Ordinal));
    }
}
