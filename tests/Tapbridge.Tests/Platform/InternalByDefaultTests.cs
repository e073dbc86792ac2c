using Mono.Cecil;

namespace Tapbridge.Tests.Platform;

/// <summary>
/// A module's type is internal unless something outside the module uses it: read from the compiled product, a public
/// top-level type of a module must be referenced by another module, a portal or the platform. The types that broke the
/// rule when it was written are listed in <c>public-types-to-make-internal.txt</c>: no type may join the list, and one
/// made internal (or used elsewhere) must leave it, so the list only shrinks.
/// </summary>
public sealed class InternalByDefaultTests
{
    [Fact]
    public void A_public_module_type_is_used_outside_its_module()
    {
        using var assembly = AssemblyDefinition.ReadAssembly(typeof(Program).Assembly.Location);
        var types = assembly.MainModule.GetTypes().ToList();
        var usedFrom = new Dictionary<string, HashSet<string>>();
        foreach (var type in types)
        {
            var owner = Owner(type);
            foreach (var used in References(type))
            {
                if (!usedFrom.TryGetValue(used, out var owners))
                {
                    usedFrom[used] = owners = [];
                }

                owners.Add(owner);
            }
        }

        var onlyInside = types.Where(t => t.IsPublic && !t.IsNested && t.Name != "_Imports" && Owner(t).StartsWith("Modules.", StringComparison.Ordinal))
            .Where(t => !(usedFrom.GetValueOrDefault(t.FullName) ?? []).Any(o => o != Owner(t)))
            .Select(t => t.FullName).ToHashSet();
        var known = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Platform", "public-types-to-make-internal.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#')).ToHashSet();

        onlyInside.Except(known).Order(StringComparer.Ordinal).ShouldBeEmpty("used only inside their module: make them internal");
        known.Except(onlyInside).Order(StringComparer.Ordinal).ShouldBeEmpty("no longer public-and-unused outside: take them off the list");
    }

    private static string Owner(TypeDefinition type)
    {
        while (type.DeclaringType is { } outer)
        {
            type = outer;
        }

        var parts = type.Namespace.Split('.');
        return parts is ["Tapbridge", "Modules", var module, ..] ? $"Modules.{module}" : parts.Length > 1 ? parts[1] : type.Namespace;
    }

    private static IEnumerable<string> References(TypeDefinition type)
    {
        IEnumerable<TypeReference?> Of(TypeReference? t) => t is GenericInstanceType g ? [g.ElementType, .. g.GenericArguments.SelectMany(Of)] : t is TypeSpecification s ? Of(s.ElementType) : [t];
        var found = new List<TypeReference?> { type.BaseType };
        found.AddRange(type.Interfaces.Select(i => i.InterfaceType));
        found.AddRange(type.CustomAttributes.Select(a => a.AttributeType));
        found.AddRange(type.Fields.Select(f => f.FieldType));
        found.AddRange(type.Properties.Select(p => p.PropertyType));
        foreach (var method in type.Methods)
        {
            found.Add(method.ReturnType);
            found.AddRange(method.Parameters.Select(p => p.ParameterType));
            found.AddRange(method.CustomAttributes.Select(a => a.AttributeType));
            if (!method.HasBody)
            {
                continue;
            }

            found.AddRange(method.Body.Variables.Select(v => v.VariableType));
            foreach (var instruction in method.Body.Instructions)
            {
                switch (instruction.Operand)
                {
                    case TypeReference t:
                        found.Add(t);
                        break;
                    case MethodReference m:
                        found.Add(m.DeclaringType);
                        found.Add(m.ReturnType);
                        found.AddRange(m.Parameters.Select(p => p.ParameterType));
                        if (m is GenericInstanceMethod generic)
                        {
                            found.AddRange(generic.GenericArguments);
                        }

                        break;
                    case FieldReference f:
                        found.Add(f.DeclaringType);
                        found.Add(f.FieldType);
                        break;
                }
            }
        }

        return found.SelectMany(Of).OfType<TypeReference>().Select(t => t.FullName).Distinct();
    }
}
