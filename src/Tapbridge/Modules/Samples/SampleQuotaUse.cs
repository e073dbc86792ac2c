namespace Tapbridge.Modules.Samples;

/// <summary>
/// How many of a campaign product's samples are taken: every request that is open or posted holds one; a request that
/// ended before it shipped gives its place back. Booked by one conditional update, so two instances answering two
/// creators at the same moment cannot both take the last sample.
/// </summary>
internal sealed class SampleQuotaUse
{
    private SampleQuotaUse()
    {
    }

    public Guid RegistrationId { get; private set; }
    public int Booked { get; private set; }

    public static SampleQuotaUse For(Guid registrationId) => new() { RegistrationId = registrationId };
}
