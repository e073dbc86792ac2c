using System.ComponentModel.DataAnnotations;

namespace Tapbridge.Platform.Pdf;

/// <summary>The <c>Pdf</c> section.</summary>
public sealed class PdfSettings : IValidatableObject
{
    /// <summary>A folder with DejaVuSans.ttf and DejaVuSans-Bold.ttf, when the system has none of the usual fonts.</summary>
    public string? FontFolder { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(FontFolder) && !Directory.Exists(FontFolder))
        {
            yield return new ValidationResult($"Pdf:FontFolder '{FontFolder}' is not a folder.");
        }
    }
}
