namespace Tapbridge.Platform.Api;

/// <summary>
/// A file posted to the API. A multipart form can be posted cross-site with the browser's cookie, so the API takes
/// uploads from API tokens only; each page has its own upload.
/// </summary>
public static class ApiUpload
{
    /// <summary>The form with its file in the field <c>file</c>, or a clear refusal naming what is wrong; <paramref name="where"/> says where the page for it is.</summary>
    public static async Task<(IFormCollection Form, IFormFile File)> ReadAsync(HttpRequest request, string what, string where, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        RuleViolationException.Require(request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.Ordinal), "Authorization",
            $"Upload with an API token (Authorization: Bearer tbk_…), or {where} in the browser.");
        RuleViolationException.Require(request.HasFormContentType, "file", $"Send {what} as multipart/form-data in the field file.");
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (InvalidDataException e)
        {
            throw new RuleViolationException($"The upload is not a readable multipart form: {e.Message}", "file");
        }

        return (form, form.Files.GetFile("file") ?? throw new RuleViolationException($"Attach {what} as \"file\".", "file"));
    }
}
