namespace Tapbridge.Modules.Samples.Sync;

/// <summary>
/// Where the sample sync's pass stands: the campaign product it is reading and the page token of TikTok's creator list
/// for it (P12 has no "changed since" filter). Saved with each page's merge, so a pass cut short resumes there.
/// </summary>
internal sealed class SampleSyncCursor
{
    public const string Only = "samples";

    private SampleSyncCursor()
    {
    }

    public string Key { get; private set; } = Only;
    public Guid? RegistrationId { get; private set; }
    public string? PageToken { get; private set; }
    public DateTimeOffset? LastPassCompletedAt { get; private set; }

    public static SampleSyncCursor Start() => new();

    public void PageDone(Guid registrationId, string? nextToken) => (RegistrationId, PageToken) = (registrationId, nextToken);

    public void PassDone(DateTimeOffset now) => (RegistrationId, PageToken, LastPassCompletedAt) = (null, null, now);
}
