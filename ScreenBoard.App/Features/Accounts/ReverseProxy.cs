using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace ScreenBoard.App.Features.Accounts;

/// <summary>
/// Forwarded headers are believed only from the proxies listed in <c>ForwardedHeaders:KnownProxies</c>
/// (none by default). ASP.NET's own defaults trust loopback, and <c>ASPNETCORE_FORWARDEDHEADERS_ENABLED=true</c>
/// trusts everyone: both would let a client write its own address (<c>X-Forwarded-For: 127.0.0.1</c>)
/// into the audit log. This runs after every other configuration of the options, the variable's included.
/// </summary>
public static class ReverseProxy
{
    public const string KnownProxiesKey = "ForwardedHeaders:KnownProxies";

    public static void Configure(ForwardedHeadersOptions options, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        options.KnownIPNetworks.Clear();
        options.KnownProxies.Clear();
        options.ForwardLimit = 1;
        foreach (var proxy in KnownProxies(configuration))
        {
            options.KnownProxies.Add(proxy);
        }
    }

    /// <summary>The configured proxies: a list (<c>KnownProxies:0</c>, …) or one string separated by <c>;</c> or <c>,</c>.</summary>
    public static IReadOnlyList<IPAddress> KnownProxies(IConfiguration configuration)
    {
        var section = configuration.GetSection(KnownProxiesKey);
        var values = section.Value is { } single
            ? single.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : section.GetChildren().Select(c => c.Value?.Trim()).OfType<string>().Where(v => v.Length > 0).ToArray();
        return values.Select(v => IPAddress.TryParse(v, out var ip)
                ? ip
                : throw new InvalidOperationException($"{KnownProxiesKey}: '{v}' is not an IP address."))
            .ToList();
    }
}
