using System.Globalization;
using System.Text;

namespace JourneyBot.Storage.Partitions;

/// <summary>
/// Reads the answer to an entity group transaction: a multipart body with one HTTP response per action when all
/// succeeded, or a single one naming the action that failed (its message starts with the action's index, "2:...").
/// </summary>
internal static class BatchResponse
{
    /// <summary>Null when every action succeeded; else the first failure. Only a failure's part is decoded as text.</summary>
    public static BatchFailure? FirstFailure(ReadOnlySpan<byte> body)
    {
        var statusLine = "HTTP/1.1 "u8;
        var first = body.IndexOf(statusLine);
        for (var at = first; at >= 0; at = Next(body, at, statusLine))
        {
            var code = body.Slice(at + statusLine.Length);
            if (code.Length < 3 || code[0] != (byte)'2')
            {
                return FirstFailure(Encoding.UTF8.GetString(body[at..])) ?? Unreadable;
            }
        }

        // An answer without a single response in it says nothing was done: treat it as a failure, never as a success.
        return first < 0 ? Unreadable : null;
    }

    /// <summary>A batch answer that cannot be read: a storage fault (the turn says "try again"), never taken as written.</summary>
    private static BatchFailure Unreadable => new(502, null, "The batch answer holds no readable response.", null);

    private static int Next(ReadOnlySpan<byte> body, int at, ReadOnlySpan<byte> statusLine)
    {
        var after = at + statusLine.Length;
        var next = body[after..].IndexOf(statusLine);
        return next < 0 ? -1 : after + next;
    }

    private static BatchFailure? FirstFailure(string body)
    {
        var lines = body.Split("\r\n");
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith("HTTP/1.1 ", StringComparison.Ordinal) || lines[i].Length < 12
                || !int.TryParse(lines[i].AsSpan(9, 3), NumberStyles.None, CultureInfo.InvariantCulture, out var status))
            {
                continue;
            }

            if (status is >= 200 and < 300)
            {
                continue;
            }

            // The part's headers end at the first blank line; its JSON runs to the next boundary.
            var start = Array.IndexOf(lines, string.Empty, i) + 1;
            var end = start;
            while (end > 0 && end < lines.Length && !lines[end].StartsWith("--", StringComparison.Ordinal))
            {
                end++;
            }

            var json = start > 0 ? string.Join("\n", lines[start..end]) : string.Empty;
            var (code, message) = ServiceError.Read(json);
            return new BatchFailure(status, code, message, IndexIn(message));
        }

        return null;
    }

    /// <summary>The index the service puts before a failed action's message ("1:The specified entity already exists.").</summary>
    private static int? IndexIn(string? message)
    {
        var colon = message?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        return colon > 0 && int.TryParse(message.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? index : null;
    }
}

/// <summary>An action of a batch the service refused, with its status, error code and message, and its index when the service named it.</summary>
internal sealed record BatchFailure(int Status, string? ErrorCode, string? Message, int? Index);
