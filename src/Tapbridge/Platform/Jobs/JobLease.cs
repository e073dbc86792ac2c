namespace Tapbridge.Platform.Jobs;

/// <summary>
/// Who may run a named job until when. Several instances race for the row; the database decides with one
/// conditional UPDATE, so a job never runs on two instances at once (a crashed holder's lease simply expires).
/// </summary>
public sealed class JobLease
{
    private JobLease()
    {
    }

    public string Name { get; private set; } = "";
    public string Holder { get; private set; } = "";
    public DateTimeOffset ExpiresAt { get; private set; }

    internal static JobLease Free(string name) => new() { Name = name, Holder = "", ExpiresAt = DateTimeOffset.UnixEpoch };
}
