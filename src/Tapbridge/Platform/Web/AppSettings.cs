using System.ComponentModel.DataAnnotations;

namespace Tapbridge.Platform.Web;

/// <summary>The <c>App</c> section: where the product is reached and whether a proxy stands in front of it.</summary>
public sealed class AppSettings : IValidatableObject
{
    /// <summary>The public base address, for links in mail, short links and TikTok's callbacks.</summary>
    public string PublicUrl { get; set; } = Web.PublicUrl.Default;

    /// <summary>Trust X-Forwarded-For and X-Forwarded-Proto (behind a load balancer).</summary>
    public bool ForwardedHeaders { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Web.PublicUrl.Parse(PublicUrl) is null)
        {
            yield return new ValidationResult(
                $"App:PublicUrl '{PublicUrl}' must be an absolute http:// or https:// address without a query, "
                + "such as https://app.example.com.");
        }
    }
}
