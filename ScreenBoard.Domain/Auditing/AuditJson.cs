using System.Text.Encodings.Web;
using System.Text.Json;

namespace ScreenBoard.Domain.Auditing;

/// <summary>How an audit entry's before/after is written: people read the trail, so Chinese stays readable instead of \uXXXX.</summary>
public static class AuditJson
{
    public static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
