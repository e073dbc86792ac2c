namespace Tapbridge.Platform.Web;

/// <summary>
/// Absolute links for mail. Taken from configuration (App:PublicUrl), never from the request's Host header,
/// so a forged Host cannot plant its own domain in a password-reset mail.
/// </summary>
public sealed class PublicUrl(AppSettings settings)
{
    public const string Default = "http://localhost:5080";

    /// <summary>An invalid setting stops the start (<see cref="AppSettings"/>); until then the default stands in.</summary>
    public Uri Base { get; } = Parse(settings.PublicUrl) ?? Parse(Default)!;

    public bool IsHttps => Base.Scheme == Uri.UriSchemeHttps;

    public string For(string pathAndQuery) => new Uri(Base, pathAndQuery.TrimStart('/')).ToString();

    internal static Uri? Parse(string? value) =>
        Uri.TryCreate(value?.Trim().TrimEnd('/') + "/", UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.Query.Length == 0 && uri.Fragment.Length == 0
            ? uri
            : null;
}
