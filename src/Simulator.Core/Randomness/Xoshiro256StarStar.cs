using System.Numerics;
using System.Runtime.CompilerServices;

namespace Simulator.Core.Randomness;

/// <summary>
/// xoshiro256** (Blackman &amp; Vigna, 2018): a small, fast generator with a 2^256 − 1 period, seeded
/// through SplitMix64 as its authors recommend. It derives from <see cref="Random"/> so that
/// MathNet.Numerics distributions can draw from it; the simulation's hot path calls
/// <see cref="NextUniform"/> directly. Same seed, same sequence, on every host.
/// </summary>
public sealed class Xoshiro256StarStar : Random
{
    private ulong _s0, _s1, _s2, _s3;

    public Xoshiro256StarStar(ulong seed)
    {
        _s0 = SplitMix64.Next(ref seed);
        _s1 = SplitMix64.Next(ref seed);
        _s2 = SplitMix64.Next(ref seed);
        _s3 = SplitMix64.Next(ref seed);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong NextUInt64()
    {
        ulong result = BitOperations.RotateLeft(_s1 * 5, 7) * 9;
        ulong t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = BitOperations.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>Uniform in [0, 1) with 53 random bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextUniform() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform in (0, 1]: safe to take the logarithm of.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextOpenUniform() => ((NextUInt64() >> 11) + 1) * (1.0 / (1UL << 53));

    /// <summary>Exponential with mean 1, by inversion.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextStandardExponential() => -Math.Log(NextOpenUniform());

    protected override double Sample() => NextUniform();

    public override double NextDouble() => NextUniform();

    public override int Next() => (int)(NextUInt64() >> 33);

    public override int Next(int maxValue)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxValue);
        return (int)(NextUniform() * maxValue);
    }

    public override int Next(int minValue, int maxValue)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minValue, maxValue);
        return minValue + (int)(NextUniform() * ((long)maxValue - minValue));
    }

    public override long NextInt64() => (long)(NextUInt64() >> 1);

    public override void NextBytes(Span<byte> buffer)
    {
        while (buffer.Length >= sizeof(ulong))
        {
            BitConverter.TryWriteBytes(buffer, NextUInt64());
            buffer = buffer[sizeof(ulong)..];
        }
        if (buffer.Length > 0)
        {
            Span<byte> last = stackalloc byte[sizeof(ulong)];
            BitConverter.TryWriteBytes(last, NextUInt64());
            last[..buffer.Length].CopyTo(buffer);
        }
    }

    public override void NextBytes(byte[] buffer) => NextBytes(buffer.AsSpan());
}

/// <summary>SplitMix64 (Steele, Lea &amp; Flood, 2014): seeds generators and mixes stream keys.</summary>
public static class SplitMix64
{
    public static ulong Next(ref ulong state)
    {
        ulong z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A well-mixed 64-bit value from several keys; different key lists give unrelated values.</summary>
    public static ulong Mix(params ReadOnlySpan<ulong> keys)
    {
        ulong state = 0x6A09E667F3BCC908UL;
        ulong result = 0;
        foreach (ulong key in keys)
        {
            state ^= key;
            result = Next(ref state);
            state = result;
        }
        return result;
    }
}
