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
        options.KnownIPNetworks.Clear();
        options.KnownProxies.Clear();
        options.ForwardLimit = 1;
        var proxies = KnownProxies(configuration);
        foreach (var proxy in proxies)
        {
            options.KnownProxies.Add(proxy);
        }

        // With both lists empty the middleware checks no address at all and believes everyone (that is how the
        // environment variable trusts all): with no proxy configured it must read no forwarded header instead.
        options.ForwardedHeaders = proxies.Count == 0 ? ForwardedHeaders.None : ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
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
