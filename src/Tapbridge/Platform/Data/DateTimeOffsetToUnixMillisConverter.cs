using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Tapbridge.Platform.Data;

/// <summary>Stores instants as UTC Unix milliseconds on SQLite.</summary>
public sealed class DateTimeOffsetToUnixMillisConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.ToUnixTimeMilliseconds(),
    value => DateTimeOffset.FromUnixTimeMilliseconds(value));
