using System.Collections;
using System.Text.Json.Serialization.Metadata;
using Simulator.Core.Scenarios;

namespace Simulator.Core.Tests.Scenarios;

/// <summary>The scenario model as its JSON contract sees it: its types, and the members each object holds away from their defaults.</summary>
internal static class ModelWalk
{
    /// <summary>The model types a scenario is made of: those its JSON reaches, subtypes of abstract ones included.</summary>
    public static IReadOnlyList<Type> Types()
    {
        var root = typeof(Scenario);
        var seen = new HashSet<Type>();
        var pending = new Stack<Type>([root]);
        while (pending.TryPop(out var type))
        {
            if (type.IsGenericType) foreach (var argument in type.GetGenericArguments()) pending.Push(argument);
            if (type.Namespace != root.Namespace || type.IsEnum || type.IsGenericType || !seen.Add(type)) continue;
            if (type.IsAbstract)
            {
                foreach (var subtype in type.Assembly.GetTypes().Where(t => t.IsSubclassOf(type))) pending.Push(subtype);
                continue;
            }
            foreach (var member in ScenarioJson.Members(type)) pending.Push(member.PropertyType);
        }
        return [.. seen.Where(t => !t.IsAbstract).OrderBy(t => t.Name)];
    }

    /// <summary>Every member of the model, as "Type.member".</summary>
    public static IEnumerable<string> Members() =>
        Types().SelectMany(type => ScenarioJson.Members(type).Select(m => $"{type.Name}.{m.Name}"));

    /// <summary>
    /// The members, as "Type.member", that some object in <paramref name="scenario"/> holds at a value
    /// other than the one a scenario gets when the key is left out.
    /// </summary>
    public static IEnumerable<string> MembersAwayFromDefault(Scenario scenario)
    {
        var pending = new Stack<object>([scenario]);
        while (pending.TryPop(out var model))
        {
            var type = model.GetType();
            if (type.Namespace != typeof(Scenario).Namespace || type.IsEnum) continue;
            if (model is IEnumerable items)
            {
                foreach (var item in model is IValueDictionary dictionary ? dictionary.Entries.Select(e => e.Value!) : items.Cast<object>()) pending.Push(item);
                continue;
            }
            object defaults = ScenarioJson.Defaults(type)!;
            foreach (JsonPropertyInfo member in ScenarioJson.Members(type))
            {
                object? value = member.Get!(model);
                if (value is null) continue;
                if (!Equals(value, member.Get(defaults))) yield return $"{type.Name}.{member.Name}";
                pending.Push(value);
            }
        }
    }
}
