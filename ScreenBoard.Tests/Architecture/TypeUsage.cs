using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace ScreenBoard.Tests.Architecture;

/// <summary>One thing a type uses: where (type.member), which type, and the method when it is a call.</summary>
internal sealed record Use(string Site, Type Type, MethodBase? Call = null)
{
    /// <summary>The used type or method as a person writes it: DbSet&lt;Unit&gt;, BoardDetailReader.TaskAsync.</summary>
    public string Target => Call is null ? NameOf(Type) : $"{NameOf(Type)}.{Call.Name}";

    /// <summary>The member of the outer type, without the compiler's decoration (&lt;LoadAsync&gt;d__5.MoveNext is LoadAsync).</summary>
    public string Member
    {
        get
        {
            var member = Site[(Site.IndexOf('.', StringComparison.Ordinal) + 1)..];
            var generated = Regex.Matches(member, "<([^<>]+)>").LastOrDefault();
            member = generated?.Groups[1].Value ?? member;
            return Regex.Replace(member, "^(get_|set_|add_|remove_)", string.Empty);
        }
    }

    private static string NameOf(Type type) => type.IsGenericType && type.Name.Contains('`', StringComparison.Ordinal)
        ? $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", type.GetGenericArguments().Select(NameOf))}>"
        : type.Name;
}

/// <summary>
/// What a type uses, read by reflection: the types in its base, fields, properties and member
/// signatures, and the methods, fields and types its code refers to (read from the IL). Lambdas,
/// async state machines and other nested types count as their outer type's.
/// </summary>
internal static class TypeUsage
{
    private const BindingFlags Declared = BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;

    private static readonly Dictionary<ushort, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => (ushort)o.Value);

    /// <summary>The types an architecture rule is about: top-level types a person wrote.</summary>
    public static IEnumerable<Type> WrittenTypes(Assembly assembly) =>
        assembly.GetTypes().Where(t => !t.IsNested && !t.IsDefined(typeof(CompilerGeneratedAttribute)));

    public static IEnumerable<Use> Of(Type type) =>
        Direct(type).SelectMany(use => Parts(use.Type).Select(part => part == use.Type ? use : new Use(use.Site, part))).Distinct();

    private static IEnumerable<Use> Direct(Type type)
    {
        var site = type.Name;
        return new[] { type.BaseType }.Concat(type.GetInterfaces()).OfType<Type>().Select(t => new Use(site, t))
            .Concat(type.GetFields(Declared).Select(f => new Use($"{site}.{f.Name}", f.FieldType)))
            .Concat(type.GetProperties(Declared).Select(p => new Use($"{site}.{p.Name}", p.PropertyType)))
            .Concat(type.GetConstructors(Declared).Concat<MethodBase>(type.GetMethods(Declared)).SelectMany(m => InMethod($"{site}.{m.Name}", m)))
            .Concat(type.GetNestedTypes(Declared).SelectMany(nested => Direct(nested).Select(u => u with { Site = $"{site}.{u.Site}" })));
    }

    private static IEnumerable<Use> InMethod(string site, MethodBase method) =>
        InSignature(method).Select(t => new Use(site, t)).Concat(ReferencedFromIl(method).SelectMany(member => member switch
        {
            MethodBase call => InSignature(call).Select(t => new Use(site, t)).Prepend(new Use(site, call.DeclaringType!, call)),
            FieldInfo field => [new Use(site, field.DeclaringType!), new Use(site, field.FieldType)],
            Type type => [new Use(site, type)],
            _ => [],
        }));

    private static IEnumerable<Type> InSignature(MethodBase method) =>
        method.GetParameters().Select(p => p.ParameterType).Append(method is MethodInfo m ? m.ReturnType : typeof(void));

    /// <summary>A type and everything it is built from: List&lt;DbSet&lt;Unit&gt;&gt; is also DbSet&lt;Unit&gt; and Unit.</summary>
    private static IEnumerable<Type> Parts(Type type)
    {
        if (type.IsGenericParameter)
        {
            yield break;
        }

        yield return type;
        var parts = type.HasElementType ? [type.GetElementType()!] : type.IsGenericType ? type.GetGenericArguments() : [];
        foreach (var part in parts.SelectMany(Parts))
        {
            yield return part;
        }
    }

    /// <summary>The methods, fields and types the method's IL names (calls, field reads and writes, typeof, new).</summary>
    private static IEnumerable<MemberInfo> ReferencedFromIl(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray() ?? [];
        var typeArguments = method.DeclaringType is { IsGenericType: true } declaring ? declaring.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var at = 0; at < il.Length;)
        {
            var opCode = OpCodesByValue[il[at] == 0xFE ? (ushort)(0xFE00 | il[at + 1]) : il[at]];
            at += opCode.Size;
            if (opCode.OperandType is OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok
                && Resolve(method.Module, BitConverter.ToInt32(il, at), typeArguments, methodArguments) is { } member)
            {
                yield return member;
            }

            at += OperandSize(opCode.OperandType, il, at);
        }
    }

    private static MemberInfo? Resolve(Module module, int token, Type[]? typeArguments, Type[]? methodArguments)
    {
        try
        {
            return module.ResolveMember(token, typeArguments, methodArguments);
        }
        catch (ArgumentException)
        {
            return null; // a token that needs a generic context we do not have; its types are in the signatures anyway
        }
    }

    private static int OperandSize(OperandType type, byte[] il, int at) => type switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, at)),
        _ => 4,
    };
}
