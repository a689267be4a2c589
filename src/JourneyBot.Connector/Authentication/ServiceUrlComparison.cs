namespace JourneyBot.Connector.Authentication;

/// <summary>Compares service URLs the way the Bot Connector writes them: scheme and host ignore case, a trailing slash does not count.</summary>
internal static class ServiceUrlComparison
{
    public static bool AreSame(string? left, string? right)
    {
        if (!Uri.TryCreate(left, UriKind.Absolute, out var a) || !Uri.TryCreate(right, UriKind.Absolute, out var b))
        {
            return false;
        }

        return Uri.Compare(a, b, UriComponents.SchemeAndServer, UriFormat.UriEscaped, StringComparison.OrdinalIgnoreCase) == 0
            && string.Equals(a.AbsolutePath.TrimEnd('/'), b.AbsolutePath.TrimEnd('/'), StringComparison.Ordinal)
            && string.Equals(a.Query, b.Query, StringComparison.Ordinal);
    }
}
