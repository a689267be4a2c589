using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace JourneyBot.Hosting;

/// <summary>
/// The body of <c>/readyz</c>: the overall status and each check's (the tables, the reminder worker) with its description
/// and data, e.g. <c>{"status":"Healthy","checks":{"tables":{"status":"Healthy"},"reminders":{"status":"Healthy",
/// "description":"The reminder worker is running.","data":{"running":true,"lastPoll":"…"}}}}</c>. No exception text: it
/// could carry a storage address.
/// </summary>
internal static class ReadinessResponse
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(
                entry => entry.Key,
                entry => new { status = entry.Value.Status.ToString(), description = entry.Value.Description, data = entry.Value.Data }),
        };
        return JsonSerializer.SerializeAsync(context.Response.Body, body, cancellationToken: context.RequestAborted);
    }
}
