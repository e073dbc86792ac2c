namespace Tapbridge.Modules.Performance.Content;

/// <summary>
/// Where the content sync's pass stands: the campaign product it is reading and the page token of TikTok's creator list
/// for it. Saved with each page's merge, so a pass cut short resumes there.
/// </summary>
internal sealed class ContentSyncCursor
{
    public const string Only = "content";

    private ContentSyncCursor()
    {
    }

    public string Key { get; private set; } = Only;
    public Guid? RegistrationId { get; private set; }
    public string? PageToken { get; private set; }
    public DateTimeOffset? LastPassCompletedAt { get; private set; }

    public static ContentSyncCursor Start() => new();

    public void PageDone(Guid registrationId, string? nextToken) => (RegistrationId, PageToken) = (registrationId, nextToken);

    public void PassDone(DateTimeOffset now) => (RegistrationId, PageToken, LastPassCompletedAt) = (null, null, now);
}
