namespace Tapbridge.Platform.Api;

/// <summary>
/// A file posted to the API. A multipart form can be posted cross-site with the browser's cookie, so the API takes
/// uploads from API tokens only; each page has its own upload.
/// </summary>
public static class ApiUpload
{
    /// <summary>
    /// The form with its file in the field <c>file</c>, or a clear refusal naming what is wrong, worded by the keys
    /// "{<paramref name="upload"/>}.NoToken", ".NotAForm" and ".NoFile" of the text area <typeparamref name="TText"/>
    /// (which say what the file is and where its page is).
    /// </summary>
    public static async Task<(IFormCollection Form, IFormFile File)> ReadAsync<TText>(HttpRequest request, string upload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        RuleViolationException.Require<TText>(request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.Ordinal), "Authorization", upload + ".NoToken");
        RuleViolationException.Require<TText>(request.HasFormContentType, "file", upload + ".NotAForm");
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (InvalidDataException e)
        {
            throw RuleViolationException.Say<PlatformRules>("Upload.Unreadable", "file", e.Message);
        }

        return (form, form.Files.GetFile("file") ?? throw RuleViolationException.Say<TText>(upload + ".NoFile", "file"));
    }
}
