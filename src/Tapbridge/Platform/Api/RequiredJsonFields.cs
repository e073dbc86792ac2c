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
            if (property.AssociatedParameter is { IsNullable: false, HasDefaultValue: false })
            {
                property.IsRequired = true;
            }
        }
    }
}
