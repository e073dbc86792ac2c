using System.Text.Json.Serialization.Metadata;

namespace Tapbridge.Platform.Api;

/// <summary>
/// A request record's constructor parameter that is neither nullable nor defaulted is a required JSON field: a body
/// without it is refused naming it, instead of binding 0 or null over the stored value. Nullable parameters stay
/// optional, so a client may leave out what the business treats as optional (a reference, a comment).
/// </summary>
internal static class RequiredJsonFields
{
    public static void RequireNonNullableParameters(JsonTypeInfo type)
    {
        foreach (var property in type.Properties)
        {
            // Only types read from requests: an anonymous or get-only response type has nothing to require.
            if (property.AssociatedParameter is { IsNullable: false, HasDefaultValue: false } && property.Set is not null)
            {
                property.IsRequired = true;
            }
        }
    }
}
