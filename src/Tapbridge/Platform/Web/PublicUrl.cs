namespace Tapbridge.Platform.Web;

/// <summary>
/// Absolute links for mail. Taken from configuration (App:PublicUrl), never from the request's Host header,
/// so a forged Host cannot plant its own domain in a password-reset mail.
/// </summary>
public sealed class PublicUrl(IConfiguration configuration)
{
    public const string Default = "http://localhost:5080";

    public Uri Base { get; } = new((configuration["App:PublicUrl"] ?? Default).TrimEnd('/') + "/");

    public static bool IsHttps(IConfiguration configuration) => new PublicUrl(configuration).Base.Scheme == Uri.UriSchemeHttps;

    public string For(string pathAndQuery) => new Uri(Base, pathAndQuery.TrimStart('/')).ToString();
}
