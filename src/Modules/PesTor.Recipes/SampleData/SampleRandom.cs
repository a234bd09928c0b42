namespace PesTor.Recipes.SampleData;

/// <summary>
/// Draws from a seeded <see cref="Random"/>. Only the order of calls decides the values, so the generator is deterministic;
/// this is test data, not security (a predictable generator is the point).
/// </summary>
internal static class SampleRandom
{
    /// <summary>A generator per kind of item, so that changing one count does not reshuffle the other kinds.</summary>
    public static Random For(int seed, int stream) => new(unchecked((seed * 7919) + (stream * 104729)));

    public static T Pick<T>(this Random random, IReadOnlyList<T> values) => values[random.Next(values.Count)];

    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    /// <summary>A value in [min, max] with <paramref name="scale"/> decimal places.</summary>
    public static decimal Decimal(this Random random, decimal min, decimal max, int scale)
    {
        var step = Pow10(scale);
        var low = (long)decimal.Ceiling(min * step);
        var high = (long)decimal.Floor(max * step);
        return random.NextInt64(low, high + 1) / step;
    }

    /// <summary>A day from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    public static DateOnly Day(this Random random, DateOnly from, DateOnly to) => from.AddDays(random.Next(to.DayNumber - from.DayNumber + 1));

    /// <summary>A digit string of the given length (leading zeros allowed).</summary>
    public static string Digits(this Random random, int length) =>
        string.Create(length, random, static (span, r) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = (char)('0' + r.Next(10));
            }
        });

    /// <summary>Picks an option by integer weights.</summary>
    public static T Weighted<T>(this Random random, IReadOnlyList<(T Value, int Weight)> options)
    {
        var roll = random.Next(options.Sum(o => o.Weight));
        foreach (var (value, weight) in options)
        {
            if (roll < weight)
            {
                return value;
            }

            roll -= weight;
        }

        return options[^1].Value;
    }

    /// <summary>
    /// Exactly <paramref name="count"/> values in the weights' proportions (largest remainders), shuffled: a small sample keeps
    /// the mix, and a weight large enough for one item gets at least that one.
    /// </summary>
    public static List<T> Spread<T>(this Random random, IReadOnlyList<(T Value, int Weight)> options, int count)
    {
        var total = options.Sum(o => o.Weight);
        var quotas = options.Select(o => (long)count * o.Weight).ToList();
        var counts = quotas.Select(q => (int)(q / total)).ToArray();
        var remainders = quotas.Select((q, i) => (Remainder: q % total, Index: i)).OrderByDescending(r => r.Remainder).ThenBy(r => r.Index);
        foreach (var (_, index) in remainders.Take(count - counts.Sum()))
        {
            counts[index]++;
        }

        var values = new List<T>(count);
        for (var i = 0; i < options.Count; i++)
        {
            values.AddRange(Enumerable.Repeat(options[i].Value, counts[i]));
        }

        random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(values));
        return values;
    }

    private static decimal Pow10(int scale)
    {
        var result = 1m;
        for (var i = 0; i < scale; i++)
        {
            result *= 10;
        }

        return result;
    }
}
