using System.Text.Json.Serialization;

namespace Tapbridge.Modules.Showcase.Links;

[JsonConverter(typeof(JsonStringEnumConverter<DeviceClass>))]
public enum DeviceClass
{
    Mobile,
    Tablet,
    Desktop,
}

/// <summary>
/// One counted click on a creator's short link. The visitor is known only by salted hashes (the raw IP is never
/// stored); <see cref="Day"/> is the date in the market's time zone, what the creator's daily counts group by.
/// </summary>
internal sealed class LinkClick
{
    private LinkClick()
    {
    }

    public Guid Id { get; private set; }
    public Guid ShowcaseItemId { get; private set; }
    public Guid CreatorId { get; private set; }
    public Guid RegistrationId { get; private set; }
    public DateTimeOffset At { get; private set; }
    public DateOnly Day { get; private set; }
    public string? ReferrerHost { get; private set; }
    public DeviceClass Device { get; private set; }
    public string VisitorHash { get; private set; } = "";
    public string IpHash { get; private set; } = "";

    public static LinkClick Record(LinkTarget target, DateTimeOffset at, string? referrerHost, DeviceClass device, string visitorHash, string ipHash) => new()
    {
        Id = Guid.CreateVersion7(at), ShowcaseItemId = target.ItemId, CreatorId = target.CreatorId, RegistrationId = target.RegistrationId, At = at,
        Day = DateOnly.FromDateTime(target.Market.ToLocal(at).DateTime), ReferrerHost = referrerHost, Device = device, VisitorHash = visitorHash, IpHash = ipHash,
    };

    /// <summary>The click as a record of a click segment (<see cref="ClickSegments"/>), id included, so storing it twice is seen.</summary>
    internal void WriteTo(BinaryWriter writer)
    {
        Span<byte> guid = stackalloc byte[16];
        foreach (var id in (ReadOnlySpan<Guid>)[Id, ShowcaseItemId, CreatorId, RegistrationId])
        {
            id.TryWriteBytes(guid);
            writer.Write(guid);
        }

        writer.Write(At.UtcTicks);
        writer.Write(Day.DayNumber);
        writer.Write(ReferrerHost ?? "");
        writer.Write((byte)Device);
        writer.Write(VisitorHash);
        writer.Write(IpHash);
    }

    internal static LinkClick ReadFrom(BinaryReader reader)
    {
        Span<byte> ids = stackalloc byte[64];
        reader.BaseStream.ReadExactly(ids);
        var click = new LinkClick
        {
            Id = new Guid(ids[..16]), ShowcaseItemId = new Guid(ids[16..32]), CreatorId = new Guid(ids[32..48]), RegistrationId = new Guid(ids[48..]),
            At = new DateTimeOffset(reader.ReadInt64(), TimeSpan.Zero), Day = DateOnly.FromDayNumber(reader.ReadInt32()),
            ReferrerHost = reader.ReadString() is { Length: > 0 } host ? host : null, Device = (DeviceClass)reader.ReadByte(),
            VisitorHash = reader.ReadString(), IpHash = reader.ReadString(),
        };
        return Enum.IsDefined(click.Device) ? click : throw new InvalidDataException($"Device {click.Device} in a click segment is not a device class.");
    }
}
